package io.github.zwgk.annualreport.engine.tables;

import static io.github.zwgk.annualreport.engine.model.Table3Row.*;
import static io.github.zwgk.annualreport.engine.tables.ReportBuilder.T4_PDF;
import static io.github.zwgk.annualreport.engine.tables.ReportBuilder.join;
import static io.github.zwgk.annualreport.engine.tables.ReportBuilder.seed003Figures;
import static io.github.zwgk.annualreport.engine.tables.ReportBuilder.seed004Figures;
import static io.github.zwgk.annualreport.engine.tables.TableAssertions.NO_LAYOUT;
import static io.github.zwgk.annualreport.engine.tables.TableAssertions.row;
import static io.github.zwgk.annualreport.engine.tables.TableAssertions.seed;
import static io.github.zwgk.annualreport.engine.tables.TableAssertions.text;
import static io.github.zwgk.annualreport.engine.tables.TableAssertions.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.extract.ExtractedDocument;
import io.github.zwgk.annualreport.engine.fixtures.Growth;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.ExtractionInfo;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.Tables;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;
import io.github.zwgk.annualreport.engine.text.ReportText;

/** The layouts real reports come in besides the seeds', each built from seed content. */
class TableParserLayoutTest
{
    private final TableParser parser = new TableParser();

    private Tables parse(List<String> lines)
    {
        return parser.parse(text(join(lines)), NO_LAYOUT);
    }

    private static void assertSeed004Table3(Tables t)
    {
        assertThat(t.t3().found()).isTrue();
        assertThat(t.t3().missingRows()).isEmpty();
        Map<Table3Row, String> figures = seed004Figures();
        for (Table3Row r : Table3Row.rows(TemplateFormat.FORMAT_2021))
        {
            row(t.t3(), r, ReportBuilder.figures(figures, r));
        }
    }

    // ---- PDF text

    @Test
    void readsSpaceAlignedPdfRows()
    {
        List<String> lines = new ArrayList<>(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures()));
        lines.addAll(T4_PDF);

        Tables t = parse(lines);

        assertSeed004Table3(t);
        assertThat(t.format()).isEqualTo(TemplateFormat.FORMAT_2021);
        row(t.t4(), Table4Row.CASES, "3 0 0 0 3 0 0 0 0 0 0 0 0 0 0");
        assertThat(t.t2().found()).isFalse();
    }

    @Test
    void readsALabelOnOneLineAndItsNumbersOnTheNext()
    {
        Tables t = parse(ReportBuilder.table3LabelThenValues(TemplateFormat.FORMAT_2021, seed004Figures()));

        assertSeed004Table3(t);
    }

    @Test
    void readsTheNumbersOfARowSpreadOnePerLineWithoutSeparators()
    {
        List<String> lines = new ArrayList<>(ReportBuilder.table3OnePerLine(TemplateFormat.FORMAT_2019, seed003Figures()));
        lines.add("四、政府信息公开行政复议、行政诉讼情况");
        for (String h : "行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉".split(" "))
        {
            lines.add(h);
        }
        for (String v : "3 0 0 0 3 0 0 0 0 0 0 0 0 0 0".split(" "))
        {
            lines.add(v);
        }

        Tables t = parse(lines);

        assertThat(t.format()).isEqualTo(TemplateFormat.FORMAT_2019);
        assertThat(t.t3().missingRows()).isEmpty();
        Map<Table3Row, String> figures = seed003Figures();
        for (Table3Row r : Table3Row.rows(TemplateFormat.FORMAT_2019))
        {
            row(t.t3(), r, ReportBuilder.figures(figures, r));
        }
        row(t.t4(), Table4Row.CASES, "3 0 0 0 3 0 0 0 0 0 0 0 0 0 0");
    }

    @Test
    void readsThroughHeadersSplitOverLinesAndRepeatedAfterAPageBreak()
    {
        List<String> lines = new ArrayList<>();
        lines.add(ReportBuilder.T3_HEADING);
        lines.add("（本列数据的勾稽关系为：第一项加第二项之和，");
        lines.add("等于第三项加第四项之和）      申请人情况");
        lines.add("自然人   法人或其他组织   总计");
        lines.add("商业");
        lines.add("企业   科研");
        lines.add("机构   社会公益组织   法律服务机构   其他");
        Map<Table3Row, String> figures = seed004Figures();
        ReportBuilder.eachRow(TemplateFormat.FORMAT_2021, (r, label) ->
        {
            if (r == WITHHELD_INTERNAL_AFFAIRS)
            {
                // page break: page number, then the header printed again (seed 000/002 header wording)
                lines.add("- 3 -");
                lines.add("申请人情况");
                lines.add("自然人   法人或其他组织   总计");
                lines.add("商业企业   科研机构   社会公益组织   法律服务机构   其他");
            }
            lines.add(label + "   " + ReportBuilder.figures(figures, r).replace(" ", "   "));
        });

        Tables t = parse(lines);

        assertSeed004Table3(t);
        assertThat(t.t3().line()).isEqualTo(2);
    }

    @Test
    void readsAPdfLabelWrappedOntoTwoLines()
    {
        List<String> lines = new ArrayList<>(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures()));
        int i = lines.indexOf(lines.stream().filter(l -> l.contains("逾期不补正")).findFirst().orElseThrow());
        lines.set(i, "（六）其他处理   1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息");
        lines.add(i + 1, "公开申请   5   0   0   0   0   0   5");

        Tables t = parse(lines);

        row(t.t3(), OTHER_NO_CORRECTION, "5 0 0 0 0 0 5");
        row(t.t3(), OTHER_FEE_UNPAID, "0 0 0 0 0 0 0");
    }

    // ---- OCR and marks

    @Test
    void readsOcrDashDotForOneAndTotalWrittenZongJi()
    {
        List<String> lines = new ArrayList<>(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures()));
        lines.replaceAll(l -> l.startsWith("一、本年新收") ? l.replace("一、", "—. ") : l);
        lines.replaceAll(l -> l.startsWith("（七）总计") ? l.replace("总计", "总记") : l);
        assertThat(lines).anyMatch(l -> l.startsWith("—. 本年新收")).anyMatch(l -> l.startsWith("（七）总记"));

        Tables t = parse(lines);

        row(t.t3(), NEW, "34 0 0 0 0 0 34");
        row(t.t3(), TOTAL, "34 0 0 0 0 0 34");
    }

    @Test
    void keepsABlankTotalCellBlankInGridAndInPdfRows()
    {
        List<String> lines = new ArrayList<>(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures()));
        lines.replaceAll(l -> l.startsWith("（一）") || l.contains("（一）予以公开") ? "三、本年度办理结果\t（一）予以公开\t12\t0\t0\t0\t0\t0\t" : l);
        lines.replaceAll(l -> l.startsWith("（二）部分公开") ? "（二）部分公开（区分处理的，只计这一情形，不计其他情形）   4   0   0   0   0   0" : l);

        Tables t = parse(lines);

        row(t.t3(), DISCLOSED, "12 0 0 0 0 0 _");
        row(t.t3(), PARTIALLY_DISCLOSED, "4 0 0 0 0 0 _");
        assertThat(t.t3().cell(DISCLOSED, Table3Column.TOTAL)).isEqualTo(Cell.BLANK);
    }

    @Test
    void readsNotApplicableMarksAndSignedNumbers()
    {
        List<String> lines = List.of(
                "二、主动公开政府信息情况",
                "第二十条第(一)项",
                "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
                "规章\t不适用\t—\t/",
                "规范性文件\t24\t17\t17",
                "第二十条第(五)项",
                "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
                "行政许可\t4\t-3\t0",
                "其他对外管理服务事项\t0\t+2\t-",
                "第二十条第(八)项",
                "信息内容\t上一年项目数量\t本年增/减",
                "行政事业性收费\t无\t——",
                "第二十条第(九)项",
                "信息内容\t采购项目数量\t采购总金额",
                "政府集中采购\t1,234\t4068.208");

        Tables t = parse(lines);

        assertThat(t.format()).isEqualTo(TemplateFormat.FORMAT_2019);
        row(t.t2(), Table2Row.REGULATIONS, "NA:不适用 NA:— NA:/");
        row(t.t2(), Table2Row.LICENSING, "4 -3 0");
        row(t.t2(), Table2Row.OTHER_SERVICES, "0 2 NA:-");
        assertThat(t.t2().cell(Table2Row.OTHER_SERVICES, Table2Column.CHANGE).raw()).isEqualTo("+2");
        row(t.t2(), Table2Row.FEES, "NA:无 NA:——");
        row(t.t2(), Table2Row.PROCUREMENT, "1234 4068.208");
        assertThat(t.t2().missingRows()).containsExactly(Table2Row.PENALTY, Table2Row.ENFORCEMENT);
        assertThat(tokens(t.t2(), Table2Row.PENALTY)).containsExactly("_", "_", "_");
    }

    @Test
    void reportsTheLetterOForZeroAsUnreadableInEveryLayout()
    {
        List<String> lines = new ArrayList<>(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures()));
        lines.replaceAll(l -> l.startsWith("2.其他法律行政法规禁止公开") ? "\t2.其他法律行政法规禁止公开\t2\tO\t0\t0\t0\t0\t2" : l);
        lines.replaceAll(l -> l.startsWith("3.危及") ? "3.危及“三安全一稳定”   0   0   O   0   0   0   0" : l);
        lines.replaceAll(l -> l.startsWith("4.保护第三方") ? "4.保护第三方合法权益   0   0   0   0   0   0   见附件" : l);

        Tables t = parse(lines);

        row(t.t3(), WITHHELD_PROHIBITED_BY_LAW, "2 ?:O 0 0 0 0 2");
        row(t.t3(), WITHHELD_SAFETY_STABILITY, "0 0 ?:O 0 0 0 0");
        Cell o = t.t3().cell(WITHHELD_PROHIBITED_BY_LAW, Table3Column.COMMERCIAL_ENTERPRISE);
        assertThat(o.kind()).isEqualTo(CellKind.UNREADABLE);
        assertThat(o.value()).isNull();
        // Chinese text where a PDF row's values stand is an unreadable cell, not more label
        row(t.t3(), WITHHELD_THIRD_PARTY_RIGHTS, "0 0 0 0 0 0 ?:见附件");
    }

    @Test
    void fillsAShortRowInOrderWhenPositionsAreNotProvenAndLeavesTheRestBlank()
    {
        List<String> lines = new ArrayList<>(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures()));
        lines.replaceAll(l -> l.startsWith("4.保护第三方") ? "4.保护第三方合法权益   1   0   0" : l);

        Tables t = parse(lines);

        row(t.t3(), WITHHELD_THIRD_PARTY_RIGHTS, "1 0 0 _ _ _ _");
    }

    // ---- where the tables are

    @Test
    void findsTheTablesWhenTheSectionHeadingsAreMissing()
    {
        List<String> lines = new ArrayList<>();
        lines.add("某某县人民政府2023年政府信息公开工作年度报告");
        lines.add("2023年，我县认真贯彻落实《中华人民共和国政府信息公开条例》，全年收到依申请公开34件，未发生行政复议或行政诉讼情况。");
        lines.add("第二十条第（一）项");
        lines.add("信息内容\t本年制发件数\t本年废止件数\t现行有效件数");
        lines.add("规章\t0\t0\t0");
        lines.add("行政规范性文件\t2\t3\t14");
        lines.add("第二十条第（五）项");
        lines.add("信息内容\t本年度处理决定数量");
        lines.add("行政许可\t28364");
        lines.add("第二十条第（六）项");
        lines.add("信息内容\t本年度处理决定数量");
        lines.add("行政处罚\t1021");
        lines.add("行政强制\t623");
        lines.add("第二十条第（八）项");
        lines.add("信息内容\t本年度收费金额（单位：万元）");
        lines.add("行政事业性收费\t924.19");
        List<String> t3 = ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures());
        lines.addAll(t3.subList(1, t3.size())); // without its heading
        lines.addAll(T4_PDF.subList(1, T4_PDF.size()));
        lines.add("存在问题：一是部分领域信息公开不全面，标准化规范化精准度不够，重大建设项目、社会公益事业、公共资源配置等领域信息公开仍有提升空间。");

        Tables t = parse(lines);

        assertThat(t.format()).isEqualTo(TemplateFormat.FORMAT_2021);
        row(t.t2(), Table2Row.NORMATIVE_DOCUMENTS, "2 3 14");
        row(t.t2(), Table2Row.LICENSING, "28364");
        row(t.t2(), Table2Row.FEES, "924.19");
        assertSeed004Table3(t);
        row(t.t4(), Table4Row.CASES, "3 0 0 0 3 0 0 0 0 0 0 0 0 0 0");
        assertThat(t.t2().line()).isEqualTo(3);
        assertThat(t.t4().line()).isEqualTo(lines.indexOf(T4_PDF.get(1)) + 1);
    }

    @Test
    void findsNoTableInAReportWithoutTables()
    {
        // seed 000's 总体情况, which names 行政复议 and counts applications in sentences, and its sections 五 and 六
        String[] seed = seed(TableParserSeedTest.SEED_000).split("\n");
        List<String> lines = new ArrayList<>(List.of(seed).subList(0, 44));
        lines.add("本年新收政府信息公开申请20件。");
        lines.add("无行政复议、行政诉讼情况。");
        lines.addAll(List.of(seed).subList(101, seed.length));

        Tables t = parse(lines);

        assertThat(t.format()).isNull();
        assertThat(t.t2().found()).isFalse();
        assertThat(t.t3().found()).isFalse();
        assertThat(t.t4().found()).isFalse();
        assertThat(t.t2().rows()).isEmpty();
        assertThat(t.t2().line()).isZero();
    }

    /**
     * The overview lines, then seed 004's tables 三 and 四 as PDF text: the tables must be read from the tables alone.
     *
     * @return the lines parsed, for line-number checks
     */
    private List<String> assertTablesReadAfter(List<String> overview)
    {
        List<String> lines = new ArrayList<>(overview);
        lines.addAll(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures()));
        lines.addAll(T4_PDF);

        Tables t = parse(lines);

        assertSeed004Table3(t);
        row(t.t4(), Table4Row.CASES, "3 0 0 0 3 0 0 0 0 0 0 0 0 0 0");
        assertThat(t.t3().line()).isEqualTo(lines.indexOf(ReportBuilder.T3_HEADER_PDF.get(0)) + 1);
        assertThat(t.t4().line()).isGreaterThan(lines.indexOf(T4_PDF.get(0)));
        return lines;
    }

    @Test
    void doesNotTakeASentenceOfTheOverviewForTheTable()
    {
        assertTablesReadAfter(List.of("一、总体情况", "本年新收政府信息公开申请数量 20", "（四）行政复议、行政诉讼情况", "无",
                "2020年以来，区政府办公室紧紧围绕国务院和省、市政府关于政务公开工作的精神和要求，紧密结合工作实际，扎实推进政务公开。"));
    }

    /** PDF text wraps the overview into short lines; one naming 行政复议 is no table 四, and the sentences end it. */
    @Test
    void leavesTable4ToTheTableWhenWrappedProseNamesReviewsWithFigures()
    {
        assertTablesReadAfter(List.of("一、总体情况", "2023年，我县累计收到政府信息依申请公开34件，", "全部按程序办结。因政府信息公开申请行政复议",
                "2 件、行政诉讼 1 件。全年公开政策解读97次。", "其中领导带头解读政策19次 8 次。"));
    }

    /** An aggregated report's overview names 行政复议 in more sentences than the reader keeps stretches for. */
    @Test
    void findsTable4AfterAnOverviewNamingReviewsInHundredsOfSentences()
    {
        List<String> overview = new ArrayList<>(List.of("一、总体情况"));
        for (int i = 0; i < 3 * Table4Reader.MAX_CANDIDATES; i++)
        {
            overview.add("第" + (i + 1) + "个乡镇全年无政府信息公开行政复议");
            overview.add("和行政诉讼情形发生。");
        }
        assertTablesReadAfter(overview);
    }

    @Test
    void keepsTheFirstCopyOfATablePrintedTwice()
    {
        List<String> lines = new ArrayList<>(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures()));
        List<String> copy = ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, Map.of(NEW, "99 0 0 0 0 0 99"));
        lines.add("附表");
        lines.addAll(copy);

        Tables t = parse(lines);

        row(t.t3(), NEW, "34 0 0 0 0 0 34");
    }

    // ---- rows and format

    @Test
    void listsARowThatIsNotInTheReportAsMissingWithBlankCells()
    {
        List<String> lines = new ArrayList<>(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures()));
        lines.removeIf(l -> l.startsWith("6.属于四类过程性信息"));

        Tables t = parse(lines);

        assertThat(t.t3().missingRows()).containsExactly(WITHHELD_PROCESS_INFORMATION);
        assertThat(t.t3().hasRow(WITHHELD_PROCESS_INFORMATION)).isFalse();
        assertThat(tokens(t.t3(), WITHHELD_PROCESS_INFORMATION)).containsOnly("_");
        row(t.t3(), WITHHELD_ENFORCEMENT_FILE, "0 0 0 0 0 0 0");
    }

    @Test
    void givesUnlabelledValuesToNoRowWhenTwoRowsCouldTakeThem()
    {
        List<String> lines = new ArrayList<>(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures()));
        lines.removeIf(l -> l.startsWith("4.保护第三方") || l.startsWith("5.属于三类内部事务"));
        int i = lines.indexOf(lines.stream().filter(l -> l.startsWith("6.属于四类")).findFirst().orElseThrow());
        lines.add(i, "0   0   0   0   0   0   0");

        Tables t = parse(lines);

        assertThat(t.t3().missingRows()).containsExactly(WITHHELD_THIRD_PARTY_RIGHTS, WITHHELD_INTERNAL_AFFAIRS);
    }

    @Test
    void givesUnlabelledValuesToTheOnlyRowMissingBetweenItsNeighbours()
    {
        List<String> lines = new ArrayList<>(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures()));
        lines.replaceAll(l -> l.startsWith("2.其他法律行政法规禁止公开") ? "2.其他法侓行玫法规禁业公幵   2   0   0   0   0   0   2" : l);

        Tables t = parse(lines);

        row(t.t3(), WITHHELD_PROHIBITED_BY_LAW, "2 0 0 0 0 0 2");
        assertThat(t.t3().missingRows()).isEmpty();
    }

    @Test
    void tellsThe2019FormatFromASingleOtherProcessingRowAndThe2021FormatFromItsSubRows()
    {
        Tables t2019 = parse(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2019, seed003Figures()));
        Tables t2021 = parse(ReportBuilder.table3Pdf(TemplateFormat.FORMAT_2021, seed004Figures()));

        assertThat(t2019.format()).isEqualTo(TemplateFormat.FORMAT_2019);
        assertThat(t2019.t3().rows()).hasSize(23).containsKey(OTHER_PROCESSING);
        assertThat(t2021.format()).isEqualTo(TemplateFormat.FORMAT_2021);
        assertThat(t2021.t3().rows()).hasSize(25).doesNotContainKey(OTHER_PROCESSING);
    }

    @Test
    void leavesTheFormatUnknownWhenNoTableTellsIt()
    {
        List<String> lines = new ArrayList<>(T4_PDF);

        Tables t = parse(lines);

        assertThat(t.format()).isNull();
        assertThat(t.t4().found()).isTrue();
        assertThat(t.t4().cell(Table4Row.CASES, Table4Column.REVIEW_TOTAL).value()).isEqualByComparingTo("3");
        assertThat(t.t3().found()).isFalse();
    }

    @Test
    void readsTablesExtractedFromAWordDocumentWithMergedCells()
    {
        List<List<String>> t2 = List.of(
                List.of("第二十条第（一）项", "", "", ""),
                List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                List.of("规章", "0", "0", "0"),
                List.of("行政规范性文件", "2", "3", "14"),
                List.of("第二十条第（五）项", "", "", ""),
                List.of("信息内容", "本年处理决定数量", "", ""),
                List.of("行政许可", "28364", "", ""),
                List.of("第二十条第（六）项", "", "", ""),
                List.of("信息内容", "本年处理决定数量", "", ""),
                List.of("行政处罚", "1021", "", ""),
                List.of("行政强制", "623", "", ""),
                List.of("第二十条第（八）项", "", "", ""),
                List.of("信息内容", "本年收费金额（单位：万元）", "", ""),
                List.of("行政事业性收费", "924.19", "", ""));
        List<List<String>> t3 = new ArrayList<>();
        t3.add(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""));
        t3.add(List.of("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"));
        t3.add(List.of("", "", "", "", "商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", ""));
        Map<Table3Row, String> figures = seed004Figures();
        for (Table3Row r : Table3Row.rows(TemplateFormat.FORMAT_2021))
        {
            List<String> cells = new ArrayList<>();
            boolean top = r.group() == null && r != DISCLOSED && r != PARTIALLY_DISCLOSED;
            cells.add(top ? r.label() : r.isOutcome() || r == TOTAL ? "三、本年度办理结果" : "");
            cells.add(r.group() == null ? "" : r.group());
            cells.add(top ? "" : r.label());
            cells.addAll(List.of(ReportBuilder.figures(figures, r).split(" ")));
            t3.add(cells);
        }
        List<List<String>> t4 = List.of(
                List.of("行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""),
                List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""),
                List.of("", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
                List.of("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", ""));
        ExtractedDocument doc = new ExtractedDocument(List.of(
                new ExtractedDocument.Paragraph("石泉县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开方面。聚焦基层政务公开标准化规范化建设。"),
                new ExtractedDocument.Paragraph("二、主动公开政府信息情况"),
                new ExtractedDocument.TableBlock(t2),
                new ExtractedDocument.Paragraph("三、收到和处理政府信息公开申请情况"),
                new ExtractedDocument.TableBlock(t3),
                new ExtractedDocument.Paragraph("四、政府信息公开行政复议、行政诉讼情况"),
                new ExtractedDocument.TableBlock(t4),
                new ExtractedDocument.Paragraph("五、存在的主要问题及改进情况\n存在问题：一是部分领域信息公开不全面。")),
                new ExtractionInfo("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "poi", null, 0, 0, 0));

        Tables t = parser.parse(ReportText.of(doc.lines()), NO_LAYOUT);

        assertThat(t.format()).isEqualTo(TemplateFormat.FORMAT_2021);
        row(t.t2(), Table2Row.NORMATIVE_DOCUMENTS, "2 3 14");
        row(t.t2(), Table2Row.LICENSING, "28364");
        row(t.t2(), Table2Row.FEES, "924.19");
        assertSeed004Table3(t);
        // the last cell of table 四's value row is empty in the document: blank, not 0
        assertThat(tokens(t.t4(), Table4Row.CASES)).containsExactly("0", "0", "0", "0", "0", "0", "0", "0", "0", "0",
                "0", "0", "0", "0", "_");
    }

    // ---- robustness and speed

    @Test
    void neverThrowsOnBrokenInput()
    {
        List<String> inputs = List.of("", "|", "\t", "||||\n\t\t\t\n- 3 -", "0\n0\n0", "一、本年新收政府信息公开申请数量",
                "申请人情况\n" + "0\t".repeat(5000), "结果维持\n" + "0 ".repeat(100_000), "第二十条第(一)项\n规章\n\u0000\uFFFF\uD800",
                "申请人情况\n(七)总计\n总计\n总计\n9\n其他处理\n3.其他\n\t\n|");
        for (String s : inputs)
        {
            assertThatCode(() -> parser.parse(ReportText.of(s), NO_LAYOUT)).doesNotThrowAnyException();
        }
        assertThat(parser.parse(null, null)).isEqualTo(Tables.none());
        assertThat(parser.parse(ReportText.of(seed(TableParserSeedTest.SEED_002)), null).format())
                .isEqualTo(TemplateFormat.FORMAT_2019);
    }

    /**
     * 10⁴ and 10⁵ repeated rows: ten times the rows may cost at most fifteen times the CPU time (no wall clock); then a
     * million rows are read right within 10 s of CPU (measured 0.5–1.2 s: a margin of eight or more). The growth is
     * measured below a million rows because there a loaded machine's caches, not the parser, set the cost of a line.
     */
    @Test
    void parsesAMillionRepeatedTableRowsInLinearTime()
    {
        ReportText small = repeatedRows(10_000);
        ReportText large = repeatedRows(100_000);
        Growth.assertLinear("TableParser, repeated rows", 10, () -> parser.parse(small, NO_LAYOUT),
                () -> parser.parse(large, NO_LAYOUT));

        ReportText million = repeatedRows(1_000_000);
        long start = Growth.cpuNanos();
        Tables t = parser.parse(million, NO_LAYOUT);
        long cpuMillis = (Growth.cpuNanos() - start) / 1_000_000;

        System.out.printf("TableParser: %d lines in %d ms CPU%n", million.size(), cpuMillis);
        assertThat(cpuMillis).isLessThan(10_000);
        row(t.t3(), WITHHELD_STATE_SECRET, "0 0 0 0 0 0 0");
        row(t.t3(), TOTAL, "1 0 0 0 0 0 1");
    }

    private static ReportText repeatedRows(int rows)
    {
        List<String> lines = new ArrayList<>(rows + 3);
        lines.add(ReportBuilder.T3_HEADING);
        lines.add("\t\t\t申请人情况\t\t\t\t\t\t\t");
        for (int i = 0; i < rows; i++)
        {
            lines.add(i % 2 == 0 ? "\t\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\t" : "\t0\t0\t0\t0\t0\t0\t0\t");
        }
        lines.add("（七）总计   1   0   0   0   0   0   1");
        return new ReportText(lines);
    }

    /**
     * A line of 15 000 and one of 150 000 characters: linear growth; then a line of 1 500 000 characters read right
     * within 10 s of CPU (measured 0.1–0.4 s).
     */
    @Test
    void parsesAMillionCharacterLineInLinearTime()
    {
        ReportText small = longLine(2_500);
        ReportText large = longLine(25_000);
        Growth.assertLinear("TableParser, one long line", 10, () -> parser.parse(small, NO_LAYOUT),
                () -> parser.parse(large, NO_LAYOUT));

        ReportText big = longLine(250_000);
        long start = Growth.cpuNanos();
        Tables t = parser.parse(big, NO_LAYOUT);
        long cpuMillis = (Growth.cpuNanos() - start) / 1_000_000;

        System.out.printf("TableParser: a %d-character line in %d ms CPU%n", big.line(2).length(), cpuMillis);
        assertThat(cpuMillis).isLessThan(10_000);
        row(t.t3(), WITHHELD_STATE_SECRET, "0 ?:O NA:— 0 ?:O NA:— 0");
    }

    private static ReportText longLine(int repeats)
    {
        return new ReportText(List.of("申请人情况", "1.属于国家秘密 " + "0 O — ".repeat(repeats), "（七）总计 1 0 0 0 0 0 1"));
    }
}
