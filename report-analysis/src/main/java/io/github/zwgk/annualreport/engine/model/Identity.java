package io.github.zwgk.annualreport.engine.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who reports for which year, as the report itself says (title, 索引号 header block, text). Any part may be null.
 *
 * @param title           the report title, e.g. "息县关店乡人民政府2022年政府信息公开工作年度报告"
 * @param agency          发布机构/制发机关: from the header block, else from the title, else from the text
 * @param agencyLevel     乡镇/县级/地市级/省级 when the name tells it
 * @param agencyKind      a department's own report or a 本级政府's aggregated report
 * @param reportYear      the year reported on (not the publication year)
 * @param indexNumber     索引号
 * @param documentDate    成文日期
 * @param publicationDate 发布日期
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Identity(
        String title,
        String agency,
        AgencyLevel agencyLevel,
        AgencyKind agencyKind,
        Integer reportYear,
        String indexNumber,
        LocalDate documentDate,
        LocalDate publicationDate)
{
    public static Identity empty()
    {
        return new Identity(null, null, null, null, null, null, null, null);
    }
}
