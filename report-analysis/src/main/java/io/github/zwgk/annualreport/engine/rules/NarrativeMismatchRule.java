package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;

/**
 * R10 (FORMAT.md §6): a figure the text states in words — in 一、总体情况, or else in the prose of 三, 四 or 六 — equals the
 * table's. A WARNING: the text may count differently on purpose (e.g. only offline applications), and the table may be
 * the wrong one; the message says which two figures differ and asks the reviewer to check, without saying which is wrong.
 * <p>
 * What is compared: 收到/受理申请 with 表三 本年新收, or with 本年新收 + 上年结转 (a total of applications to handle,
 * "受理749件（含上年结转25件）"); 上年结转, 办结/答复 (（七）总计), 结转下年度; 予以公开/同意公开 with （一）予以公开, or
 * with （一）+（二） (written "同意公开" for both); 行政复议 with 表四 行政复议总计; 行政诉讼 with the two 行政诉讼 总计.
 */
public final class NarrativeMismatchRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        NarrativeFigures n = ctx.narrative();
        StatTable<Table3Row, Table3Column> t3 = ctx.tables().t3();
        StatTable<Table4Row, Table4Column> t4 = ctx.tables().t4();
        if (t3.found())
        {
            Optional<BigDecimal> received = total(t3, Table3Row.NEW);
            Optional<BigDecimal> carriedOver = total(t3, Table3Row.CARRIED_OVER);
            Optional<BigDecimal> toHandle = sumWhenAdded(received, carriedOver);
            compare(out, n, "applicationsReceived", "收到申请", "applications received", received, toHandle,
                    "“本年新收”加“上年结转”", t3Location(t3, Table3Row.NEW), "表三“本年新收”", "table 3 NEW");
            compare(out, n, "applicationsCarriedOver", "上年结转", "carried over", carriedOver, Optional.empty(), null,
                    t3Location(t3, Table3Row.CARRIED_OVER), "表三“上年结转”", "table 3 CARRIED_OVER");
            compare(out, n, "applicationsHandled", "办结", "handled", total(t3, Table3Row.TOTAL), Optional.empty(), null,
                    t3Location(t3, Table3Row.TOTAL), "表三“（七）总计”", "table 3 TOTAL");
            compare(out, n, "applicationsCarriedForward", "结转下年度", "carried forward", total(t3, Table3Row.CARRIED_FORWARD),
                    Optional.empty(), null, t3Location(t3, Table3Row.CARRIED_FORWARD), "表三“结转下年度继续办理”",
                    "table 3 CARRIED_FORWARD");
            Optional<BigDecimal> disclosed = total(t3, Table3Row.DISCLOSED);
            Optional<BigDecimal> partly = total(t3, Table3Row.PARTIALLY_DISCLOSED);
            Optional<BigDecimal> disclosedOrPartly = sumWhenAdded(disclosed, partly);
            compare(out, n, "applicationsDisclosed", "予以公开", "disclosed", disclosed, disclosedOrPartly,
                    "“予以公开”加“部分公开”", t3Location(t3, Table3Row.DISCLOSED), "表三“（一）予以公开”", "table 3 DISCLOSED");
        }
        if (t4.found())
        {
            compare(out, n, "reviewTotal", "行政复议", "administrative reviews",
                    Arithmetic.value(t4.cell(Table4Row.CASES, Table4Column.REVIEW_TOTAL)), Optional.empty(), null,
                    Arithmetic.at(t4, Table4Row.CASES, Table4Column.REVIEW_TOTAL), "表四“行政复议总计”",
                    "table 4 REVIEW_TOTAL");
            Optional<BigDecimal> litigation = Arithmetic.sum(List.of(
                    t4.cell(Table4Row.CASES, Table4Column.LITIGATION_DIRECT_TOTAL),
                    t4.cell(Table4Row.CASES, Table4Column.LITIGATION_AFTER_REVIEW_TOTAL)));
            compare(out, n, "litigationTotal", "行政诉讼", "lawsuits", litigation, Optional.empty(), null,
                    Arithmetic.at(t4, Table4Row.CASES, Table4Column.LITIGATION_DIRECT_TOTAL),
                    "表四行政诉讼“未经复议直接起诉”与“复议后起诉”总计之和",
                    "table 4 LITIGATION_DIRECT_TOTAL + LITIGATION_AFTER_REVIEW_TOTAL");
        }
    }

    /**
     * The second reading of a stated figure, {@code base + added} ("受理" as 新收 + 结转, "予以公开" with 部分公开): only
     * when {@code added} is a positive figure, for otherwise it is {@code base} itself.
     */
    private static Optional<BigDecimal> sumWhenAdded(Optional<BigDecimal> base, Optional<BigDecimal> added)
    {
        return base.isPresent() && added.isPresent() && added.get().signum() > 0
                ? Optional.of(base.get().add(added.get())) : Optional.empty();
    }
    private static Optional<BigDecimal> total(StatTable<Table3Row, Table3Column> t3, Table3Row row)
    {
        return Arithmetic.value(t3.cell(row, Table3Column.TOTAL));
    }

    private static Location t3Location(StatTable<Table3Row, Table3Column> t3, Table3Row row)
    {
        return Arithmetic.at(t3, row, Table3Column.TOTAL);
    }

    /**
     * A finding when the stated figure equals neither the table's figure nor the {@code alternative} (a sum the text
     * may mean by the same words, named by {@code alternativeLabel}).
     */
    private static void compare(List<Finding> out, NarrativeFigures figures, String figure, String what, String whatEn,
            Optional<BigDecimal> table, Optional<BigDecimal> alternative, String alternativeLabel, Location location,
            String tableLabel, String tableLabelEn)
    {
        Integer stated = statedValue(figures, figure);
        if (stated == null || table.isEmpty())
        {
            return;
        }
        BigDecimal s = BigDecimal.valueOf(stated);
        if (Arithmetic.equal(table.get(), s) || (alternative.isPresent() && Arithmetic.equal(alternative.get(), s)))
        {
            return;
        }
        Section source = figures.sourceOf(figure) == null ? Section.OVERVIEW : figures.sourceOf(figure);
        String t = Labels.number(table.get());
        String also = alternative.map(a -> "（与" + alternativeLabel + " " + Labels.number(a) + " 件也不一致）").orElse("");
        String alsoEn = alternative.map(a -> " (nor the sum " + Labels.number(a) + ")").orElse("");
        out.add(new Finding(RuleCode.NARRATIVE_MISMATCH, RuleCode.NARRATIVE_MISMATCH.defaultSeverity(),
                source.title() + "所述" + what + " " + stated + " 件与" + tableLabel + t + " 件不一致" + also + "，请核对",
                sectionEn(source) + " states " + stated + " " + whatEn + ", " + tableLabelEn + " says " + t + alsoEn
                        + ": please check which is right",
                location, table.get(), s));
    }

    private static Integer statedValue(NarrativeFigures n, String figure)
    {
        return switch (figure)
        {
            case "applicationsReceived" -> n.applicationsReceived();
            case "applicationsCarriedOver" -> n.applicationsCarriedOver();
            case "applicationsHandled" -> n.applicationsHandled();
            case "applicationsCarriedForward" -> n.applicationsCarriedForward();
            case "reviewTotal" -> n.reviewTotal();
            case "litigationTotal" -> n.litigationTotal();
            case "applicationsDisclosed" -> n.applicationsDisclosed();
            default -> throw new IllegalArgumentException(figure);
        };
    }

    private static String sectionEn(Section s)
    {
        return s == Section.OVERVIEW ? "The overview" : "The text of section " + (s.ordinal() + 1);
    }
}
