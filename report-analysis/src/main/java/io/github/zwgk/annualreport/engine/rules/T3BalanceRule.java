package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;

/**
 * R1, stated in the template's corner cell (国办公开办函〔2019〕60号 / 〔2021〕30号 表三): "第一项加第二项之和，等于第三项加
 * 第四项之和" — 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理, in each of the seven columns.
 */
public final class T3BalanceRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        StatTable<Table3Row, Table3Column> t3 = ctx.tables().t3();
        if (!t3.found())
        {
            return;
        }
        for (Table3Column column : Table3Column.values())
        {
            Optional<BigDecimal> received = Arithmetic.sum(List.of(t3.cell(Table3Row.NEW, column), t3.cell(Table3Row.CARRIED_OVER, column)));
            Optional<BigDecimal> settled = Arithmetic.sum(List.of(t3.cell(Table3Row.TOTAL, column), t3.cell(Table3Row.CARRIED_FORWARD, column)));
            if (received.isEmpty() || settled.isEmpty() || Arithmetic.equal(received.get(), settled.get()))
            {
                continue;
            }
            String n = Labels.number(t3.cell(Table3Row.NEW, column).value());
            String c = Labels.number(t3.cell(Table3Row.CARRIED_OVER, column).value());
            String t = Labels.number(t3.cell(Table3Row.TOTAL, column).value());
            String f = Labels.number(t3.cell(Table3Row.CARRIED_FORWARD, column).value());
            String message = "表三“" + column.label() + "”列收支不平衡：一、本年新收 " + n + " + 二、上年结转 " + c + " = "
                    + Labels.number(received.get()) + "，应等于（七）总计 " + t + " + 四、结转下年度继续办理 " + f + "，实为 "
                    + Labels.number(settled.get()) + "（第一项加第二项之和，等于第三项加第四项之和）";
            String messageEn = "Table 3 column " + column.name() + " does not balance: NEW " + n + " + CARRIED_OVER " + c
                    + " = " + Labels.number(received.get()) + " but TOTAL " + t + " + CARRIED_FORWARD " + f + " = "
                    + Labels.number(settled.get());
            Location location = new Location(t3.table().section(), t3.table(), null, column.name(), null).atLine(t3.line());
            out.add(new Finding(RuleCode.T3_BALANCE, RuleCode.T3_BALANCE.defaultSeverity(), message, messageEn, location,
                    received.get(), settled.get()));
        }
    }
}
