package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Severity;

/**
 * Every cell of the template is to be filled in: a blank cell is not a zero (ERROR). A 不适用/—/无 mark where the
 * template asks for a count is a WARNING — the meaning is usually "0", but the template asks for a number. In a money
 * column (万元) a 不适用 mark is accepted.
 */
public final class CellMissingRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        for (TableCells.Ref ref : TableCells.required(ctx))
        {
            if (ref.cell().kind() == CellKind.BLANK)
            {
                out.add(new Finding(RuleCode.CELL_MISSING, Severity.ERROR,
                        ref.label() + "未填写（空白不等于 0，应填写数字）",
                        ref.labelEn() + " is blank (blank is not 0: a number is required)",
                        ref.location(), null, null));
            }
            else if (ref.cell().kind() == CellKind.NOT_APPLICABLE && !ref.isAmount())
            {
                out.add(new Finding(RuleCode.CELL_MISSING, Severity.WARNING,
                        ref.label() + "填写为“" + ref.cell().raw() + "”，模板要求填写件数（无则填 0）",
                        ref.labelEn() + " holds \"" + ref.cell().raw() + "\" where the template asks for a count (0 if none)",
                        ref.location(), null, null));
            }
        }
    }
}
