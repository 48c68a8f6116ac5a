package io.github.zwgk.annualreport.engine.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.CjkFont;
import io.github.zwgk.annualreport.engine.generator.GeneratedReport.Expected;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TableId;

/**
 * Round trip through every layout family: random but consistent reports ({@link ReportGenerator}: 2019 and 2021
 * formats, zeros, large figures, 不适用 marks, a 2021 表三 keeping the 2019 row （六）其他处理) are written in each family
 * ({@link TextLayouts}, {@link DocumentLayouts}) and analysed by the whole engine, which must give back every cell
 * exactly — or, for digits run together that split more than one way, report CELL_AMBIGUOUS with the true value among
 * the candidates (counted apart) — must raise no ERROR on a clean report, and must find every injected defect (a cell
 * changed so that a sum fails: the arithmetic rule at the cell; a blank cell: CELL_MISSING at the cell).
 * <p>
 * In CI: {@value #DEFAULT_COUNT} reports in each of the five text families, a half of that as .html, a third as .docx
 * and an eighth as .pdf (the file formats cost 2–25 times a text case): 1 012 cases. More on demand, with another seed:
 * {@code mvn -pl report-analysis test -Dtest=LayoutRoundTripTest -Dgenerator.count=2000 -Dgenerator.seed=7}.
 * The exact-recovery rate per family is printed and written to {@code target/generator/round-trip.md}.
 * <p>
 * Two limits of the families themselves, not of the engine: in space-separated text (PDF text, one line with spaces)
 * a blank cell leaves no trace, so a blank defect is found in its row but not at its column; in text whose digits
 * run together a blank cell leaves no trace at all, so no blank is injected there.
 */
class LayoutRoundTripTest
{
    static final int DEFAULT_COUNT = 170;
    static final long DEFAULT_SEED = 20_260_214L;

    /** The layout families. */
    enum Family
    {
        TAB_LINES(true, true),
        SPACED_LINES(false, true),
        ONE_LINE_SPACED(false, true),
        ONE_LINE_RUN(false, false),
        PIECES(true, true),
        DOCX(true, true),
        HTML(true, true),
        PDF(false, true);

        /** Whether a blank cell keeps its position in this layout. */
        final boolean positions;
        /** Whether a blank cell leaves any trace at all. */
        final boolean blanks;

        Family(boolean positions, boolean blanks)
        {
            this.positions = positions;
            this.blanks = blanks;
        }
    }

    /** The figures of one family. */
    static final class Tally
    {
        int cases;
        int exact;
        int ambiguous;
        int wrongCells;
        /** Cases with an ambiguous cell in 表三 or 表四 (the rest have one in 表二 only, where no sum binds a row). */
        int ambiguousTotals;
        /** Cases whose totals (表三's 总计 column and （七）总计 row, 表四's three 总计) are all read exactly. */
        int totalsExact;
        long nanos;
        int falseAlarms;
        int missedDefects;
        int defects;
        final List<String> failures = new ArrayList<>();

        int wrong()
        {
            return wrongCells + falseAlarms + missedDefects;
        }
    }

    private final ReportAnalyzer analyzer = new ReportAnalyzer();

    @Test
    void recoversEveryCellAndFindsEveryDefectInEveryLayoutFamily() throws IOException
    {
        int count = Integer.getInteger("generator.count", DEFAULT_COUNT);
        long seed = Long.getLong("generator.seed", DEFAULT_SEED);
        boolean pdf = CjkFont.available();
        Map<Family, Tally> tallies = new EnumMap<>(Family.class);
        long start = System.nanoTime();
        for (Family f : Family.values())
        {
            int n = switch (f)
            {
                case DOCX -> count / 3;
                case HTML -> count / 2;
                case PDF -> pdf ? count / 8 : 0;
                default -> count;
            };
            Tally t = new Tally();
            tallies.put(f, t);
            long familyStart = System.nanoTime();
            for (int i = 0; i < n; i++)
            {
                long caseSeed = seed * 1_000_003L + f.ordinal() * 10_000_000L + i;
                runCase(f, caseSeed, i % 3 == 2, t);
            }
            t.nanos = System.nanoTime() - familyStart;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String table = table(tallies, seed, millis);
        System.out.println(table);
        Path dir = Path.of("target", "generator");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("round-trip.md"), table);

        List<String> failures = new ArrayList<>();
        tallies.forEach((f, t) -> t.failures.forEach(x -> failures.add(f + ": " + x)));
        assertThat(failures).as("cases read wrongly, clean reports with an ERROR, defects missed").isEmpty();
        for (Map.Entry<Family, Tally> e : tallies.entrySet())
        {
            assertThat(e.getValue().exact + e.getValue().ambiguous).as("%s: every case exact or ambiguous-reported", e.getKey())
                    .isEqualTo(e.getValue().cases);
        }
    }

    /**
     * One case on its own, to look at a failure: {@code -Dgenerator.show=<case seed>:<FAMILY>[:defect]} prints the
     * report as generated, as written in the family (text families), and what the engine made of it.
     */
    @Test
    void showsOneCaseOnDemand()
    {
        String show = System.getProperty("generator.show");
        Assumptions.assumeTrue(show != null, "-Dgenerator.show=<case seed>:<FAMILY>[:defect] not given");
        String[] p = show.split(":");
        Family f = Family.valueOf(p[1]);
        Case c = render(f, Long.parseLong(p[0]), p.length > 2);
        System.out.println(c.report() + "\n" + c.report().t3() + "\n" + c.report().t4() + "\n" + c.report().expected());
        if (c.text() != null)
        {
            System.out.println(c.text());
        }
        AnalysisResult r = c.result();
        System.out.println(r.status() + " " + r.tables());
        r.findings().forEach(x -> System.out.println(x.code() + " " + x.location() + " " + x.message()));
        System.out.println(compare(c.report(), r, f));
    }

    /** A case: the report, its text (text families) and the engine's result. */
    record Case(GeneratedReport report, String text, AnalysisResult result)
    {
    }

    private Case render(Family f, long seed, boolean defect)
    {
        // a blank leaves no trace in run-together digits: only arithmetic defects there
        GeneratedReport g = ReportGenerator.generate(seed, defect,
                f.blanks ? ReportGenerator.MARKS : ReportGenerator.RUN_MARKS, f.blanks);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        ReportLayout layout = ReportLayout.of(g, random);
        String text = switch (f)
        {
            case TAB_LINES -> TextLayouts.tabs(layout);
            case SPACED_LINES -> TextLayouts.spaced(layout, random);
            case ONE_LINE_SPACED -> TextLayouts.oneLine(layout, random);
            case ONE_LINE_RUN -> TextLayouts.oneLineRun(layout, random.nextBoolean());
            case PIECES -> TextLayouts.pieces(layout, random);
            default -> null;
        };
        AnalysisResult r = switch (f)
        {
            case DOCX -> file(DocumentLayouts.docx(layout), "report.docx");
            case HTML -> file(DocumentLayouts.html(layout), "report.html");
            case PDF -> file(DocumentLayouts.pdf(layout), "report.pdf");
            default -> text(text);
        };
        return new Case(g, text, r);
    }

    private void runCase(Family f, long seed, boolean defect, Tally t)
    {
        Case c = render(f, seed, defect);
        GeneratedReport g = c.report();
        AnalysisResult r = c.result();
        t.cases++;
        if (!g.clean())
        {
            t.defects++;
        }
        Comparison cmp = compare(g, r, f);
        if (totalsExact(g, r, f))
        {
            t.totalsExact++;
        }
        if (!cmp.wrong.isEmpty())
        {
            t.wrongCells++;
            t.failures.add(g + " cells: " + cmp.wrong);
        }
        else if (cmp.ambiguous > 0)
        {
            t.ambiguous++;
            if (cmp.ambiguousTotals > 0)
            {
                t.ambiguousTotals++;
            }
            if (Boolean.getBoolean("generator.verbose"))
            {
                System.out.println(f + " ambiguous: " + g + " " + r.findings().stream()
                        .filter(x -> x.code() == RuleCode.CELL_AMBIGUOUS).map(Finding::message).toList());
            }
        }
        else
        {
            t.exact++;
        }
        if (g.clean())
        {
            List<Finding> errors = r.findings() == null ? List.of()
                    : r.findings().stream().filter(x -> x.severity() == Severity.ERROR).toList();
            if (r.status() != Status.VALID && r.status() != Status.VALID_WITH_WARNINGS)
            {
                t.falseAlarms++;
                t.failures.add(g + " clean but " + r.status() + " " + r.statusReason() + " "
                        + errors.stream().map(Finding::message).toList());
            }
        }
        else if (!defectFound(g, r, f))
        {
            t.missedDefects++;
            t.failures.add(g + " defect missed: expected " + g.expected() + ", got " + r.status() + " "
                    + (r.findings() == null ? "" : r.findings().stream().map(x -> x.code() + "@" + x.location()).toList()));
        }
    }

    private AnalysisResult text(String text)
    {
        return file(text.getBytes(StandardCharsets.UTF_8), "report.txt");
    }

    private AnalysisResult file(byte[] bytes, String name)
    {
        return analyzer.analyze(new ByteArrayInputStream(bytes), name, AnalysisOptions.DEFAULT);
    }

    // ---- comparing

    /** Cells read wrongly (described), and how many cells were reported ambiguous with the truth among the candidates. */
    record Comparison(List<String> wrong, int ambiguous, int ambiguousTotals)
    {
    }

    static Comparison compare(GeneratedReport g, AnalysisResult r, Family f)
    {
        List<String> wrong = new ArrayList<>();
        int[] ambiguous = {0}; // cells of 表三 and 表四
        int[] t2Ambiguous = {0};
        if (r.tables() == null)
        {
            return new Comparison(List.of("no tables: " + r.status() + " " + r.statusReason()), 0, 0);
        }
        if (r.tables().format() != g.format())
        {
            wrong.add("format " + r.tables().format() + " instead of " + g.format().code());
        }
        boolean hasAmbiguityFinding = r.findings() != null
                && r.findings().stream().anyMatch(x -> x.code() == RuleCode.CELL_AMBIGUOUS);
        // With digits run together, a defect leaves some rows with no reading that fits every relation: they are
        // unreadable (the report is INVALID anyway); only a value read wrongly with confidence is wrong.
        boolean unreadableOk = !f.blanks && !g.clean() && r.status() == Status.INVALID;
        // In space-separated text a blank shifts the values of its row, and changed digits run together split no
        // way: that row is judged by its finding only.
        String skipRow = g.defectAt() != null && ((g.blankDefect() && !f.positions) || !f.blanks)
                ? g.defectAt().table() + "/" + g.defectAt().row() : null;
        for (Map.Entry<Table2Row, List<Cell>> e : g.t2().entrySet())
        {
            if ((TableId.T2 + "/" + e.getKey().name()).equals(skipRow))
            {
                continue;
            }
            List<Table2Column> columns = e.getKey().columns(g.format());
            for (int i = 0; i < columns.size(); i++)
            {
                check("表二 " + e.getKey() + " " + columns.get(i), e.getValue().get(i),
                        r.tables().t2().cell(e.getKey(), columns.get(i)), hasAmbiguityFinding, unreadableOk, wrong, t2Ambiguous);
            }
        }
        for (Map.Entry<Table3Row, List<Cell>> e : g.t3().entrySet())
        {
            if ((TableId.T3 + "/" + e.getKey().name()).equals(skipRow))
            {
                continue;
            }
            if (!r.tables().t3().hasRow(e.getKey()))
            {
                wrong.add("表三 row " + e.getKey() + " missing");
                continue;
            }
            for (int i = 0; i < 7; i++)
            {
                check("表三 " + e.getKey() + " " + Table3Column.values()[i], e.getValue().get(i),
                        r.tables().t3().cell(e.getKey(), Table3Column.values()[i]), hasAmbiguityFinding, unreadableOk, wrong,
                        ambiguous);
            }
        }
        if (!(TableId.T4 + "/null").equals(skipRow))
        {
            for (int i = 0; i < 15; i++)
            {
                check("表四 " + Table4Column.values()[i], g.t4().get(i),
                        r.tables().t4().cell(Table4Row.CASES, Table4Column.values()[i]), hasAmbiguityFinding,
                        unreadableOk, wrong, ambiguous);
            }
        }
        return new Comparison(wrong, t2Ambiguous[0] + ambiguous[0], ambiguous[0]);
    }

    /** Whether every total of 表三 and 表四 was read as written (the row of a defect excepted, as in compare). */
    static boolean totalsExact(GeneratedReport g, AnalysisResult r, Family f)
    {
        if (r.tables() == null)
        {
            return false;
        }
        String skip = g.defectAt() == null ? null : g.defectAt().table() + "/" + g.defectAt().row();
        for (Map.Entry<Table3Row, List<Cell>> e : g.t3().entrySet())
        {
            boolean totalRow = e.getKey() == Table3Row.TOTAL;
            if ((TableId.T3 + "/" + e.getKey().name()).equals(skip))
            {
                continue;
            }
            for (int i = totalRow ? 0 : 6; i < 7; i++)
            {
                if (!same(e.getValue().get(i), r.tables().t3().cell(e.getKey(), Table3Column.values()[i])))
                {
                    return false;
                }
            }
        }
        if (!(TableId.T4 + "/null").equals(skip))
        {
            for (int i = 4; i < 15; i += 5)
            {
                if (!same(g.t4().get(i), r.tables().t4().cell(Table4Row.CASES, Table4Column.values()[i])))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean same(Cell expected, Cell actual)
    {
        return switch (expected.kind())
        {
            case NUMBER -> actual.isNumber() && actual.value().compareTo(expected.value()) == 0;
            case BLANK -> actual.kind() == CellKind.BLANK;
            case NOT_APPLICABLE -> actual.kind() == CellKind.NOT_APPLICABLE;
            default -> false;
        };
    }

    /**
     * @param ambiguityReported whether the report has CELL_AMBIGUOUS (an AMBIGUOUS cell is then acceptable when the
     *                          truth is among its candidates, or they were too many to list)
     * @param unreadableOk      whether an UNREADABLE cell is acceptable too (a defective run-together report)
     */
    private static void check(String where, Cell expected, Cell actual, boolean ambiguityReported, boolean unreadableOk,
            List<String> wrong, int[] ambiguous)
    {
        if (same(expected, actual))
        {
            return;
        }
        // ambiguous: the truth among the candidates, or too many candidates to list
        boolean ambiguousWithTruth = actual.kind() == CellKind.AMBIGUOUS && (actual.candidates().isEmpty()
                || (expected.isNumber() && actual.candidates().stream().anyMatch(v -> v.compareTo(expected.value()) == 0)));
        if ((ambiguityReported && ambiguousWithTruth) || (unreadableOk && (ambiguousWithTruth
                || actual.kind() == CellKind.UNREADABLE)))
        {
            ambiguous[0]++;
            return;
        }
        if (wrong.size() < 6)
        {
            wrong.add(where + ": " + describe(actual) + " instead of " + describe(expected));
        }
        else if (wrong.size() == 6)
        {
            wrong.add("…");
        }
    }

    private static String describe(Cell c)
    {
        return switch (c.kind())
        {
            case NUMBER -> c.value().toPlainString();
            case BLANK -> "blank";
            case AMBIGUOUS -> "ambiguous " + c.candidates();
            default -> c.kind() + " \"" + c.raw() + "\"";
        };
    }

    /**
     * Whether the report is INVALID and every expected finding is there: at its cell; in its row only, for a blank in
     * a layout that keeps no blank positions; for digits run together, the row's CELL_UNREADABLE also names it.
     */
    static boolean defectFound(GeneratedReport g, AnalysisResult r, Family f)
    {
        if (r.status() != Status.INVALID || r.findings() == null)
        {
            return false;
        }
        List<Finding> errors = r.findings().stream().filter(x -> x.severity() == Severity.ERROR).toList();
        boolean allThere = true;
        for (Expected e : g.expected())
        {
            boolean found = errors.stream().anyMatch(x -> x.code() == e.code() && x.location().table() == e.table()
                    && (e.row() == null || e.row().equals(x.location().row()))
                    && (e.column() == null || e.column().equals(x.location().column())));
            if (!found && e.code() == RuleCode.CELL_MISSING && !f.positions)
            {
                found = errors.stream().anyMatch(x -> x.code() == RuleCode.CELL_MISSING && x.location().table() == e.table()
                        && (e.row() == null || e.row().equals(x.location().row())));
            }
            allThere &= found;
        }
        if (allThere)
        {
            return true;
        }
        if (!f.blanks)
        {
            // digits that no longer add up split in no consistent way: the row (or table 四) is unreadable
            return errors.stream().anyMatch(x -> x.code() == RuleCode.CELL_UNREADABLE
                    || x.code() == RuleCode.T3_ROW_SUM || x.code() == RuleCode.T3_OUTCOME_SUM
                    || x.code() == RuleCode.T3_BALANCE || x.code() == RuleCode.T4_SUM);
        }
        return false;
    }

    // ---- the table

    static String table(Map<Family, Tally> tallies, long seed, long millis)
    {
        StringBuilder sb = new StringBuilder();
        sb.append("Layout round trip, seed ").append(seed).append(", ").append(millis).append(" ms\n\n");
        sb.append("| family | cases | exact | ambiguous-reported | wrong | exact rate | ambiguous in 表三/表四 | totals exact"
                + " | defects injected | missed | clean with an ERROR | ms per case |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int[] total = new int[6];
        for (Map.Entry<Family, Tally> e : tallies.entrySet())
        {
            Tally t = e.getValue();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %d | %s | %d | %d | %d | %.1f |%n",
                    e.getKey(), t.cases, t.exact, t.ambiguous, t.wrong(), rate(t.exact, t.cases), t.ambiguousTotals,
                    rate(t.totalsExact, t.cases), t.defects, t.missedDefects, t.falseAlarms,
                    t.cases == 0 ? 0.0 : t.nanos / 1e6 / t.cases));
            total[0] += t.cases;
            total[1] += t.exact;
            total[2] += t.ambiguous;
            total[3] += t.wrong();
            total[4] += t.defects;
            total[5] += t.missedDefects;
        }
        sb.append(String.format(Locale.ROOT, "| all | %d | %d | %d | %d | %s | | | %d | %d | | |%n", total[0], total[1],
                total[2], total[3], rate(total[1], total[0]), total[4], total[5]));
        return sb.toString();
    }

    private static String rate(int part, int whole)
    {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }
}
