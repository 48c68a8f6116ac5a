package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;

/** R6 (FORMAT.md §6): counts and amounts are never negative; only the 2019 表二 本年增/减 column may be. */
public final class NegativeValueRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        for (TableCells.Ref ref : TableCells.required(ctx))
        {
            if (ref.cell().isNumber() && ref.cell().value().signum() < 0 && !ref.maySigned())
            {
                String v = Labels.number(ref.cell().value());
                out.add(new Finding(RuleCode.NEGATIVE_VALUE, RuleCode.NEGATIVE_VALUE.defaultSeverity(),
                        ref.label() + "：数值不能为负，实为 " + v,
                        ref.labelEn() + ": must not be negative, found " + v,
                        ref.location(), null, ref.cell().value()));
            }
        }
    }
}
