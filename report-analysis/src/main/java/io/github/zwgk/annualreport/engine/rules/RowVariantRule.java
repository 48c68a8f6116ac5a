package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Table3Row;

/**
 * 国办公开办函〔2021〕30号 split 表三's row （六）其他处理 into three sub-rows (1. 逾期不补正, 2. 逾期未缴费, 3. 其他). A
 * 2021-format table that keeps the single 2019 row deviates from the template: a WARNING, since no figure is lost —
 * the row's figures count in every sum (T3_OUTCOME_SUM, T3_BALANCE, OTHER_PROCESSING_HIGH) — but the reviewer cannot
 * see the split the template asks for.
 */
public final class RowVariantRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        var t3 = ctx.tables().t3();
        if (!Table3Rows.keepsSingleOtherProcessingRow(t3, ctx.format()))
        {
            return;
        }
        Location location = Location.cell(t3.table(), Table3Row.OTHER_PROCESSING, null).atLine(t3.line());
        out.add(Finding.of(RuleCode.ROW_VARIANT, location,
                "表三仍为2019版的单行“（六）其他处理”，国办公开办函〔2021〕30号格式应分为“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”"
                        + "“2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”“3.其他”三行；该行数字已计入各项合计",
                "Table 3 keeps the single 2019 row OTHER_PROCESSING instead of the three 2021 sub-rows; its figures count"
                        + " in every sum"));
    }
}
