package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.TableId;

/** 表二、表三、表四 are part of the template (国办公开办函〔2019〕60号 / 〔2021〕30号 附件): each must be in the report. */
public final class TableMissingRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        for (StatTable<?, ?> table : List.of(ctx.tables().t2(), ctx.tables().t3(), ctx.tables().t4()))
        {
            if (!table.found())
            {
                TableId id = table.table();
                out.add(Finding.of(RuleCode.TABLE_MISSING, new Location(id.section(), id, null, null, null),
                        "未找到" + Labels.table(id) + "（" + id.section().title() + "）",
                        Labels.tableEn(id) + " (" + id.section().name() + ") not found"));
            }
        }
    }
}
