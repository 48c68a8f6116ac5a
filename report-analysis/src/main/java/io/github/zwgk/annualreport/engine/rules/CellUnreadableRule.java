package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;

/** A table cell holds something that is neither a number nor a 不适用 mark (text, OCR noise). */
public final class CellUnreadableRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        for (TableCells.Ref ref : TableCells.required(ctx))
        {
            if (ref.cell().kind() == CellKind.UNREADABLE)
            {
                out.add(Finding.of(RuleCode.CELL_UNREADABLE, ref.location(),
                        ref.label() + "无法识别为数字：“" + ref.cell().raw() + "”",
                        ref.labelEn() + " is not a number: \"" + ref.cell().raw() + "\""));
            }
        }
    }
}
