package io.github.zwgk.annualreport.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.generator.TextLayouts;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TableId;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * Layouts seen in reports published on government portals (looked at in the text those pages give: one line per
 * cell, "cell |" lines, Markdown rows, the body on one line, PDF text), each rebuilt here with our own text and
 * figures, through the whole engine. The page each is modelled on is named in the test's comment by its kind of agency
 * and year; nothing of the pages is copied.
 */
class RealLayoutsTest
{
    private final ReportAnalyzer analyzer = new ReportAnalyzer();

    /** Our figures for a 2021-format report: 64 new applications (the 64|0|0|2|0|4|70), consistent. */
    static final Map<Table3Row, String> T3 = Map.ofEntries(
            Map.entry(Table3Row.NEW, "64 0 0 2 0 4 70"),
            Map.entry(Table3Row.CARRIED_OVER, "3 0 0 0 0 0 3"),
            Map.entry(Table3Row.DISCLOSED, "30 0 0 1 0 2 33"),
            Map.entry(Table3Row.PARTIALLY_DISCLOSED, "5 0 0 0 0 0 5"),
            Map.entry(Table3Row.WITHHELD_THIRD_PARTY_RIGHTS, "2 0 0 0 0 0 2"),
            Map.entry(Table3Row.UNAVAILABLE_NOT_HELD, "20 0 0 1 0 1 22"),
            Map.entry(Table3Row.UNAVAILABLE_NEEDS_CREATION, "1 0 0 0 0 0 1"),
            Map.entry(Table3Row.NOT_PROCESSED_PETITION, "3 0 0 0 0 0 3"),
            Map.entry(Table3Row.NOT_PROCESSED_REPEATED, "1 0 0 0 0 0 1"),
            Map.entry(Table3Row.OTHER_NO_CORRECTION, "2 0 0 0 0 1 3"),
            Map.entry(Table3Row.TOTAL, "64 0 0 2 0 4 70"),
            Map.entry(Table3Row.CARRIED_FORWARD, "3 0 0 0 0 0 3"));
    static final String T4 = "2 1 0 1 4 1 0 0 0 1 0 0 0 0 0";

    static String figures(Table3Row r)
    {
        return T3.getOrDefault(r, "0 0 0 0 0 0 0");
    }

    /** The labels of 表三 as a report writes them, the group and "三、本年度办理结果" in front of their first row. */
    static List<String[]> t3Rows(TemplateFormat format, boolean singleOther)
    {
        List<String[]> rows = new ArrayList<>();
        String group = null;
        for (Table3Row r : Table3Row.rows(format))
        {
            if (singleOther && (r == Table3Row.OTHER_FEE_UNPAID || r == Table3Row.OTHER_OTHER))
            {
                continue;
            }
            Table3Row row = singleOther && r == Table3Row.OTHER_NO_CORRECTION ? Table3Row.OTHER_PROCESSING : r;
            List<String> labels = new ArrayList<>();
            if (row == Table3Row.DISCLOSED)
            {
                labels.add("三、本年度办理结果");
            }
            if (row.group() != null && !row.group().equals(group))
            {
                labels.add(row.group());
            }
            group = row.group();
            labels.add(row.label());
            labels.add(row.name());
            rows.add(labels.toArray(new String[0]));
        }
        return rows;
    }

    private AnalysisResult text(String text)
    {
        return analyzer.analyzeText(text, "report.txt", AnalysisOptions.DEFAULT);
    }

    private static void t3Row(AnalysisResult r, Table3Row row, String expected)
    {
        List<String> got = new ArrayList<>();
        for (Table3Column c : Table3Column.values())
        {
            got.add(token(r.tables().t3().cell(row, c)));
        }
        assertThat(got).as("表三 %s", row).containsExactly(expected.split(" "));
    }

    private static void t4(AnalysisResult r, String expected)
    {
        List<String> got = new ArrayList<>();
        for (Table4Column c : Table4Column.values())
        {
            got.add(token(r.tables().t4().cell(Table4Row.CASES, c)));
        }
        assertThat(got).as("表四").containsExactly(expected.split(" "));
    }

    private static String token(Cell c)
    {
        return switch (c.kind())
        {
            case NUMBER -> c.value().toPlainString();
            case BLANK -> "_";
            case NOT_APPLICABLE -> "NA";
            case UNREADABLE -> "?";
            case AMBIGUOUS -> "~";
        };
    }

    /** Every cell of 表三 and 表四 as our figures have them. */
    private static void allFigures(AnalysisResult r, TemplateFormat format)
    {
        for (String[] row : t3Rows(format, false))
        {
            Table3Row id = Table3Row.valueOf(row[row.length - 1]);
            t3Row(r, id, figures(id));
        }
        t4(r, T4);
    }

    private static List<Finding> errors(AnalysisResult r)
    {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    // ---- the report around the tables

    static final String TITLE = "某某市某某局2023年政府信息公开工作年度报告";
    static final String PREAMBLE = "本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自2023年1月1日起至2023年12月31日止。现将有关情况报告如下：";
    static final String OVERVIEW = "2023年，我局坚持以公开为常态、不公开为例外，全年主动公开政府信息312条，办理政府信息公开申请67件。";
    static final String PROBLEMS = "存在问题：一是政策解读形式较为单一；二是部分栏目更新不够及时。下一步我局将加强培训，完善制度。";
    static final String OTHER = "本年度未收取政府信息公开信息处理费。";

    /** 表二 of 2021 as label/values rows ("第二十条" blocks and their headers as rows without values). */
    static List<String[]> t2Rows2021()
    {
        return List.of(new String[] {"第二十条第（一）项"}, new String[] {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"},
                new String[] {"规章", "0", "0", "0"}, new String[] {"行政规范性文件", "3", "1", "27"},
                new String[] {"第二十条第（五）项"}, new String[] {"信息内容", "本年处理决定数量"},
                new String[] {"行政许可", "156"}, new String[] {"第二十条第（六）项"}, new String[] {"信息内容", "本年处理决定数量"},
                new String[] {"行政处罚", "42"}, new String[] {"行政强制", "5"}, new String[] {"第二十条第（八）项"},
                new String[] {"信息内容", "本年收费金额（单位：万元）"}, new String[] {"行政事业性收费", "12.5"});
    }

    static final String[] T3_HEADER = {"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人",
        "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};
    static final String[] T4_HEADER = {"行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉",
        "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};

    /**
     * The whole report as a sequence of tokens (headings, paragraphs, labels, values), 表三 values through
     * {@code values} (a row's figures → what the page writes for them).
     */
    static List<String> tokens(Function<String, String> values)
    {
        List<String> t = new ArrayList<>(List.of(TITLE, PREAMBLE, "一、总体情况", OVERVIEW, "二、主动公开政府信息情况"));
        for (String[] row : t2Rows2021())
        {
            t.addAll(List.of(row));
        }
        t.add("三、收到和处理政府信息公开申请情况");
        t.addAll(List.of(T3_HEADER));
        for (String[] row : t3Rows(TemplateFormat.FORMAT_2021, false))
        {
            t.addAll(List.of(row).subList(0, row.length - 1));
            t.add(values.apply(figures(Table3Row.valueOf(row[row.length - 1]))));
        }
        t.add("四、政府信息公开行政复议、行政诉讼情况");
        t.addAll(List.of(T4_HEADER));
        t.add(values.apply(T4));
        t.addAll(List.of("五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER));
        return t;
    }

    // ---- 1–2: the body on one line

    /**
     * A 市直部门 2023 report copied from its web page: title, preamble "…报告如下：", every heading, paragraph and cell on
     * one line, separated by single spaces (the way the 国办公开办函 notices themselves are re-posted).
     */
    @Test
    void readsABodyWrittenOnOneLineWithSingleSpaces()
    {
        AnalysisResult r = text(String.join(" ", tokens(v -> v)));

        assertThat(errors(r)).isEmpty();
        assertThat(r.reportYear()).isEqualTo(2023);
        assertThat(r.format()).isEqualTo(TemplateFormat.FORMAT_2021);
        assertThat(r.sections()).extracting(h -> h.section()).containsExactly(Section.values());
        allFigures(r, TemplateFormat.FORMAT_2021);
        assertThat(r.tables().t2().cell(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE).value()).isEqualByComparingTo("27");
        assertThat(r.tables().t2().cell(Table2Row.FEES, Table2Column.FEE_AMOUNT).value()).isEqualByComparingTo("12.5");
    }

    /**
     * The same page as a crawler dumps it: one line, and each row's cells written against each other
     * ("一、本年新收政府信息公开申请数量640020470"). The template's sums tell 64|0|0|2|0|4|70 apart from every other split.
     */
    @Test
    void splitsTheRunTogetherDigitsOfEachRowByTheTemplatesSums()
    {
        AnalysisResult r = text(String.join("", tokens(v -> v.replace(" ", ""))));

        assertThat(errors(r)).isEmpty();
        assertThat(r.reportYear()).isEqualTo(2023);
        allFigures(r, TemplateFormat.FORMAT_2021);
        assertThat(r.tables().t3().cell(Table3Row.NEW, Table3Column.TOTAL).raw()).isEqualTo("70");
        // 表二 has no sum inside a row: "行政规范性文件3127" is 3|1|27 or 3|12|7 or 31|2|7 — named, not guessed
        assertThat(r.tables().t2().cell(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE).candidates())
                .containsExactly(BigDecimal.valueOf(7), BigDecimal.valueOf(27));
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.CELL_AMBIGUOUS).singleElement()
                .satisfies(f -> assertThat(f.location().row()).isEqualTo("NORMATIVE_DOCUMENTS"));
        assertThat(r.tables().t2().cell(Table2Row.LICENSING, Table2Column.DECISIONS_THIS_YEAR).value()).isEqualByComparingTo("156");
        assertThat(r.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
    }

    /**
     * Run-together digits that two readings fit: 表四 "3300033…" is 3|30|0|0|33 or 33|0|0|0|33. The engine names both
     * instead of guessing (CELL_AMBIGUOUS, a warning); the totals it can tell are read.
     */
    @Test
    void namesTheCandidatesWhenRunTogetherDigitsSplitTwoWays()
    {
        String review = "3 30 0 0 33 0 0 0 0 0 0 0 0 0 0";
        List<String> tokens = tokens(v -> v.replace(" ", ""));
        tokens.set(tokens.indexOf(T4.replace(" ", "")), review.replace(" ", ""));

        AnalysisResult r = text(String.join("", tokens));

        assertThat(errors(r)).isEmpty();
        t4(r, "~ ~ 0 0 33 0 0 0 0 0 0 0 0 0 0");
        assertThat(r.tables().t4().cell(Table4Row.CASES, Table4Column.REVIEW_UPHELD).candidates())
                .containsExactly(BigDecimal.valueOf(3), BigDecimal.valueOf(33));
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.CELL_AMBIGUOUS && f.location().table() == TableId.T4)
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("3300033").contains("3 或 33").contains("0 或 30"));
        assertThat(r.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
    }

    /** Run-together digits of a row that does not add up split no way: CELL_UNREADABLE for the row, INVALID. */
    @Test
    void reportsRunTogetherDigitsThatSplitNoWayAsUnreadable()
    {
        List<String> tokens = tokens(v -> v.replace(" ", ""));
        tokens.set(tokens.indexOf("640020470"), "640020471");

        AnalysisResult r = text(String.join("", tokens));

        assertThat(r.status()).isEqualTo(Status.INVALID);
        assertThat(errors(r)).filteredOn(f -> f.code() == RuleCode.CELL_UNREADABLE).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().row()).isEqualTo("NEW");
                    assertThat(f.message()).contains("640020471");
                });
    }

    // ---- 3–6: cells one per line or pipe-separated

    /**
     * A 区统计局 2023 page that writes each {@code <td>} as "text |" on a line of its own, an empty cell as a lone "|"
     * and row ends as "||": its 表三 rows leave the six applicant cells blank and fill only 总计.
     */
    @Test
    void readsCellsClosedByPipesWithLoneEmptyCellsAtTheirPositions()
    {
        List<String> lines = new ArrayList<>(List.of(TITLE, "一、总体情况", OVERVIEW, "二、主动公开政府信息情况"));
        for (String[] row : t2Rows2021())
        {
            for (String cell : row)
            {
                lines.add(cell + " |");
            }
            lines.add(row.length == 1 ? "|||" : "||");
        }
        lines.add("三、收到和处理政府信息公开申请情况");
        for (String h : T3_HEADER)
        {
            lines.add(h + " |");
        }
        lines.add("|||||");
        for (String[] row : t3Rows(TemplateFormat.FORMAT_2021, false))
        {
            for (int i = 0; i < row.length - 1; i++)
            {
                lines.add(row[i] + " |");
            }
            String[] v = figures(Table3Row.valueOf(row[row.length - 1])).split(" ");
            for (int i = 0; i < 6; i++)
            {
                lines.add("|");
            }
            lines.add(v[6] + " |");
            lines.add("||");
        }
        lines.add("四、政府信息公开行政复议、行政诉讼情况");
        for (String h : T4_HEADER)
        {
            lines.add(h + " |");
        }
        for (String v : T4.split(" "))
        {
            lines.add(v + " |");
        }
        lines.addAll(List.of("五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER));

        AnalysisResult r = text(String.join("\n", lines));

        t3Row(r, Table3Row.NEW, "_ _ _ _ _ _ 70");
        t3Row(r, Table3Row.UNAVAILABLE_NOT_HELD, "_ _ _ _ _ _ 22");
        t4(r, T4);
        assertThat(r.tables().t2().cell(Table2Row.LICENSING, Table2Column.DECISIONS_THIS_YEAR).value()).isEqualByComparingTo("156");
        assertThat(errors(r)).extracting(Finding::code).containsOnly(RuleCode.CELL_MISSING);
        // the six blank applicant cells of the row, found at their columns, are one finding naming the row
        assertThat(r.tables().t3().cell(Table3Row.NEW, Table3Column.NATURAL_PERSON).kind()).isEqualTo(CellKind.BLANK);
        assertThat(r.tables().t3().cell(Table3Row.NEW, Table3Column.OTHER_ORGANIZATION).kind()).isEqualTo(CellKind.BLANK);
        // every row left them blank: CELL_MISSING names the six columns (one finding each, grouped)
        assertThat(errors(r)).extracting(f -> f.location().column()).contains("NATURAL_PERSON", "COMMERCIAL_ENTERPRISE",
                "RESEARCH_INSTITUTION", "PUBLIC_INTEREST_ORGANIZATION", "LEGAL_SERVICE_INSTITUTION", "OTHER_ORGANIZATION");
    }

    /** A 镇 2023 page that writes every cell on a line and a "|" line after each (a separator, not a cell). */
    @Test
    void readsCellsSeparatedByPipeLines()
    {
        List<String> lines = new ArrayList<>(List.of(TITLE, "一、总体情况", OVERVIEW, "二、主动公开政府信息情况", "该部分以表格形式报告。表格如下："));
        for (String[] row : t2Rows2021())
        {
            for (String cell : row)
            {
                lines.add(cell);
                lines.add("|");
            }
        }
        lines.addAll(List.of("三、收到和处理政府信息公开申请情况", "该部分以表格形式报告。表格如下："));
        for (String h : T3_HEADER)
        {
            lines.add(h);
            lines.add("|");
        }
        for (String[] row : t3Rows(TemplateFormat.FORMAT_2021, false))
        {
            for (int i = 0; i < row.length - 1; i++)
            {
                lines.add(row[i]);
                lines.add("|");
            }
            for (String v : figures(Table3Row.valueOf(row[row.length - 1])).split(" "))
            {
                lines.add(v);
                lines.add("|");
            }
        }
        lines.add("四、政府信息公开行政复议、行政诉讼情况");
        for (String h : T4_HEADER)
        {
            lines.add(h);
            lines.add("|");
        }
        for (String v : T4.split(" "))
        {
            lines.add(v);
            lines.add("|");
        }
        lines.addAll(List.of("五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER));

        AnalysisResult r = text(String.join("\n", lines));

        assertThat(errors(r)).isEmpty();
        allFigures(r, TemplateFormat.FORMAT_2021);
    }

    /**
     * A 市直局 2023 page in Markdown: "| 第二十条  第(一)项 | |||" (outer pipes, empty trailing cells run together),
     * header rows with trailing "|||||", value rows with a trailing empty cell.
     */
    @Test
    void readsMarkdownRowsWithOuterPipesAndTrailingEmptyCells()
    {
        List<String> lines = new ArrayList<>(List.of(TITLE, "一、总体情况", OVERVIEW, "二、主动公开政府信息情况"));
        for (String[] row : t2Rows2021())
        {
            lines.add("| " + String.join(" | ", row) + " | " + "|".repeat(4 - row.length + 1));
        }
        lines.add("三、收到和处理政府信息公开申请情况");
        lines.add("| " + T3_HEADER[0] + " | " + T3_HEADER[1] + " | ||||||||");
        lines.add("| 自然人 | 法人或其他组织 | 总计 | |||||||");
        lines.add("| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||");
        for (String[] row : t3Rows(TemplateFormat.FORMAT_2021, false))
        {
            String labels = String.join(" | ", List.of(row).subList(0, row.length - 1));
            lines.add("| " + labels + " | " + figures(Table3Row.valueOf(row[row.length - 1])).replace(" ", " | ") + " | ||");
        }
        lines.add("四、政府信息公开行政复议、行政诉讼情况");
        lines.add("| 行政复议 | 行政诉讼 | |||||||||||||");
        lines.add("| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||");
        lines.add("| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||");
        lines.add("| " + T4.replace(" ", " | ") + " |");
        lines.addAll(List.of("五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER));

        AnalysisResult r = text(String.join("\n", lines));

        assertThat(errors(r)).isEmpty();
        allFigures(r, TemplateFormat.FORMAT_2021);
        assertThat(r.tables().t2().cell(Table2Row.FEES, Table2Column.FEE_AMOUNT).value()).isEqualByComparingTo("12.5");
    }

    /**
     * A 县直局 2023 page: "cell | cell |" rows, the header "商业 | 科研 |" wrapped onto "企业 | 机构 |", and rows that
     * leave the applicant cells between 自然人 and 总计 empty ("| 0 | | | | | | 0 |"): blank at their columns.
     */
    @Test
    void keepsEmptyCellsOfPipeRowsAtTheirColumns()
    {
        List<String> lines = new ArrayList<>(List.of(TITLE, "一、总体情况", OVERVIEW, "二、主动公开政府信息情况"));
        for (String[] row : t2Rows2021())
        {
            lines.add(String.join(" | ", row) + " |");
        }
        lines.addAll(List.of("三、收到和处理政府信息公开申请情况", T3_HEADER[0] + " | 申请人情况 |", "自然人 | 法人或其他组织 | 总计 |",
                "商业 | 科研 | 社会公益组织 | 法律服务机构 | 其他 |", "企业 | 机构 |"));
        for (String[] row : t3Rows(TemplateFormat.FORMAT_2021, false))
        {
            String[] v = figures(Table3Row.valueOf(row[row.length - 1])).split(" ");
            String labels = String.join(" | ", List.of(row).subList(0, row.length - 1));
            lines.add((row.length > 2 && !row[0].startsWith("三") ? "| " : "") + labels + " | " + v[0] + " | | | | | | " + v[6] + " |");
        }
        lines.add("四、政府信息公开行政复议、行政诉讼情况");
        lines.add("行政复议 | 行政诉讼 |");
        lines.add("结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |");
        lines.add("结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |");
        lines.add(T4.replace(" ", " | ") + " |");
        lines.addAll(List.of("五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER));

        AnalysisResult r = text(String.join("\n", lines));

        t3Row(r, Table3Row.NEW, "64 _ _ _ _ _ 70");
        t3Row(r, Table3Row.WITHHELD_THIRD_PARTY_RIGHTS, "2 _ _ _ _ _ 2");
        t4(r, T4);
        assertThat(errors(r)).extracting(Finding::code).containsOnly(RuleCode.CELL_MISSING);
        // the five blank applicant cells of （七）总计 stay blank at their columns (CELL_MISSING, grouped as the rule groups)
        for (Table3Column c : List.of(Table3Column.COMMERCIAL_ENTERPRISE, Table3Column.RESEARCH_INSTITUTION,
                Table3Column.PUBLIC_INTEREST_ORGANIZATION, Table3Column.LEGAL_SERVICE_INSTITUTION,
                Table3Column.OTHER_ORGANIZATION))
        {
            assertThat(r.tables().t3().cell(Table3Row.TOTAL, c).kind()).as(c.name()).isEqualTo(CellKind.BLANK);
        }
        assertThat(errors(r)).isNotEmpty();
    }

    // ---- 7: a 2019 report whose sub-row labels were lost

    /**
     * A 区直局 2019 page (one cell per "text |" line) that kept only the group cell "（三）不予公开" and wrote the 56
     * values of its eight sub-rows after it, and a 本年增/减 written "减4": the values fill the eight rows in template
     * order, "减4" is −4.
     */
    @Test
    void givesTheValuesOfAWholeGroupWhoseLabelsWereLostToItsRows()
    {
        List<String> lines = new ArrayList<>(List.of("某某区某某局2019年政府信息公开工作年度报告", "一、总体情况", OVERVIEW,
                "二、主动公开政府信息情况"));
        String[][] t2 = {{"第二十条第（一）项"}, {"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"}, {"规章", "0", "0", "0"},
            {"规范性文件", "0", "0", "0"}, {"第二十条第（五）项"}, {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"},
            {"行政许可", "6", "减4", "2"}, {"其他对外管理服务事项", "0", "0", "0"}, {"第二十条第（六）项"},
            {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"}, {"行政处罚", "2", "0", "2"}, {"行政强制", "0", "0", "0"},
            {"第二十条第（八）项"}, {"信息内容", "上一年项目数量", "本年增/减"}, {"行政事业性收费", "0", "0"}, {"第二十条第（九）项"},
            {"信息内容", "采购项目数量", "采购总金额"}, {"政府集中采购", "6", "52.15"}};
        for (String[] row : t2)
        {
            for (String cell : row)
            {
                lines.add(cell + " |");
            }
        }
        lines.add("三、收到和处理政府信息公开申请情况");
        for (String h : T3_HEADER)
        {
            lines.add(h + " |");
        }
        String withheld = "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1 0 0 0 0 0 1 "
                + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0";
        for (String[] row : t3Rows(TemplateFormat.FORMAT_2019, false))
        {
            Table3Row id = Table3Row.valueOf(row[row.length - 1]);
            if (id.group() != null && id.group().startsWith("（三）"))
            {
                if (id == Table3Row.WITHHELD_STATE_SECRET)
                {
                    lines.add("（三）不予公开 |");
                    for (String v : withheld.split(" "))
                    {
                        lines.add(v + " |");
                    }
                }
                continue;
            }
            for (int i = 0; i < row.length - 1; i++)
            {
                lines.add(row[i] + " |");
            }
            String v = switch (id)
            {
                case NEW, TOTAL -> "4 0 0 0 0 0 4";
                case DISCLOSED -> "3 0 0 0 0 0 3";
                default -> "0 0 0 0 0 0 0";
            };
            for (String x : v.split(" "))
            {
                lines.add(x + " |");
            }
        }
        lines.add("四、政府信息公开行政复议、行政诉讼情况");
        for (String h : T4_HEADER)
        {
            lines.add(h + " |");
        }
        for (int i = 0; i < 15; i++)
        {
            lines.add("0 |");
        }
        lines.addAll(List.of("五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", "无。"));

        AnalysisResult r = text(String.join("\n", lines));

        assertThat(r.format()).isEqualTo(TemplateFormat.FORMAT_2019);
        assertThat(r.tables().t3().missingRows()).isEmpty();
        t3Row(r, Table3Row.WITHHELD_THIRD_PARTY_RIGHTS, "0 0 0 0 0 0 0");
        t3Row(r, Table3Row.WITHHELD_INTERNAL_AFFAIRS, "1 0 0 0 0 0 1");
        t3Row(r, Table3Row.WITHHELD_ADMINISTRATIVE_QUERY, "0 0 0 0 0 0 0");
        assertThat(r.tables().t2().cell(Table2Row.LICENSING, Table2Column.CHANGE).value()).isEqualByComparingTo("-4");
        assertThat(r.tables().t2().cell(Table2Row.PROCUREMENT, Table2Column.PROCUREMENT_AMOUNT).value())
                .isEqualByComparingTo("52.15");
        assertThat(errors(r)).isEmpty();
    }

    // ---- 8–9: PDF text of 表四's header

    /**
     * A 区审计局 2020 PDF whose 表四 header is set in narrow columns, one character per line ("结 结 其 尚" / "果 果 他 未"
     * …), so no header word survives; the values are the line after, and the heading after 表三 opens the table.
     */
    @Test
    void readsTable4WhoseHeaderWordsAreCutIntoCharacters()
    {
        List<String> lines = new ArrayList<>(List.of(TITLE, "一、总体情况", OVERVIEW, "二、主动公开政府信息情况"));
        for (String[] row : t2Rows2021())
        {
            lines.add(String.join("   ", row));
        }
        lines.add("三、收到和处理政府信息公开申请情况");
        lines.add(T3_HEADER[0] + "   申请人情况");
        lines.add("自然人   法人或其他组织   总计");
        lines.add("商业企业   科研机构   社会公益组织   法律服务机构   其他");
        for (String[] row : t3Rows(TemplateFormat.FORMAT_2021, false))
        {
            lines.add(String.join("   ", List.of(row).subList(0, row.length - 1)) + "   "
                    + figures(Table3Row.valueOf(row[row.length - 1])).replace(" ", "   "));
        }
        lines.addAll(List.of("四、政府信息公开行政复议、行政诉讼情况", "2023 年，我局未出现申请行政复议、提起行政诉讼的情况。",
                "行政复议 行政诉讼", "未经复议直接起诉 复议后起诉", "结 结 其 尚", "结 结 其 尚 结 结 其 尚", "果 果 他 未",
                "总计 果 果 他 未 总 果 果 他 未 总", "维 纠 结 审", "维 纠 结 审 计 维 纠 结 审 计", "持 正 果 结",
                "持 正 果 结 持 正 果 结", T4, "五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER));

        AnalysisResult r = text(String.join("\n", lines));

        assertThat(errors(r)).isEmpty();
        allFigures(r, TemplateFormat.FORMAT_2021);
    }

    /** A 区信访局 2022 PDF whose 表四 header words break over two lines ("结果 结果 其他 尚未 总" / "维持 纠正 结果 审结 计"). */
    @Test
    void readsTable4WhoseHeaderWordsBreakOverTwoLines()
    {
        String text = String.join("\n", TITLE, "四、因政府信息公开工作被申请行政复议提起行政诉讼情况", "行政复议 行政诉讼",
                "未经复议直接起诉 复议后起诉", "结果 结果 其他 尚未 总", "维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总",
                "维持 纠正 结果 审结 计 维持 纠正 结果 审结 计", T4, "五、政府信息公开工作存在的主要问题及改进情况", PROBLEMS);

        AnalysisResult r = text(text);

        t4(r, T4);
    }

    // ---- 10–12: cells as paragraphs, annotated labels, labels only

    /**
     * A 县政务服务中心 2020 page: every cell a paragraph, blank cells written as a non-breaking space, the header
     * "本年增/减" broken after its slash. The figures filled are read in order; the blank cells are blank.
     */
    @Test
    void readsCellsWrittenAsParagraphsWithBlankCellsAsSpaces()
    {
        String nb = "\u00A0";
        String text = String.join("\n\n", "某某县政务服务中心2020年政府信息公开工作年度报告", "一、总体情况", OVERVIEW,
                "二、主动公开政府信息情况", "第二十条第(一)项", "信息内容", "本年新\n制作数量", "本年新\n公开数量", "对外公开总数量", "规章",
                nb, nb, nb, "规范性文件", nb, nb, nb, "第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/", "处理决定数量", "行政许可",
                nb + "148", nb, nb, "其他对外管理服务事项", nb + "257", nb, nb, "三、收到和处理政府信息公开申请情况");

        AnalysisResult r = text(text);

        assertThat(r.format()).isEqualTo(TemplateFormat.FORMAT_2019);
        List<Cell> licensing = List.copyOf(r.tables().t2().rows().get(Table2Row.LICENSING).values());
        assertThat(licensing).extracting(RealLayoutsTest::token).containsExactly("148", "_", "_");
        assertThat(r.tables().t2().rows().get(Table2Row.OTHER_SERVICES).values()).extracting(RealLayoutsTest::token)
                .containsExactly("257", "_", "_");
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.CELL_MISSING && "LICENSING".equals(f.location().row()))
                .extracting(f -> f.location().column()).containsExactly("CHANGE", "DECISIONS");
    }

    /**
     * A 市生态环境局 2020 page whose labels carry notes for the clerk ("规章（设区的市、自治州人民政府应提供相关数据）",
     * "上一年项目数量（指2019年事项数）") and which adds a row of its own ("其他主动公开文件（…）"): rows are known without
     * their notes, the added row is ignored.
     */
    @Test
    void knowsRowLabelsThatCarryNotesInBrackets()
    {
        String text = String.join("\n", "某某市生态环境局2020年政府信息公开工作年度报告", "二、主动公开政府信息情况",
                "第二十条第(一)项 | |||||", "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 | ||",
                "规章(设区的市、自治州人民政府应提供相关数据) | 0 | 0 | 0 | ||",
                "规范性文件(行政机关制定发布的决定、公告、通告、意见、通知等) | 2 | 2 | 19 | ||",
                "其他主动公开文件(除规范性文件以外的主动公开文件) | 186 | 86 | 255 | ||", "第二十条第(五)项 | |||||",
                "信息内容 | 上一年项目数量(指2019年事项数) | 本年增/减(减用负值表示,如-8) | 处理决定数量(指2020年办件量) | ||",
                "行政许可 | 8 | 5 | 93 | ||", "其他对外管理服务事项(指行政许可以外的政务服务事项) | 117 | 0 | 165 | ||",
                "三、收到和处理政府信息公开申请情况");

        AnalysisResult r = text(text);

        assertThat(r.format()).isEqualTo(TemplateFormat.FORMAT_2019);
        assertThat(r.tables().t2().rows().get(Table2Row.REGULATIONS).values()).extracting(RealLayoutsTest::token)
                .containsExactly("0", "0", "0");
        assertThat(r.tables().t2().rows().get(Table2Row.NORMATIVE_DOCUMENTS).values()).extracting(RealLayoutsTest::token)
                .containsExactly("2", "2", "19");
        assertThat(r.tables().t2().rows().get(Table2Row.OTHER_SERVICES).values()).extracting(RealLayoutsTest::token)
                .containsExactly("117", "0", "165");
    }

    /**
     * A 乡 2019 page that published the template with its labels and almost no figure: the tables are there (not
     * NOT_A_REPORT, no TABLE_MISSING), their cells blank, and the report INVALID for them.
     */
    @Test
    void findsTheTablesOfATemplatePublishedWithoutFigures()
    {
        List<String> lines = new ArrayList<>(List.of("某某乡人民政府2019年政府信息公开工作年度报告", "一、总体情况", OVERVIEW,
                "二、主动公开政府信息情况", "第二十条第(一)项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "规章", "0",
                "规范性文件", "第二十条第(五)项", "上一年项目数量", "本年增/减", "处理决定数量", "行政许可", "其他对外管理服务事项",
                "三、收到和处理政府信息公开申请情况"));
        lines.addAll(List.of(T3_HEADER));
        for (String[] row : t3Rows(TemplateFormat.FORMAT_2019, false))
        {
            lines.addAll(List.of(row).subList(0, row.length - 1));
        }
        lines.addAll(List.of("四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结",
                "未经复议直接起诉", "复议后起诉", "五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", "无"));

        AnalysisResult r = text(String.join("\n", lines));

        assertThat(r.status()).isEqualTo(Status.INVALID);
        assertThat(r.tables().t3().found()).isTrue();
        assertThat(r.tables().t4().found()).isTrue();
        assertThat(errors(r)).extracting(Finding::code).doesNotContain(RuleCode.TABLE_MISSING);
        assertThat(errors(r)).filteredOn(f -> f.code() == RuleCode.CELL_MISSING || f.code() == RuleCode.ROW_MISSING)
                .isNotEmpty();
        assertThat(r.tables().t3().cell(Table3Row.NEW, Table3Column.TOTAL).kind()).isEqualTo(CellKind.BLANK);
    }

    // ---- 13–14: the 2019 row in a 2021 table, tables cut into pieces

    /**
     * A 2022 report on the 2021 template whose 表三 keeps the single 2019 row "（六）其他处理": a warning, and its figures
     * count in every sum — a report whose （七）总计 is right passes, one whose （七）总计 is one off is INVALID for
     * T3_OUTCOME_SUM naming the cell, not for ROW_MISSING.
     */
    @Test
    void countsTheSingleOtherProcessingRowOfA2021TableInItsSums()
    {
        List<String> lines = new ArrayList<>(List.of("某某县某某局2022年政府信息公开工作年度报告", "一、总体情况", OVERVIEW,
                "二、主动公开政府信息情况"));
        for (String[] row : t2Rows2021())
        {
            lines.add(String.join("\t", row));
        }
        lines.add("三、收到和处理政府信息公开申请情况");
        lines.add(String.join("\t", T3_HEADER));
        for (String[] row : t3Rows(TemplateFormat.FORMAT_2021, true))
        {
            Table3Row id = Table3Row.valueOf(row[row.length - 1]);
            String v = figures(id == Table3Row.OTHER_PROCESSING ? Table3Row.OTHER_NO_CORRECTION : id);
            lines.add(String.join("\t", List.of(row).subList(0, row.length - 1)) + "\t" + v.replace(" ", "\t"));
        }
        lines.addAll(List.of("四、政府信息公开行政复议、行政诉讼情况", String.join("\t", T4_HEADER), T4.replace(" ", "\t"),
                "五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER));
        String report = String.join("\n", lines);

        AnalysisResult clean = text(report);
        AnalysisResult defective = text(report.replace("（七）总计\t64\t0\t0\t2\t0\t4\t70", "（七）总计\t64\t0\t0\t2\t0\t4\t71"));

        assertThat(clean.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
        assertThat(clean.findings()).extracting(Finding::code).contains(RuleCode.ROW_VARIANT)
                .doesNotContain(RuleCode.ROW_MISSING, RuleCode.T3_OUTCOME_SUM);
        t3Row(clean, Table3Row.OTHER_PROCESSING, "2 0 0 0 0 1 3");
        assertThat(defective.status()).isEqualTo(Status.INVALID);
        assertThat(errors(defective)).extracting(Finding::code).contains(RuleCode.T3_OUTCOME_SUM)
                .doesNotContain(RuleCode.ROW_MISSING);
        assertThat(errors(defective)).filteredOn(f -> f.code() == RuleCode.T3_OUTCOME_SUM).singleElement()
                .satisfies(f -> assertThat(f.location().column()).isEqualTo("TOTAL"));
    }

    /**
     * A PDF turned into Markdown by an OCR converter: every row its own small table under a generic header
     * ("| 项目 | 数据1 | … |"), 表四's header rows with their merged cells left blank and its 15 numbers under a header
     * of six columns, flowing over three rows.
     */
    @Test
    void reassemblesTablesCutIntoOneSmallTablePerRow()
    {
        List<String> lines = new ArrayList<>(List.of(TITLE, "", "一、总体情况", "", OVERVIEW, "", "二、主动公开政府信息情况", ""));
        for (String[] row : t2Rows2021())
        {
            piece(lines, List.of(row));
        }
        lines.addAll(List.of("三、收到和处理政府信息公开申请情况", ""));
        piece(lines, List.of(T3_HEADER[0], T3_HEADER[1]));
        piece(lines, List.of("自然人", "法人或其他组织", "总计"));
        piece(lines, List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
        for (String[] row : t3Rows(TemplateFormat.FORMAT_2021, false))
        {
            List<String> cells = new ArrayList<>(List.of(row).subList(0, row.length - 1));
            cells.addAll(List.of(figures(Table3Row.valueOf(row[row.length - 1])).split(" ")));
            piece(lines, cells);
        }
        lines.addAll(List.of("四、政府信息公开行政复议、行政诉讼情况", ""));
        piece(lines, List.of("行政复议", "", "", "", "", "行政诉讼"));
        piece(lines, List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉"));
        lines.add("| 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 |");
        lines.add("| --- | --- | --- | --- | --- | --- |");
        String[] v = T4.split(" ");
        lines.add("| " + String.join(" | ", List.of(v).subList(0, 6)) + " |");
        lines.add("| " + String.join(" | ", List.of(v).subList(6, 12)) + " |");
        lines.add("| " + String.join(" | ", List.of(v).subList(12, 15)) + " |  |  |  |");
        lines.addAll(List.of("", "五、存在的主要问题及改进情况", "", PROBLEMS, "", "六、其他需要报告的事项", "", OTHER));

        AnalysisResult r = text(String.join("\n", lines));

        assertThat(errors(r)).isEmpty();
        assertThat(r.format()).isEqualTo(TemplateFormat.FORMAT_2021);
        allFigures(r, TemplateFormat.FORMAT_2021);
    }

    private static void piece(List<String> lines, List<String> cells)
    {
        TextLayouts.markdown(lines, cells, "项目");
    }
}
