package io.github.zwgk.annualreport.engine.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;
import io.github.zwgk.annualreport.engine.generator.ReportLayout.Para;
import io.github.zwgk.annualreport.engine.generator.ReportLayout.Part;
import io.github.zwgk.annualreport.engine.generator.ReportLayout.Span;
import io.github.zwgk.annualreport.engine.generator.ReportLayout.Table;

/**
 * Writes a {@link ReportLayout} as real files: a Word .docx whose merged cells are real merges (POI XWPF:
 * {@code w:gridSpan}, {@code w:vMerge}), an HTML page with {@code rowspan}/{@code colspan}, and a PDF drawn by
 * {@link ReportFixtures#pdf} (PDFBox, CJK font) with every cell at its column's position.
 */
public final class DocumentLayouts
{
    private DocumentLayouts()
    {
    }

    /** A .docx: paragraphs, and tables whose spanning cells are merged as Word merges them. */
    public static byte[] docx(ReportLayout layout)
    {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream())
        {
            for (Part p : layout.parts())
            {
                if (p instanceof Para para)
                {
                    run(doc.createParagraph(), para.text());
                }
                else if (p instanceof Table t)
                {
                    docxTable(doc, t);
                    doc.createParagraph();
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private static void docxTable(XWPFDocument doc, Table t)
    {
        XWPFTable table = doc.createTable();
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0)
        {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < t.columns(); c++)
        {
            grid.addNewGridCol().setW(BigInteger.valueOf(9000 / t.columns()));
        }
        int[] covered = new int[t.columns()]; // rows still covered by a vertical merge, per grid column
        int[] coveredSpan = new int[t.columns()];
        int r = 0;
        for (List<Span> row : t.rows())
        {
            XWPFTableRow tr = table.insertNewTableRow(++r);
            int col = 0;
            int k = 0;
            while (col < t.columns())
            {
                if (covered[col] > 0)
                {
                    // the continuation of a vertical merge: an empty cell with vMerge (no val)
                    XWPFTableCell cell = tr.createCell();
                    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    pr.addNewVMerge();
                    int span = coveredSpan[col];
                    if (span > 1)
                    {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                    }
                    for (int j = col; j < col + span; j++)
                    {
                        covered[j]--;
                    }
                    col += span;
                    continue;
                }
                if (k >= row.size())
                {
                    break;
                }
                Span s = row.get(k++);
                XWPFTableCell cell = tr.createCell();
                if (!s.text().isEmpty())
                {
                    run(cell.getParagraphs().get(0), s.text());
                }
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (s.colspan() > 1)
                {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(s.colspan()));
                }
                if (s.rowspan() > 1)
                {
                    pr.addNewVMerge().setVal(STMerge.RESTART);
                    for (int j = col; j < col + s.colspan(); j++)
                    {
                        covered[j] = s.rowspan() - 1;
                    }
                    coveredSpan[col] = s.colspan();
                }
                col += s.colspan();
            }
        }
        table.removeRow(0);
    }

    private static void run(XWPFParagraph paragraph, String text)
    {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
        run.setText(text);
    }

    /** An HTML page (UTF-8) with the tables' spans as rowspan/colspan. */
    public static byte[] html(ReportLayout layout)
    {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>");
        sb.append(escape(((Para) layout.parts().get(0)).text())).append("</title></head><body><div class=\"article\">\n");
        for (Part p : layout.parts())
        {
            if (p instanceof Para para)
            {
                sb.append(para.heading() ? "<p><strong>" : "<p>").append(escape(para.text()))
                        .append(para.heading() ? "</strong></p>\n" : "</p>\n");
            }
            else if (p instanceof Table t)
            {
                sb.append("<table border=\"1\" cellspacing=\"0\"><tbody>\n");
                for (List<Span> row : t.rows())
                {
                    sb.append("<tr>");
                    for (Span s : row)
                    {
                        sb.append("<td");
                        if (s.colspan() > 1)
                        {
                            sb.append(" colspan=\"").append(s.colspan()).append('"');
                        }
                        if (s.rowspan() > 1)
                        {
                            sb.append(" rowspan=\"").append(s.rowspan()).append('"');
                        }
                        sb.append('>').append(escape(s.text())).append("</td>");
                    }
                    sb.append("</tr>\n");
                }
                sb.append("</tbody></table>\n");
            }
        }
        sb.append("</div></body></html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF: paragraphs wrapped, each table row on one baseline with its cells at their grid columns. */
    public static byte[] pdf(ReportLayout layout)
    {
        List<ReportDocument.Part> parts = new ArrayList<>();
        for (Part p : layout.parts())
        {
            if (p instanceof Para para)
            {
                parts.add(new ReportDocument.Para(para.text()));
            }
            else if (p instanceof Table t)
            {
                parts.add(new ReportDocument.Table(t.grid()));
            }
        }
        return ReportFixtures.pdf(new ReportDocument(parts));
    }

    private static String escape(String s)
    {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
