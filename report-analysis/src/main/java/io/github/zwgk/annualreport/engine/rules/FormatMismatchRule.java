package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * FORMAT.md §1: reports for 2021 and later use 国办公开办函〔2021〕30号; 2019–2020 reports use 〔2019〕60号. Old tables in a
 * new report are an ERROR (the 2021 figures — 本年制发/废止/现行有效, 收费金额, the split 其他处理 — are missing); new tables
 * in a 2019–2020 report are only a WARNING (they hold at least as much information).
 */
public final class FormatMismatchRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        TemplateFormat found = ctx.tables().format();
        Integer year = ctx.reportYear();
        if (found == null || year == null)
        {
            return;
        }
        TemplateFormat expected = TemplateFormat.expectedFor(year);
        if (found == expected)
        {
            return;
        }
        Severity severity = found == TemplateFormat.FORMAT_2019 ? Severity.ERROR : Severity.WARNING;
        String notice = expected == TemplateFormat.FORMAT_2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
        out.add(new Finding(RuleCode.FORMAT_MISMATCH, severity,
                year + "年度报告应使用" + notice + "格式（" + expected.code() + "版），统计表为" + found.code() + "版格式",
                "A " + year + " report must use the " + expected.code() + " format; its tables follow the " + found.code() + " format",
                Location.document(), null, null));
    }
}
