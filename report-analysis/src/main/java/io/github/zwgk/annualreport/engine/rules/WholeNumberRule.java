package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;

/**
 * R6 (FORMAT.md §6): 件数 and 数量 are whole numbers; the money columns (2021 本年收费金额（单位：万元）, 2019 采购总金额) may
 * have decimals.
 */
public final class WholeNumberRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        for (TableCells.Ref ref : TableCells.required(ctx))
        {
            if (ref.cell().isNumber() && !ref.isAmount() && ref.cell().value().stripTrailingZeros().scale() > 0)
            {
                String v = Labels.number(ref.cell().value());
                out.add(new Finding(RuleCode.NOT_A_WHOLE_NUMBER, RuleCode.NOT_A_WHOLE_NUMBER.defaultSeverity(),
                        ref.label() + "：件数应为整数，实为 " + v,
                        ref.labelEn() + ": a count must be a whole number, found " + v,
                        ref.location(), null, ref.cell().value()));
            }
        }
    }
}
