package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * 国办公开办函〔2019〕60号: "原则上，所有的政府信息公开申请，都应当按照法定的处理方式做出处理…对“其他处理”数量偏高的行政机关，
 * 要了解情况". A note (INFO) when （六）其他处理 (2021: its three sub-rows together) is more than
 * {@value #THRESHOLD_PERCENT}% of （七）总计, counted in the 总计 column, and （七）总计 is at least {@value #MIN_TOTAL} — below
 * that a single case makes a high share.
 */
public final class OtherProcessingHighRule implements Rule
{
    public static final int THRESHOLD_PERCENT = 20;
    public static final int MIN_TOTAL = 10;

    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        StatTable<Table3Row, Table3Column> t3 = ctx.tables().t3();
        TemplateFormat format = ctx.format();
        if (!t3.found() || format == null)
        {
            return;
        }
        List<Cell> other = new ArrayList<>();
        for (Table3Row row : Table3Rows.outcomes(t3, format))
        {
            if (row == Table3Row.OTHER_PROCESSING || "（六）其他处理".equals(row.group()))
            {
                other.add(t3.cell(row, Table3Column.TOTAL));
            }
        }
        Optional<BigDecimal> otherSum = Arithmetic.sum(other);
        Optional<BigDecimal> total = Arithmetic.value(t3.cell(Table3Row.TOTAL, Table3Column.TOTAL));
        if (otherSum.isEmpty() || total.isEmpty() || total.get().compareTo(BigDecimal.valueOf(MIN_TOTAL)) < 0)
        {
            return;
        }
        // other / total > 20%  ⇔  other × 100 > 20 × total
        if (otherSum.get().multiply(BigDecimal.valueOf(100)).compareTo(total.get().multiply(BigDecimal.valueOf(THRESHOLD_PERCENT))) <= 0)
        {
            return;
        }
        BigDecimal percent = otherSum.get().multiply(BigDecimal.valueOf(100)).divide(total.get(), 1, RoundingMode.HALF_UP);
        out.add(new Finding(RuleCode.OTHER_PROCESSING_HIGH, RuleCode.OTHER_PROCESSING_HIGH.defaultSeverity(),
                "表三“（六）其他处理” " + Labels.number(otherSum.get()) + " 件，占“（七）总计” " + Labels.number(total.get())
                        + " 件的 " + percent.toPlainString() + "%，超过 " + THRESHOLD_PERCENT + "%，建议了解情况（国办公开办函〔2019〕60号）",
                "Other processing is " + Labels.number(otherSum.get()) + " of " + Labels.number(total.get()) + " ("
                        + percent.toPlainString() + "%), above " + THRESHOLD_PERCENT + "%",
                Arithmetic.at(t3, t3.hasRow(Table3Row.OTHER_PROCESSING) ? Table3Row.OTHER_PROCESSING : Table3Row.OTHER_NO_CORRECTION,
                        Table3Column.TOTAL),
                null, otherSum.get()));
    }
}
