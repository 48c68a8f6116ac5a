package io.github.zwgk.annualreport.engine.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.github.zwgk.annualreport.engine.model.ExtractionInfo;
import io.github.zwgk.annualreport.engine.text.LineBreaks;

/**
 * The text of a document as blocks in reading order: paragraphs, and tables with their real row/cell structure where
 * the format has one (docx, doc, html). Everything downstream reads {@link #lines()}, computed once (the extractor
 * checks the text limits on them, the analyzer parses them). Where the format tells pages (PDF; a .docx with page
 * breaks) it also knows where each page starts ({@link #pageOf(int)}), so that a finding can name its page.
 * Immutable; equal when blocks, page starts and info are.
 */
public final class ExtractedDocument
{
    /** A paragraph (may hold several lines) or a table. */
    public sealed interface Block permits Paragraph, TableBlock
    {
    }

    /** Running text. */
    public record Paragraph(String text) implements Block
    {
    }

    /**
     * A table: rows of cell texts, merged cells already expanded or left empty as the source has them. A cell's own
     * line breaks are kept as '\n' inside the cell text.
     */
    public record TableBlock(List<List<String>> rows) implements Block
    {
    }

    /**
     * Where a page starts: at line {@code offset} of block {@code block} (a paragraph's line, a table's row).
     *
     * @param block  index of the block
     * @param offset line of a paragraph block, row of a table block (0 = the block's first)
     */
    public record PageStart(int block, int offset)
    {
    }

    private final List<Block> blocks;
    private final ExtractionInfo info;
    /** Where pages 1, 2, … start; empty when the format tells no pages. */
    private final List<PageStart> pageStarts;
    /** {@link #lines()}, once asked for; a benign race: two threads may both compute the same list. */
    private volatile List<String> lines;
    /** The first line (1-based) of each page, computed with {@link #lines()}. */
    private volatile int[] pageLines;

    /**
     * @param blocks the blocks in reading order
     * @param info   how the text was had (null for a provisional document)
     */
    public ExtractedDocument(List<Block> blocks, ExtractionInfo info)
    {
        this(blocks, info, List.of());
    }

    /**
     * @param blocks     the blocks in reading order
     * @param info       how the text was had (null for a provisional document)
     * @param pageStarts where each page starts, in order (the first page's start included); empty when unknown
     */
    public ExtractedDocument(List<Block> blocks, ExtractionInfo info, List<PageStart> pageStarts)
    {
        this.blocks = List.copyOf(blocks);
        this.info = info;
        this.pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
    }

    public List<Block> blocks()
    {
        return blocks;
    }

    public ExtractionInfo info()
    {
        return info;
    }

    /** The same blocks (and their lines, if already computed) with the given info. */
    public ExtractedDocument withInfo(ExtractionInfo newInfo)
    {
        ExtractedDocument d = new ExtractedDocument(blocks, newInfo, pageStarts);
        d.lines = lines;
        d.pageLines = pageLines;
        return d;
    }

    /** The same blocks and info with the given page starts. */
    public ExtractedDocument withPages(List<PageStart> starts)
    {
        return new ExtractedDocument(blocks, info, starts);
    }

    /** Where each page starts; empty when the format tells no pages. */
    public List<PageStart> pageStarts()
    {
        return pageStarts;
    }

    /**
     * The page (1-based) that line {@code line} (1-based, of {@link #lines()}) is on, or null when the document's pages
     * are not known.
     */
    public Integer pageOf(int line)
    {
        if (pageStarts.isEmpty() || line < 1)
        {
            return null;
        }
        int[] starts = pageLines;
        if (starts == null)
        {
            computeLines(); // sets pageLines
            starts = pageLines;
        }
        int page = 0;
        for (int start : starts) // a few dozen pages: a scan is as quick as a search
        {
            if (start > line)
            {
                break;
            }
            page++;
        }
        return Math.max(page, 1);
    }

    /**
     * The document as lines: a paragraph gives its lines, a table row gives one line of its cells joined by TAB (a
     * cell's inner line breaks become spaces). This is the same "one row per line, tab-separated" shape that text
     * extracted from the seeds has, so one table reader serves all formats. Unmodifiable.
     */
    public List<String> lines()
    {
        List<String> l = lines;
        if (l == null)
        {
            l = Collections.unmodifiableList(computeLines());
            lines = l;
        }
        return l;
    }

    private List<String> computeLines()
    {
        List<String> lines = new ArrayList<>();
        int[] pages = new int[pageStarts.size()];
        int next = 0;
        for (int index = 0; index < blocks.size(); index++)
        {
            Block b = blocks.get(index);
            int first = lines.size();
            if (b instanceof Paragraph p)
            {
                LineBreaks.split(p.text(), lines);
            }
            else if (b instanceof TableBlock t)
            {
                for (List<String> row : t.rows())
                {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < row.size(); i++)
                    {
                        if (i > 0)
                        {
                            sb.append('\t');
                        }
                        String cell = row.get(i) == null ? "" : row.get(i);
                        sb.append(oneLine(cell));
                    }
                    lines.add(sb.toString());
                }
            }
            // a table row is one line, a paragraph's line one line: the offset counts lines from the block's first
            for (; next < pages.length && pageStarts.get(next).block() <= index; next++)
            {
                PageStart s = pageStarts.get(next);
                int last = Math.max(first, lines.size() - 1);
                pages[next] = Math.min(first + Math.max(0, s.offset()), last) + 1;
            }
        }
        for (; next < pages.length; next++)
        {
            pages[next] = Integer.MAX_VALUE; // a page after the last text (blank): no line is on it
        }
        pageLines = pages;
        return lines;
    }

    /** The cell's text on one line: each run of TAB/CR/LF becomes one space, then it is stripped. */
    private static String oneLine(String cell)
    {
        if (cell.indexOf('\t') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0)
        {
            return cell.strip();
        }
        StringBuilder sb = new StringBuilder(cell.length());
        boolean run = false;
        for (int i = 0; i < cell.length(); i++)
        {
            char c = cell.charAt(i);
            boolean brk = c == '\t' || c == '\r' || c == '\n';
            if (!brk)
            {
                sb.append(c);
            }
            else if (!run)
            {
                sb.append(' ');
            }
            run = brk;
        }
        return sb.toString().strip();
    }

    @Override
    public boolean equals(Object o)
    {
        return o instanceof ExtractedDocument d && blocks.equals(d.blocks) && pageStarts.equals(d.pageStarts)
                && Objects.equals(info, d.info);
    }

    @Override
    public int hashCode()
    {
        return Objects.hash(blocks, pageStarts, info);
    }

    @Override
    public String toString()
    {
        return "ExtractedDocument[blocks=" + blocks.size() + (pageStarts.isEmpty() ? "" : ", pages=" + pageStarts.size())
                + ", info=" + info + "]";
    }

    /** A document made of plain text (already extracted elsewhere, e.g. by Alfresco's transform service). */
    public static ExtractedDocument ofText(String text, ExtractionInfo info)
    {
        return new ExtractedDocument(List.of(new Paragraph(text == null ? "" : text)), info);
    }

    /**
     * Text that another program extracted from a document (the repository's transform service for a PDF), repaired for
     * what such text carries: the lines that "fake bold" doubled ({@link DoubledText#undoubleLines}) are read once.
     */
    public static ExtractedDocument ofExtractedText(String text, ExtractionInfo info)
    {
        return ofText(text == null ? "" : DoubledText.undoubleLines(text), info);
    }
}
