package io.github.zwgk.annualreport.engine.tables;

import static io.github.zwgk.annualreport.engine.model.Table2Column.IN_FORCE;
import static io.github.zwgk.annualreport.engine.model.Table3Row.*;
import static io.github.zwgk.annualreport.engine.tables.TableAssertions.NO_LAYOUT;
import static io.github.zwgk.annualreport.engine.tables.TableAssertions.allZero;
import static io.github.zwgk.annualreport.engine.tables.TableAssertions.row;
import static io.github.zwgk.annualreport.engine.tables.TableAssertions.seed;
import static io.github.zwgk.annualreport.engine.tables.TableAssertions.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.fixtures.Growth;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.Tables;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.sections.SectionLayout.LineRange;
import io.github.zwgk.annualreport.engine.text.ReportText;

/** The five seed reports: every figure the seed shows, read cell by cell, and the format each one follows. */
class TableParserSeedTest
{
    static final String SEED_000 = "000_a58e8730852aa5b1.txt";
    static final String SEED_001 = "001_ffad424fff7c1b23.txt";
    static final String SEED_002 = "002_2e78115fb7f7c724.txt";
    static final String SEED_003 = "003_417062a3286660b0.txt";
    static final String SEED_004 = "004_84cc98fa39b35082.txt";

    private final TableParser parser = new TableParser();

    private Tables parse(String seed)
    {
        return parser.parse(text(seed(seed)), NO_LAYOUT);
    }

    // ---- seed 000: TAB rows, OCR-damaged headers, a label lost after （七）总计

    @Test
    void seed000IsA2021FormatReportWithAllTablesFound()
    {
        Tables t = parse(SEED_000);

        assertThat(t.format()).isEqualTo(TemplateFormat.FORMAT_2021);
        assertThat(t.t2().found()).isTrue();
        assertThat(t.t3().found()).isTrue();
        assertThat(t.t4().found()).isTrue();
        assertThat(t.t2().line()).isEqualTo(47); // 第二十条第(一)项
        assertThat(t.t3().line()).isEqualTo(65); // the first header row after the heading
        assertThat(t.t4().line()).isEqualTo(97);
    }

    @Test
    void seed000KeepsTheBlankInForceCellOfNormativeDocumentsBlank()
    {
        Tables t = parse(SEED_000);

        row(t.t2(), Table2Row.REGULATIONS, "0 0 0");
        row(t.t2(), Table2Row.NORMATIVE_DOCUMENTS, "0 0 _");
        assertThat(t.t2().cell(Table2Row.NORMATIVE_DOCUMENTS, IN_FORCE)).isEqualTo(Cell.BLANK);
        row(t.t2(), Table2Row.LICENSING, "0");
        row(t.t2(), Table2Row.PENALTY, "0");
        row(t.t2(), Table2Row.ENFORCEMENT, "0");
        row(t.t2(), Table2Row.FEES, "0");
        assertThat(t.t2().missingRows()).isEmpty();
        assertThat(t.t2().rows()).hasSize(6);
    }

    @Test
    void seed000RecoversTheUnlabelledCarriedForwardRowAfterTheTotal()
    {
        Tables t = parse(SEED_000);

        assertThat(t.t3().rows()).hasSize(25);
        assertThat(t.t3().missingRows()).isEmpty();
        row(t.t3(), CARRIED_FORWARD, "0 0 0 0 0 0 0");
        row(t.t3(), TOTAL, "0 0 0 0 0 0 0");
        // the (六) sub-rows split across a blank line, and the "(=)" OCR for (二)
        row(t.t3(), OTHER_NO_CORRECTION, "0 0 0 0 0 0 0");
        row(t.t3(), OTHER_FEE_UNPAID, "0 0 0 0 0 0 0");
        row(t.t3(), OTHER_OTHER, "0 0 0 0 0 0 0");
        row(t.t3(), PARTIALLY_DISCLOSED, "0 0 0 0 0 0 0");
        allZero(t.t3());
        allZero(t.t4());
    }

    @Test
    void seed000ReadsTheSameWithTheSectionLayoutAsHint()
    {
        // The headings as a section parser finds them: 一 line 3, 二 45, 三 63, 四 95, 五 102, 六 108.
        SectionLayout layout = new SectionLayout(List.of(), Map.of(
                Section.OVERVIEW, new LineRange(4, 45),
                Section.ACTIVE_DISCLOSURE, new LineRange(46, 63),
                Section.APPLICATIONS, new LineRange(64, 95),
                Section.REVIEW_LITIGATION, new LineRange(96, 102),
                Section.PROBLEMS, new LineRange(103, 108),
                Section.OTHER_MATTERS, new LineRange(109, 111)));

        Tables withLayout = parser.parse(text(seed(SEED_000)), layout);

        assertThat(withLayout).isEqualTo(parse(SEED_000));
    }

    @Test
    void seed002IgnoresALayoutThatTakesARowOfTable3ForHeading4()
    {
        // line 256 is "四、结转下年度继续办理 |", a row; a careless section parser could take it for heading 四
        ReportText text = text(seed(SEED_002));
        assertThat(text.line(256)).startsWith("四、结转下年度继续办理");
        SectionLayout layout = new SectionLayout(List.of(), Map.of(
                Section.OVERVIEW, new LineRange(2, 11),
                Section.APPLICATIONS, new LineRange(66, 256),
                Section.REVIEW_LITIGATION, new LineRange(257, 299)));

        Tables t = parser.parse(text, layout);

        assertThat(t).isEqualTo(parse(SEED_002));
        row(t.t3(), CARRIED_FORWARD, "0 0 0 0 0 0 0");
    }

    // ---- seed 001: TAB rows, a label whose values stand on the next line

    @Test
    void seed001ReadsTheValuesOfDisclosedFromTheLineAfterItsLabel()
    {
        Tables t = parse(SEED_001);

        assertThat(t.format()).isEqualTo(TemplateFormat.FORMAT_2021);
        row(t.t3(), DISCLOSED, "0 0 0 0 0 0 0");
        row(t.t3(), PARTIALLY_DISCLOSED, "0 0 0 0 0 0 0");
        row(t.t3(), TOTAL, "0 0 0 0 0 0 0");
        row(t.t3(), CARRIED_FORWARD, "0 0 0 0 0 0 0");
        row(t.t2(), Table2Row.NORMATIVE_DOCUMENTS, "0 0 0");
        row(t.t2(), Table2Row.FEES, "0");
        assertThat(t.t3().rows()).hasSize(25);
        allZero(t.t2());
        allZero(t.t3());
        allZero(t.t4());
        assertThat(t.t2().line()).isEqualTo(23);
        assertThat(t.t3().line()).isEqualTo(40);
        assertThat(t.t4().line()).isEqualTo(73);
    }

    // ---- seed 002: one cell per line ending in " |", 2019 format

    @Test
    void seed002ReadsTable2InThe2019Format()
    {
        Tables t = parse(SEED_002);

        assertThat(t.format()).isEqualTo(TemplateFormat.FORMAT_2019);
        assertThat(t.t2().rows()).hasSize(8);
        assertThat(t.t2().missingRows()).isEmpty();
        row(t.t2(), Table2Row.REGULATIONS, "1 1 1");
        row(t.t2(), Table2Row.NORMATIVE_DOCUMENTS, "24 17 17");
        row(t.t2(), Table2Row.LICENSING, "4 0 0");
        row(t.t2(), Table2Row.OTHER_SERVICES, "0 0 0");
        row(t.t2(), Table2Row.PENALTY, "0 0 0");
        row(t.t2(), Table2Row.ENFORCEMENT, "0 0 0");
        row(t.t2(), Table2Row.FEES, "0 0");
        row(t.t2(), Table2Row.PROCUREMENT, "0 0");
    }

    @Test
    void seed002ReadsEveryFigureOfTable3()
    {
        Tables t = parse(SEED_002);

        assertThat(t.t3().rows()).hasSize(23);
        assertThat(t.t3().missingRows()).isEmpty();
        row(t.t3(), NEW, "115 42 0 0 0 112 269");
        row(t.t3(), CARRIED_OVER, "0 0 0 0 0 0 0");
        row(t.t3(), DISCLOSED, "83 42 0 0 0 54 179");
        row(t.t3(), WITHHELD_SAFETY_STABILITY, "0 0 0 0 0 12 12");
        row(t.t3(), WITHHELD_INTERNAL_AFFAIRS, "0 0 0 0 0 46 46");
        row(t.t3(), WITHHELD_ADMINISTRATIVE_QUERY, "32 0 0 0 0 0 32");
        row(t.t3(), OTHER_PROCESSING, "0 0 0 0 0 0 0");
        row(t.t3(), TOTAL, "115 42 0 0 0 112 269");
        row(t.t3(), CARRIED_FORWARD, "0 0 0 0 0 0 0");
        for (Table3Row r : List.of(PARTIALLY_DISCLOSED, WITHHELD_STATE_SECRET, WITHHELD_PROHIBITED_BY_LAW,
                WITHHELD_THIRD_PARTY_RIGHTS, WITHHELD_PROCESS_INFORMATION, WITHHELD_ENFORCEMENT_FILE,
                UNAVAILABLE_NOT_HELD, UNAVAILABLE_NEEDS_CREATION, UNAVAILABLE_STILL_UNCLEAR, NOT_PROCESSED_PETITION,
                NOT_PROCESSED_REPEATED, NOT_PROCESSED_PUBLICATION, NOT_PROCESSED_EXCESSIVE,
                NOT_PROCESSED_CONFIRMATION))
        {
            row(t.t3(), r, "0 0 0 0 0 0 0");
        }
        allZero(t.t4());
        assertThat(t.t3().line()).isEqualTo(66);
    }

    // ---- seed 003: '|' cells with filler lines, 2019 format, a non-zero table 四

    @Test
    void seed003ReadsTables3And4()
    {
        Tables t = parse(SEED_003);

        assertThat(t.format()).isEqualTo(TemplateFormat.FORMAT_2019);
        allZero(t.t2());
        assertThat(t.t2().rows()).hasSize(8);
        row(t.t3(), NEW, "20 0 0 0 0 0 20");
        row(t.t3(), CARRIED_OVER, "0 0 0 0 0 0 0");
        row(t.t3(), DISCLOSED, "5 0 0 0 0 0 5");
        row(t.t3(), PARTIALLY_DISCLOSED, "4 0 0 0 0 0 4");
        row(t.t3(), WITHHELD_ENFORCEMENT_FILE, "1 0 0 0 0 0 1");
        row(t.t3(), WITHHELD_ADMINISTRATIVE_QUERY, "1 0 0 0 0 0 1");
        row(t.t3(), UNAVAILABLE_NOT_HELD, "9 0 0 0 0 0 9");
        row(t.t3(), OTHER_PROCESSING, "0 0 0 0 0 0 0");
        row(t.t3(), TOTAL, "20 0 0 0 0 0 20");
        row(t.t3(), CARRIED_FORWARD, "0 0 0 0 0 0 0");
        assertThat(t.t3().missingRows()).isEmpty();
        row(t.t4(), Table4Row.CASES, "3 0 0 0 3 0 0 0 0 0 0 0 0 0 0");
        assertThat(t.t4().line()).isEqualTo(311);
    }

    // ---- seed 004: one cell per TAB-indented line, labels broken over lines, 2021 format

    @Test
    void seed004ReadsTable2WithItsAmounts()
    {
        Tables t = parse(SEED_004);

        assertThat(t.format()).isEqualTo(TemplateFormat.FORMAT_2021);
        row(t.t2(), Table2Row.REGULATIONS, "0 0 0");
        row(t.t2(), Table2Row.NORMATIVE_DOCUMENTS, "2 3 14");
        row(t.t2(), Table2Row.LICENSING, "28364");
        row(t.t2(), Table2Row.PENALTY, "1021");
        row(t.t2(), Table2Row.ENFORCEMENT, "623");
        row(t.t2(), Table2Row.FEES, "924.19");
        assertThat(t.t2().missingRows()).isEmpty();
    }

    @Test
    void seed004ReadsTable3ThroughLabelsBrokenOverLines()
    {
        Tables t = parse(SEED_004);

        assertThat(t.t3().rows()).hasSize(25);
        assertThat(t.t3().missingRows()).isEmpty();
        row(t.t3(), NEW, "34 0 0 0 0 0 34");
        row(t.t3(), CARRIED_OVER, "0 0 0 0 0 0 0");
        row(t.t3(), DISCLOSED, "12 0 0 0 0 0 12");
        row(t.t3(), PARTIALLY_DISCLOSED, "4 0 0 0 0 0 4");
        row(t.t3(), WITHHELD_STATE_SECRET, "1 0 0 0 0 0 1");
        row(t.t3(), WITHHELD_PROHIBITED_BY_LAW, "2 0 0 0 0 0 2");
        row(t.t3(), UNAVAILABLE_NOT_HELD, "2 0 0 0 0 0 2");
        row(t.t3(), UNAVAILABLE_STILL_UNCLEAR, "4 0 0 0 0 0 4");
        row(t.t3(), NOT_PROCESSED_PETITION, "1 0 0 0 0 0 1");
        row(t.t3(), NOT_PROCESSED_REPEATED, "2 0 0 0 0 0 2");
        row(t.t3(), OTHER_NO_CORRECTION, "5 0 0 0 0 0 5");
        row(t.t3(), OTHER_FEE_UNPAID, "0 0 0 0 0 0 0");
        row(t.t3(), OTHER_OTHER, "1 0 0 0 0 0 1");
        row(t.t3(), TOTAL, "34 0 0 0 0 0 34");
        row(t.t3(), CARRIED_FORWARD, "0 0 0 0 0 0 0");
        for (Table3Row r : List.of(WITHHELD_SAFETY_STABILITY, WITHHELD_THIRD_PARTY_RIGHTS, WITHHELD_INTERNAL_AFFAIRS,
                WITHHELD_PROCESS_INFORMATION, WITHHELD_ENFORCEMENT_FILE, WITHHELD_ADMINISTRATIVE_QUERY,
                UNAVAILABLE_NEEDS_CREATION, NOT_PROCESSED_PUBLICATION, NOT_PROCESSED_EXCESSIVE,
                NOT_PROCESSED_CONFIRMATION))
        {
            row(t.t3(), r, "0 0 0 0 0 0 0");
        }
        allZero(t.t4());
    }

    // ---- speed

    @Test
    void everySeedParsesInAFewMilliseconds()
    {
        String[] seeds = {SEED_000, SEED_001, SEED_002, SEED_003, SEED_004};
        for (String s : seeds)
        {
            ReportText t = text(seed(s));
            for (int i = 0; i < 50; i++)
            {
                parser.parse(t, NO_LAYOUT); // warm-up
            }
            int runs = 200;
            long start = Growth.cpuNanos();
            for (int i = 0; i < runs; i++)
            {
                parser.parse(t, NO_LAYOUT);
            }
            double micros = (Growth.cpuNanos() - start) / 1000.0 / runs;
            System.out.printf("TableParser %s: %d lines, %.1f µs CPU per parse%n", s, t.size(), micros);
            // CPU time (not inflated by other processes); measured 0.3–2.6 ms: a wide margin, speed is the benchmark's
            assertThat(micros).as("µs of CPU per parse of %s", s).isLessThan(20_000);
        }
    }
}
