package io.github.zwgk.annualreport.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.TableId;

/** The rule list as a whole: clean seeds, every code reachable, findings order. */
class RuleEngineTest
{
    private final RuleEngine engine = new RuleEngine();

    @Test
    void seed002FiguresPassEveryRule()
    {
        assertThat(engine.check(ReportFixture.seed002().build(), AnalysisOptions.DEFAULT)).isEmpty();
    }

    @Test
    void seed004FiguresOnlyEarnTheWarningForItsUnnumberedHeading()
    {
        List<Finding> findings = engine.check(ReportFixture.seed004().build(), AnalysisOptions.DEFAULT);
        assertThat(findings).extracting(Finding::code).containsExactly(RuleCode.HEADING_VARIANT);
        assertThat(Status.of(findings)).isEqualTo(Status.VALID_WITH_WARNINGS);
    }

    @Test
    void everyRuleCodeIsProducedByTheEngine()
    {
        Set<RuleCode> seen = EnumSet.noneOf(RuleCode.class);
        // a 2019-format report dated 2022, published late, with every kind of defect
        ReportFixture broken = ReportFixture.seed002().year(2022).published(LocalDate.of(2023, 5, 1)).title(null)
                .withoutSection(Section.PROBLEMS).duplicateHeading(Section.OVERVIEW).withoutTable(TableId.T4)
                .missingT3Row(Table3Row.PARTIALLY_DISCLOSED)
                .t3(Table3Row.CARRIED_FORWARD, 1, 0, 0, 0, 0, 0, 1)                     // T3_BALANCE
                .t3(Table3Row.DISCLOSED, Table3Column.TOTAL, 178)                        // T3_ROW_SUM
                                .t3(Table3Row.CARRIED_OVER, Table3Column.RESEARCH_INSTITUTION, Cell.BLANK)
                .t3(Table3Row.CARRIED_OVER, Table3Column.OTHER_ORGANIZATION, Cell.unreadable("x"))
                .t2(Table2Row.PENALTY, Table2Column.DECISIONS, Cell.number(new BigDecimal("-1"), "-1"))
                .t2(Table2Row.ENFORCEMENT, Table2Column.DECISIONS, Cell.number(new BigDecimal("0.5"), "0.5"))
                .narrative(new NarrativeFigures(300, null, null, null, null, null));
        seen.addAll(codes(engine.check(broken.build(), AnalysisOptions.DEFAULT.withPreviousReport(
                new PreviousReport(2021, Map.of(Table3Column.NATURAL_PERSON, BigDecimal.ONE), "prev")))));
        // the 2021-only notes, T3_OUTCOME_SUM (the first report misses a row), T4_SUM, YEAR_MISSING on a second one
        ReportFixture notes = ReportFixture.seed004().year(null).body(Section.OTHER_MATTERS, "无").body(Section.PROBLEMS, "无")
                .body(Section.OVERVIEW, "字".repeat(1001)).t4(Table4Column.REVIEW_TOTAL, 1)
                .t3(Table3Row.DISCLOSED, 0, 0, 0, 0, 0, 0, 0).t3(Table3Row.OTHER_OTHER, 13, 0, 0, 0, 0, 0, 13)
                .t3(Table3Row.TOTAL, Table3Column.COMMERCIAL_ENTERPRISE, 1);              // T3_OUTCOME_SUM
        seen.addAll(codes(engine.check(notes.build(), AnalysisOptions.DEFAULT.withExpectedAgency("某某机关"))));
        // TEXT_REPEATED: last year's report had the same sentences
        ParsedReport copied = ReportFixture.seed004().body(Section.OVERVIEW,
                "一是强化组织领导，压实工作责任。二是完善工作制度，规范发布流程。三是规范公开内容，突出重点领域。"
                        + "四是加强平台建设，优化栏目设置。五是做好解读回应，及时回应关切。").build();
        PreviousReport lastYear = new PreviousReport(2022, Map.of(), "2022.txt",
                io.github.zwgk.annualreport.engine.narrative.SentenceFingerprints.of(copied.text(), copied.layout()));
        seen.addAll(codes(engine.check(copied, AnalysisOptions.DEFAULT.withPreviousReport(lastYear))));
        // a 2021 table keeping the 2019 row （六）其他处理 (ROW_VARIANT), digits run together two ways (CELL_AMBIGUOUS)
        ReportFixture layout = ReportFixture.seed004().singleOtherProcessingRow(6, 0, 0, 0, 0, 0, 6)
                .t3(Table3Row.NEW, Table3Column.NATURAL_PERSON,
                        Cell.ambiguous("340000034", List.of(BigDecimal.valueOf(3), BigDecimal.valueOf(34))));
        seen.addAll(codes(engine.check(layout.build(), AnalysisOptions.DEFAULT)));
        assertThat(seen).containsExactlyInAnyOrder(RuleCode.values());
    }

    @Test
    void findingsAreSortedBySeverityThenByLocationInTemplateOrder()
    {
        ReportFixture f = ReportFixture.seed004().body(Section.OTHER_MATTERS, "无")     // WARNING, section 六
                .t3(Table3Row.TOTAL, Table3Column.TOTAL, 35)                             // ERROR, T3 TOTAL/TOTAL (R3, R4)
                .t3(Table3Row.NEW, Table3Column.NATURAL_PERSON, 35)                      // ERROR, T3 NEW (R3)
                .t4(Table4Column.REVIEW_TOTAL, 1)                                        // ERROR, T4
                .title(null);                                                            // WARNING, document
        List<Finding> findings = engine.check(f.build(), AnalysisOptions.DEFAULT);
        assertThat(findings).isSortedAccordingTo(RuleEngine.ORDER);
        assertThat(findings).extracting(Finding::severity).startsWith(Severity.ERROR)
                .containsSubsequence(Severity.ERROR, Severity.WARNING);
        List<Finding> errors = findings.stream().filter(x -> x.severity() == Severity.ERROR).toList();
        // table 三 (section 三) before table 四; within 三, row NEW before row TOTAL
        assertThat(errors.get(errors.size() - 1).location().table()).isEqualTo(TableId.T4);
        int newRow = indexOf(errors, "NEW");
        int totalRow = indexOf(errors, "TOTAL");
        assertThat(newRow).isLessThan(totalRow);
        List<Finding> warnings = findings.stream().filter(x -> x.severity() == Severity.WARNING).toList();
        assertThat(warnings.get(0).code()).isEqualTo(RuleCode.TITLE_MISSING);   // document-level first
    }

    private static int indexOf(List<Finding> findings, String row)
    {
        for (int i = 0; i < findings.size(); i++)
        {
            if (row.equals(findings.get(i).location().row()))
            {
                return i;
            }
        }
        return -1;
    }

    private static Set<RuleCode> codes(List<Finding> findings)
    {
        Set<RuleCode> s = EnumSet.noneOf(RuleCode.class);
        findings.forEach(f -> s.add(f.code()));
        return s;
    }
}
