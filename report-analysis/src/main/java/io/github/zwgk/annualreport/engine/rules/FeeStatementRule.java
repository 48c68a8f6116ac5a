package io.github.zwgk.annualreport.engine.rules;

import java.util.List;
import java.util.regex.Pattern;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * 国办公开办函〔2021〕30号: "各行政机关依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，在此处专门报告" — in the
 * 2021 format, 六、其他需要报告的事项 states whether 信息处理费 was charged. Accepted phrasings (FORMAT.md §2) all name the
 * fee or the charging: "无收取信息处理费情况", "收取信息处理费共计380元", "未发生收费情况", "未收取政府信息公开信息处理费",
 * "未发生政府信息公开收费事项". "无" alone does not. Not applied when section 六 is missing (SECTION_MISSING says so).
 */
public final class FeeStatementRule implements Rule
{
    /** 信息处理费 / 处理费, 收费, or 收取 … 费 within one clause. */
    static final Pattern FEE_STATEMENT = Pattern.compile("处理费|收费|收取[^。；;，,]{0,15}费");

    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        if (ctx.format() != TemplateFormat.FORMAT_2021)
        {
            return;
        }
        ctx.sectionBody(Section.OTHER_MATTERS).ifPresent(body -> {
            String compact = body.replaceAll("\\s+", "");
            if (!FEE_STATEMENT.matcher(compact).find())
            {
                out.add(Finding.of(RuleCode.FEE_STATEMENT_MISSING, Location.of(Section.OTHER_MATTERS),
                        "“六、其他需要报告的事项”未报告收取信息处理费的情况（国办公开办函〔2021〕30号要求在此处专门报告，如“本年度未收取信息处理费”）",
                        "Section 6 does not state whether information processing fees were charged (required by the 2021 format)"));
            }
        });
    }
}
