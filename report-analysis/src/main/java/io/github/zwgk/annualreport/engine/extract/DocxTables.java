package io.github.zwgk.annualreport.engine.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipEntry;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;

/**
 * Re-reads the tables of a .docx with POI XWPF to restore the grid that Tika's docx output loses.
 * <p>
 * Why: Tika (3.2, both its DOM and SAX docx extractors) writes one {@code <td>} per {@code w:tc} and drops
 * {@code w:gridSpan}, {@code w:gridBefore} and {@code w:gridAfter}. In the 表三 of 国办公开办函〔2021〕30号 the row labels
 * ("一、本年新收政府信息公开申请数量", "（七）总计") span two or three grid columns and the 申请人情况 header spans seven, so
 * without the spans the cells of a row no longer line up with the header's columns. Vertically merged cells
 * ({@code w:vMerge}) are fine in Tika's output: the continuation cells come out empty, as they should.
 * <p>
 * Each of Tika's top-level tables is replaced by the next POI body table with the same text (ignoring white space), so
 * tables that only Tika sees (headers, footers, text boxes) and any mismatch simply keep Tika's version.
 */
final class DocxTables
{
    private DocxTables()
    {
    }

    /**
     * Whether word/document.xml merges table cells (w:gridSpan, w:vMerge, w:gridBefore, w:gridAfter): only then does
     * Tika's reading lose the grid. The zip has already passed {@link ZipBombGuard}; an unreadable entry answers true
     * (re-read with POI, which reports the damage).
     */
    static boolean hasMergedCells(byte[] docx)
    {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx)))
        {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;)
            {
                if (e.getName().equals("word/document.xml"))
                {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return xml.contains("gridSpan") || xml.contains("vMerge") || xml.contains("gridBefore")
                            || xml.contains("gridAfter");
                }
            }
            return false;
        }
        catch (IOException | RuntimeException e)
        {
            return true;
        }
    }

    /** The blocks with Tika's docx tables replaced by their grid-faithful POI reading where the text matches. */
    static List<ExtractedDocument.Block> withGridTables(List<ExtractedDocument.Block> blocks, byte[] docx)
        throws IOException
    {
        if (!hasMergedCells(docx))
        {
            return blocks; // without merges Tika's rows are already the grid: skip the DOM re-read (a third of a docx)
        }
        List<List<List<String>>> poiTables = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)))
        {
            for (XWPFTable t : doc.getTables())
            {
                poiTables.add(grid(t));
            }
        }
        List<ExtractedDocument.Block> out = new ArrayList<>(blocks.size());
        int next = 0;
        for (ExtractedDocument.Block b : blocks)
        {
            if (b instanceof ExtractedDocument.TableBlock tika)
            {
                String signature = signature(tika.rows());
                for (int i = next; i < poiTables.size(); i++)
                {
                    if (signature(poiTables.get(i)).equals(signature))
                    {
                        b = new ExtractedDocument.TableBlock(poiTables.get(i));
                        next = i + 1;
                        break;
                    }
                }
            }
            out.add(b);
        }
        return out;
    }

    /** Rows laid out on the table grid: gridBefore as empty cells, a gridSpan as text + empty cells. */
    static List<List<String>> grid(XWPFTable table)
    {
        TableGrid grid = new TableGrid();
        for (XWPFTableRow row : table.getRows())
        {
            grid.startRow();
            CTTrPr trPr = row.getCtRow().getTrPr();
            emptyCells(grid, trPr == null ? 0 : first(trPr.getGridBeforeList()));
            for (ICell c : row.getTableICells())
            {
                if (c instanceof XWPFTableCell cell)
                {
                    CTTcPr tcPr = cell.getCTTc().getTcPr();
                    int span = tcPr != null && tcPr.getGridSpan() != null ? intValue(tcPr.getGridSpan().getVal()) : 1;
                    grid.cell(cellText(cell.getBodyElements()), span, 1);
                }
                else if (c instanceof XWPFSDTCell sdt)
                {
                    grid.cell(clean(sdt.getContent().getText()), 1, 1);
                }
            }
            // w:gridAfter (grid columns left unused at the end of a short row) adds nothing: the row simply ends
            grid.endRow();
        }
        return grid.rows();
    }

    private static void emptyCells(TableGrid grid, int n)
    {
        for (int i = 0; i < Math.min(n, TableGrid.MAX_SPAN); i++)
        {
            grid.cell("", 1, 1);
        }
    }

    /** A cell's paragraphs one per line; a nested table flattened to one line per row, cells separated by a space. */
    private static String cellText(List<IBodyElement> elements)
    {
        StringBuilder sb = new StringBuilder();
        for (IBodyElement e : elements)
        {
            if (e instanceof XWPFParagraph p)
            {
                sb.append(p.getText()).append('\n');
            }
            else if (e instanceof XWPFTable nested)
            {
                for (XWPFTableRow r : nested.getRows())
                {
                    for (ICell c : r.getTableICells())
                    {
                        if (c instanceof XWPFTableCell nc)
                        {
                            sb.append(cellText(nc.getBodyElements()).replace('\n', ' ')).append(' ');
                        }
                    }
                    sb.append('\n');
                }
            }
            else if (e instanceof XWPFSDT sdt)
            {
                sb.append(sdt.getContent().getText()).append('\n');
            }
        }
        return clean(sb.toString());
    }

    /** Same clean-up as the SAX path: lines stripped, TABs to spaces, empty lines dropped. */
    private static String clean(String s)
    {
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\\R"))
        {
            String l = line.replace('\t', ' ').replace('\u00A0', ' ').strip();
            if (!l.isEmpty())
            {
                if (!out.isEmpty())
                {
                    out.append('\n');
                }
                out.append(l);
            }
        }
        return out.toString();
    }

    /** All cell text without any white space: equal for the same table however the two readers space it. */
    private static String signature(List<List<String>> rows)
    {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows)
        {
            for (String cell : row)
            {
                if (cell != null)
                {
                    cell.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                        .forEach(sb::appendCodePoint);
                }
            }
        }
        return sb.toString();
    }

    private static int first(List<CTDecimalNumber> values)
    {
        return values.isEmpty() || values.get(0).getVal() == null ? 0 : intValue(values.get(0).getVal());
    }

    private static int intValue(BigInteger v)
    {
        return v == null || v.bitLength() > 31 ? 1 : v.intValue();
    }
}
