package io.github.zwgk.annualreport.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.zwgk.annualreport.engine.fixtures.Growth;
import io.github.zwgk.annualreport.engine.model.AgencyKind;
import io.github.zwgk.annualreport.engine.model.AgencyLevel;
import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.sections.SectionParser;
import io.github.zwgk.annualreport.engine.sections.Seeds;
import io.github.zwgk.annualreport.engine.text.ReportText;

/** Title, agency, year, 索引号 and dates of the real reports and of the header forms portals print. */
class IdentityParserTest
{
    private final IdentityParser parser = new IdentityParser();

    private Identity identity(ReportText text)
    {
        return parser.parse(text, new SectionParser().parse(text));
    }

    private Identity identity(String... lines)
    {
        return identity(ReportText.of(List.of(lines)));
    }

    @Test
    void seed000IsACountyGovernmentOfficeReportingOn2022()
    {
        Identity id = identity(Seeds.text(Seeds.S000));

        assertThat(id).isEqualTo(new Identity("滑县人民政府办公室2022年政府信息公开工作年度报告", "滑县人民政府办公室",
                AgencyLevel.COUNTY, AgencyKind.DEPARTMENT, 2022, null, null, null));
    }

    @Test
    void seed001IsATownshipReportingOn2022()
    {
        Identity id = identity(Seeds.text(Seeds.S001));

        assertThat(id).isEqualTo(new Identity("息县关店乡人民政府2022年政府信息公开工作年度报告", "息县关店乡人民政府",
                AgencyLevel.TOWNSHIP, AgencyKind.DEPARTMENT, 2022, null, null, null));
    }

    @Test
    void seed002HasNoTitleAndItsYearComesFromTheOverview()
    {
        Identity id = identity(Seeds.text(Seeds.S002));

        // "我局" names no organ; the 制度 titles it quotes are not a statement of who reports
        assertThat(id).isEqualTo(new Identity(null, null, null, null, 2019, null, null, null));
    }

    @Test
    void seed003ReadsTheHeaderBlockAndTheYearFromThePreamble()
    {
        Identity id = identity(Seeds.text(Seeds.S003));

        assertThat(id).isEqualTo(new Identity(null, "河东区政府办公室", AgencyLevel.COUNTY, AgencyKind.DEPARTMENT, 2020,
                "hedongquhd0101/2021-0000025", LocalDate.of(2021, 1, 31), LocalDate.of(2021, 1, 31)));
    }

    @Test
    void seed004JoinsTheTitleSplitOverTwoLinesAndIsTheCountyGovernmentsOwnReport()
    {
        Identity id = identity(Seeds.text(Seeds.S004));

        assertThat(id).isEqualTo(new Identity("石泉县人民政府2023年政府信息公开工作年度报告", "石泉县人民政府",
                AgencyLevel.COUNTY, AgencyKind.GOVERNMENT, 2023, null, null, null));
    }

    @Test
    void inlineHeaderFieldsWithChineseDatesAreRead()
    {
        Identity id = identity("索引号：11410526MB1234567X/2022-00012 发布日期：2022年1月28日",
                "制发机关：安阳市教育局", "成文日期：2022.01.27",
                "安阳市教育局2021年度政府信息公开工作年度报告", "一、总体情况", "2021年,…");

        assertThat(id.indexNumber()).isEqualTo("11410526MB1234567X/2022-00012");
        assertThat(id.publicationDate()).isEqualTo(LocalDate.of(2022, 1, 28));
        assertThat(id.documentDate()).isEqualTo(LocalDate.of(2022, 1, 27));
        assertThat(id.agency()).isEqualTo("安阳市教育局");
        assertThat(id.agencyLevel()).isEqualTo(AgencyLevel.PREFECTURE);
        assertThat(id.agencyKind()).isEqualTo(AgencyKind.DEPARTMENT);
        assertThat(id.reportYear()).isEqualTo(2021);
    }

    @Test
    void tabSeparatedAndOneCellPerLineHeadersAreRead()
    {
        Identity tabs = identity("索 引 号\tA01/2023-001\t公开目录\t年报", "发文机关\t北京市朝阳区人民政府", "发布日期\t2023/3/1",
                "一、总体情况", "正文");
        assertThat(tabs.indexNumber()).isEqualTo("A01/2023-001");
        assertThat(tabs.agency()).isEqualTo("北京市朝阳区人民政府");
        assertThat(tabs.agencyLevel()).isEqualTo(AgencyLevel.COUNTY);
        assertThat(tabs.agencyKind()).isEqualTo(AgencyKind.GOVERNMENT);
        assertThat(tabs.publicationDate()).isEqualTo(LocalDate.of(2023, 3, 1));

        Identity cells = identity("索引号: |", "B02/2022-7 |", "发布机构: |", "林州市人民政府 |", "一、总体情况", "正文");
        assertThat(cells.indexNumber()).isEqualTo("B02/2022-7");
        assertThat(cells.agency()).isEqualTo("林州市人民政府");
        assertThat(cells.agencyLevel()).as("林州市 is a 县级市").isEqualTo(AgencyLevel.COUNTY);
    }

    @Test
    void theHeaderAgencyWinsOverTheTitleAndTheTitleOverTheText()
    {
        assertThat(identity("发布机构: 河南省人民政府办公厅", "河南省民政厅2022年政府信息公开工作年度报告", "一、总体情况", "x")
                .agency()).isEqualTo("河南省人民政府办公厅");
        assertThat(identity("河南省民政厅2022年政府信息公开工作年度报告", "现发布上海市人民政府2022年政府信息公开工作年度报告。",
                "一、总体情况", "x").agency()).isEqualTo("河南省民政厅");
        assertThat(identity("现发布上海市人民政府2022年政府信息公开工作年度报告。", "一、总体情况", "x"))
                .extracting(Identity::agency, Identity::agencyLevel, Identity::agencyKind, Identity::reportYear)
                .containsExactly("上海市人民政府", AgencyLevel.PROVINCE, AgencyKind.GOVERNMENT, 2022);
    }

    @Test
    void aTitleWithTheYearFirstStillGivesTheAgency()
    {
        Identity id = identity("2022年滑县人力资源和社会保障局政府信息公开工作年度报告", "一、总体情况", "x");

        assertThat(id.agency()).isEqualTo("滑县人力资源和社会保障局");
        assertThat(id.agencyLevel()).isEqualTo(AgencyLevel.COUNTY);
        assertThat(id.agencyKind()).isEqualTo(AgencyKind.DEPARTMENT);
        assertThat(id.reportYear()).isEqualTo(2022);
    }

    @Test
    void theStatisticsPeriodGivesTheYearWhenTheTitleDoesNot()
    {
        Identity id = identity("本报告中所列数据统计期限从2020年1月1日到12月31日止。", "一、总体情况", "2021年以来,…", "2021年…");

        assertThat(id.reportYear()).isEqualTo(2020);
    }

    @Test
    void anOverviewWithoutAClearlyLeadingYearGivesNoYear()
    {
        Identity id = identity("一、总体情况", "2021年工作总结和2022年工作计划。", "二、主动公开政府信息情况");

        assertThat(id.reportYear()).isNull();
    }

    @Test
    void aSentenceMentioningTheReportIsNotItsTitle()
    {
        Identity id = identity("根据《条例》要求,我局编写了本年度政府信息公开工作年度报告。", "一、总体情况", "x");

        assertThat(id.title()).isNull();
        assertThat(id.agency()).isNull();
    }

    @Test
    void invalidDatesAreDroppedNotGuessed()
    {
        Identity id = identity("成文日期: 2021-02-30", "发布日期: 2021年13月1日", "一、总体情况", "x");

        assertThat(id.documentDate()).isNull();
        assertThat(id.publicationDate()).isNull();
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "滑县人民政府办公室;COUNTY;DEPARTMENT",
            "石泉县人民政府;COUNTY;GOVERNMENT",
            "息县关店乡人民政府;TOWNSHIP;DEPARTMENT",
            "息县人民政府;COUNTY;GOVERNMENT",
            "河东区政府办公室;COUNTY;DEPARTMENT",
            "临沂市河东区住房和城乡建设局;COUNTY;DEPARTMENT",
            "郑州市金水区东风路街道办事处;TOWNSHIP;DEPARTMENT",
            "安阳市人民政府;PREFECTURE;GOVERNMENT",
            "安阳市市场监督管理局;PREFECTURE;DEPARTMENT",
            "滑县市场监督管理局;COUNTY;DEPARTMENT",
            "林州市人民政府;COUNTY;GOVERNMENT",
            "河南省安阳市林州市城市管理局;COUNTY;DEPARTMENT",
            "重庆市人民政府办公厅;PROVINCE;DEPARTMENT",
            "河南省人民政府;PROVINCE;GOVERNMENT",
            "广西壮族自治区民政厅;PROVINCE;DEPARTMENT",
            "延边朝鲜族自治州人民政府;PREFECTURE;GOVERNMENT",
            "滑县乡村振兴局;COUNTY;DEPARTMENT",
            "市场监督管理局;null;DEPARTMENT",
            "人民政府;null;null",
            "某某科技有限责任公司的报告;null;null",
    })
    void levelAndKindComeFromTheName(String name, AgencyLevel level, AgencyKind kind)
    {
        AgencyClassifier.Classification c = AgencyClassifier.classify(name);

        assertThat(c.level()).isEqualTo(level);
        assertThat(c.kind()).isEqualTo(kind);
    }

    @Test
    void emptyNullAndGarbageInputGiveAnEmptyIdentity()
    {
        assertThat(parser.parse(null, null)).isEqualTo(Identity.empty());
        assertThat(parser.parse(ReportText.of(""), null)).isEqualTo(Identity.empty());
        assertThat(identity("\u0000\t|||", "索引号:", "发布机构: |", "成文日期: 9999-99-99", "x".repeat(100_000)))
                .isEqualTo(Identity.empty());
    }

    /** 10⁵ and 10⁶ lines: ten times the lines may cost at most fifteen times the CPU time (no wall clock). */
    @Test
    void aMillionLinesAreReadInLinearTime()
    {
        ReportText small = manyLines(100_000);
        ReportText big = manyLines(1_000_000);
        var smallLayout = new SectionParser().parse(small);
        var bigLayout = new SectionParser().parse(big);
        Identity[] id = new Identity[1];

        Growth.assertLinear("IdentityParser", 10, () -> parser.parse(small, smallLayout),
                () -> id[0] = parser.parse(big, bigLayout));

        assertThat(id[0].reportYear()).isEqualTo(2022);
    }

    private static ReportText manyLines(int n)
    {
        List<String> lines = new ArrayList<>(n);
        lines.add("某某县人民政府2022年政府信息公开工作年度报告");
        lines.add("一、总体情况");
        while (lines.size() < n)
        {
            lines.add("2022年,我县收到政府信息公开申请20件,发布日期:2022年1月1日。");
        }
        return new ReportText(lines);
    }
}
