package io.github.zwgk.annualreport.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Merged cells keep every cell on its grid column: the 表三 header of 国办公开办函〔2021〕30号 (申请人情况 spanning seven
 * columns, 自然人 and 总计 spanning two rows, the row labels spanning three columns) comes out with the same columns
 * from HTML (colspan/rowspan) and from Word (gridSpan/vMerge), and tables nested in a cell are flattened into it.
 */
class TableStructureTest
{
    /** The grid both formats must give: text in the first cell of a span, empty cells for the rest. */
    private static final List<List<String>> TABLE3_HEAD = List.of(
        List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""),
        List.of("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"),
        List.of("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""),
        List.of("一、本年新收政府信息公开申请数量", "", "", "3", "1", "0", "0", "0", "1", "5"));

    private final DocumentExtractor extractor = new DocumentExtractor();

    @BeforeAll
    static void loadTikaOnce()
    {
        DocumentExtractor.warmUp();
    }

    @Test
    void htmlColspanAndRowspanAreLaidOutOnTheTableGrid() throws Exception
    {
        String html = """
            <html><head><meta charset="UTF-8"></head><body>
            <p>三、收到和处理政府信息公开申请情况</p>
            <table border="1">
              <tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
                  <td colspan="7">申请人情况</td></tr>
              <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
              <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
              <tr><td colspan="3">一、本年新收政府信息公开申请数量</td>
                  <td>3</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>5</td></tr>
            </table></body></html>""";

        ExtractedDocument doc = extractor.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
            "t.html", Limits.DEFAULT);

        assertThat(tables(doc)).hasSize(1);
        assertThat(tables(doc).get(0).rows()).isEqualTo(TABLE3_HEAD);
        assertThat(doc.lines()).contains("一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t0\t0\t1\t5");
    }

    @Test
    void wordGridSpanAndVerticalMergeGiveTheSameGridAsHtml() throws Exception
    {
        byte[] docx = table3HeadDocx();

        ExtractedDocument doc = extractor.extract(new ByteArrayInputStream(docx), "t.docx", Limits.DEFAULT);

        assertThat(tables(doc)).hasSize(1);
        assertThat(tables(doc).get(0).rows()).isEqualTo(TABLE3_HEAD);
    }

    @Test
    void aTableNestedInACellIsFlattenedIntoThatCellAndLineBreaksStayInsideTheCell() throws Exception
    {
        String html = """
            <html><body><table>
              <tr><td>行政许可</td><td><table><tr><td>本年</td><td>12</td></tr><tr><td>上年</td><td>9</td></tr></table></td></tr>
              <tr><td>行政<br>处罚</td><td>3</td></tr>
            </table></body></html>""";

        ExtractedDocument doc = extractor.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
            "t.html", Limits.DEFAULT);

        assertThat(tables(doc)).hasSize(1);
        assertThat(tables(doc).get(0).rows()).containsExactly(
            List.of("行政许可", "本年 12\n上年 9"),
            List.of("行政\n处罚", "3"));
        assertThat(doc.lines()).containsExactly("行政许可\t本年 12 上年 9", "行政 处罚\t3");
    }

    @Test
    void divsAndLineBreaksOfAPageSeparateLinesWhileSourceLineWrappingDoesNot() throws Exception
    {
        String html = "<html><body><div>一、总体情况</div><div>2023年，我局\n   认真贯彻<br>落实条例。</div>"
            + "<ul><li>一是</li><li>二是</li></ul></body></html>";

        ExtractedDocument doc = extractor.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
            "t.html", Limits.DEFAULT);

        assertThat(doc.lines()).containsExactly("一、总体情况", "2023年，我局 认真贯彻", "落实条例。", "一是", "二是");
    }

    private static List<ExtractedDocument.TableBlock> tables(ExtractedDocument doc)
    {
        return doc.blocks().stream().filter(ExtractedDocument.TableBlock.class::isInstance)
            .map(ExtractedDocument.TableBlock.class::cast).toList();
    }

    /** The same header as a Word table: 10 grid columns, spans with w:gridSpan, row spans with w:vMerge. */
    private static byte[] table3HeadDocx() throws Exception
    {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream())
        {
            doc.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            XWPFTable table = doc.createTable();
            var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
            for (int c = 0; c < 10; c++)
            {
                grid.addNewGridCol().setW(BigInteger.valueOf(900));
            }
            XWPFTableRow r1 = table.insertNewTableRow(1);
            cell(r1, TABLE3_HEAD.get(0).get(0), 3, STMerge.RESTART);
            cell(r1, "申请人情况", 7, null);
            XWPFTableRow r2 = table.insertNewTableRow(2);
            cell(r2, "", 3, STMerge.CONTINUE);
            cell(r2, "自然人", 1, STMerge.RESTART);
            cell(r2, "法人或其他组织", 5, null);
            cell(r2, "总计", 1, STMerge.RESTART);
            XWPFTableRow r3 = table.insertNewTableRow(3);
            cell(r3, "", 3, STMerge.CONTINUE);
            cell(r3, "", 1, STMerge.CONTINUE);
            for (String s : List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"))
            {
                cell(r3, s, 1, null);
            }
            cell(r3, "", 1, STMerge.CONTINUE);
            XWPFTableRow r4 = table.insertNewTableRow(4);
            cell(r4, "一、本年新收政府信息公开申请数量", 3, null);
            for (String s : List.of("3", "1", "0", "0", "0", "1", "5"))
            {
                cell(r4, s, 1, null);
            }
            table.removeRow(0);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void cell(XWPFTableRow row, String text, int gridSpan, STMerge.Enum vMerge)
    {
        XWPFTableCell cell = row.createCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (gridSpan > 1)
        {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(gridSpan));
        }
        if (vMerge != null)
        {
            pr.addNewVMerge().setVal(vMerge);
        }
        if (!text.isEmpty())
        {
            cell.getParagraphs().get(0).createRun().setText(text);
        }
    }
}
