package io.github.zwgk.annualreport.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML that Tika's parsers emit into {@link ExtractedDocument} blocks: text of {@code <p>}, {@code <h1..6>},
 * {@code <li>}, {@code <div>} … becomes paragraphs, a top-level {@code <table>} becomes a {@link ExtractedDocument.TableBlock}
 * with its real rows and cells (colspan/rowspan laid out by {@link TableGrid}), a table nested in a cell is flattened
 * into that cell's text. Iterative (no recursion), so any nesting depth is safe; stops with
 * {@link TextLimitException} as soon as the text exceeds the limits.
 */
final class BlockContentHandler extends DefaultHandler
{
    /** Elements that end a paragraph (Tika's XHTML vocabulary plus what the HTML mapper lets through). */
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "pre",
        "blockquote", "dt", "dd", "dl", "ul", "ol", "address", "section", "article", "header", "footer", "center",
        "hr", "caption", "body");

    /** Elements whose text is never report content. */
    private static final Set<String> SKIPPED = Set.of("head", "title", "style", "script", "noscript", "template");

    /** Thrown when the text grows beyond {@link Limits#maxCharacters()} or {@link Limits#maxLines()}. */
    static final class TextLimitException extends SAXException
    {
        private static final long serialVersionUID = 1L;

        TextLimitException(String message)
        {
            super(message);
        }
    }

    private final boolean collapseWhitespace;
    private final int maxCharacters;
    private final int maxLines;

    private final List<ExtractedDocument.Block> blocks = new ArrayList<>();
    /** PDF: where each page starts ({@code <div class="page">}, one per page in Tika's PDF output). */
    private final List<ExtractedDocument.PageStart> pageStarts = new ArrayList<>();
    private boolean trackPages;
    private final StringBuilder paragraph = new StringBuilder();
    private final StringBuilder cell = new StringBuilder();

    private long characters;
    private long lines;
    private int skipDepth;
    private int tableDepth;
    private boolean inCell;
    private boolean inCaption;
    private int cellColSpan;
    private int cellRowSpan;
    private TableGrid grid;

    /**
     * @param collapseWhitespace HTML: runs of white space in the source are one space, line breaks come from
     *                           {@code <br>} (which Tika reports as ignorable white space) and from blocks
     */
    BlockContentHandler(boolean collapseWhitespace, Limits limits)
    {
        this.collapseWhitespace = collapseWhitespace;
        this.maxCharacters = limits.maxCharacters();
        this.maxLines = limits.maxLines();
    }

    List<ExtractedDocument.Block> blocks()
    {
        return blocks;
    }

    /**
     * Records where pages start: Tika's PDF parser wraps each page in {@code <div class="page">} (only the PDF path turns
     * this on: an HTML report's own divs are not pages).
     */
    BlockContentHandler trackingPages()
    {
        trackPages = true;
        return this;
    }

    /** Where each page started (empty unless {@link #trackingPages()}). */
    List<ExtractedDocument.PageStart> pageStarts()
    {
        return pageStarts;
    }

    @Override
    public void endDocument() throws SAXException
    {
        flushParagraph();
        if (grid != null)
        {
            endTable(); // unclosed table
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException
    {
        String name = name(localName, qName);
        if (skipDepth > 0 || SKIPPED.contains(name))
        {
            skipDepth++;
            return;
        }
        switch (name)
        {
            case "table" -> {
                tableDepth++;
                if (tableDepth == 1)
                {
                    flushParagraph();
                    grid = new TableGrid();
                }
                else if (inCell)
                {
                    lineBreakInCell(); // nested table: flattened into the cell's text
                }
            }
            case "tr" -> {
                if (tableDepth == 1)
                {
                    grid.startRow();
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1)
                {
                    inCell = true;
                    cell.setLength(0);
                    cellColSpan = span(atts, "colspan");
                    cellRowSpan = span(atts, "rowspan");
                }
            }
            case "br" -> newline();
            default -> {
                if (name.equals("caption") && tableDepth == 1)
                {
                    inCaption = true;
                }
                if (BLOCKS.contains(name))
                {
                    blockBoundary();
                }
                if (trackPages && tableDepth == 0 && name.equals("div") && "page".equals(atts.getValue("class")))
                {
                    pageStarts.add(new ExtractedDocument.PageStart(blocks.size(), 0));
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException
    {
        String name = name(localName, qName);
        if (skipDepth > 0)
        {
            skipDepth--;
            return;
        }
        switch (name)
        {
            case "table" -> {
                if (tableDepth == 1)
                {
                    endTable();
                }
                else if (inCell)
                {
                    lineBreakInCell();
                }
                tableDepth = Math.max(0, tableDepth - 1);
            }
            case "tr" -> {
                if (tableDepth == 1)
                {
                    grid.endRow();
                    countLines(1);
                }
                else if (inCell)
                {
                    lineBreakInCell(); // nested table row: one line in the cell
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1 && inCell)
                {
                    grid.cell(cleanCell(cell), cellColSpan, cellRowSpan);
                    inCell = false;
                }
                else if (inCell)
                {
                    cell.append(' '); // nested table cell: cells of a nested row separated by a space
                }
            }
            default -> {
                if (name.equals("caption") && inCaption)
                {
                    inCaption = false;
                    flushParagraph();
                }
                else if (BLOCKS.contains(name))
                {
                    blockBoundary();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException
    {
        if (skipDepth > 0 || length == 0)
        {
            return;
        }
        StringBuilder target = target();
        if (target == null)
        {
            return;
        }
        count(length);
        // Runs of ordinary characters are appended whole; a no-break space is a space, and in HTML a run of white space
        // is one space (none at the start of a line).
        int end = start + length;
        int run = start;
        for (int i = start; i < end; i++)
        {
            char c = ch[i];
            boolean noBreak = c == '\u00A0';
            boolean collapsed = collapseWhitespace && (noBreak || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f');
            if (!noBreak && !collapsed)
            {
                continue;
            }
            target.append(ch, run, i - run);
            run = i + 1;
            int len = target.length();
            if (!collapsed || (len > 0 && target.charAt(len - 1) != ' ' && target.charAt(len - 1) != '\n'))
            {
                target.append(' ');
            }
        }
        target.append(ch, run, end - run);
    }

    /** Tika reports {@code <br>} and layout newlines as ignorable white space: inside text it is a line break. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException
    {
        for (int i = start; i < start + length; i++)
        {
            if (ch[i] == '\n')
            {
                newline();
            }
        }
    }

    private void newline() throws SAXException
    {
        StringBuilder target = skipDepth > 0 ? null : target();
        if (target != null && !target.isEmpty())
        {
            trimTrailingSpace(target);
            target.append('\n');
            count(1);
        }
    }

    /** Where text goes now: the open cell, the paragraph, or nowhere (between rows and cells of a table). */
    private StringBuilder target()
    {
        if (tableDepth == 0 || inCaption && !inCell)
        {
            return paragraph;
        }
        return inCell ? cell : null;
    }

    private void blockBoundary() throws SAXException
    {
        if (tableDepth == 0 || inCaption && !inCell)
        {
            flushParagraph();
        }
        else if (inCell)
        {
            lineBreakInCell();
        }
    }

    private void lineBreakInCell()
    {
        trimTrailingSpace(cell);
        if (!cell.isEmpty() && cell.charAt(cell.length() - 1) != '\n')
        {
            cell.append('\n');
        }
    }

    private void flushParagraph() throws SAXException
    {
        String text = cleanParagraph(paragraph);
        paragraph.setLength(0);
        if (!text.isEmpty())
        {
            blocks.add(new ExtractedDocument.Paragraph(text));
            countLines(1 + lineBreaks(text));
        }
    }

    private static int lineBreaks(String text)
    {
        int n = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        {
            n++;
        }
        return n;
    }

    private void endTable()
    {
        List<List<String>> rows = grid.rows();
        grid = null;
        inCell = false;
        inCaption = false;
        if (!rows.isEmpty())
        {
            blocks.add(new ExtractedDocument.TableBlock(rows));
        }
    }

    private void count(long n) throws TextLimitException
    {
        characters += n;
        if (characters > maxCharacters)
        {
            throw new TextLimitException("more than " + maxCharacters + " characters");
        }
    }

    private void countLines(long n) throws TextLimitException
    {
        lines += n;
        if (lines > maxLines)
        {
            throw new TextLimitException("more than " + maxLines + " lines");
        }
    }

    /** Paragraph text: lines with trailing blanks removed, no leading or trailing empty lines. One pass. */
    static String cleanParagraph(CharSequence sb)
    {
        StringBuilder out = new StringBuilder(sb.length());
        int n = sb.length();
        int lineStart = 0;
        for (int i = 0; i <= n; i++)
        {
            if (i < n && sb.charAt(i) != '\n')
            {
                continue;
            }
            int end = i;
            while (end > lineStart && Character.isWhitespace(sb.charAt(end - 1)))
            {
                end--;
            }
            if (end > lineStart || !out.isEmpty())
            {
                out.append(sb, lineStart, end);
                if (i < n)
                {
                    out.append('\n');
                }
            }
            lineStart = i + 1;
        }
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == '\n')
        {
            len--;
        }
        out.setLength(len);
        return out.toString();
    }

    /** Cell text: each line stripped, TABs inside a cell become spaces (a TAB separates cells in lines()), no empty lines. */
    private static String cleanCell(StringBuilder sb)
    {
        StringBuilder out = new StringBuilder(sb.length());
        for (String line : sb.toString().split("\n"))
        {
            String l = line.replace('\t', ' ').replace('\u000B', ' ').strip();
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

    private static void trimTrailingSpace(StringBuilder sb)
    {
        int len = sb.length();
        while (len > 0 && sb.charAt(len - 1) == ' ')
        {
            len--;
        }
        sb.setLength(len);
    }

    private static int span(Attributes atts, String name)
    {
        String v = atts.getValue(name);
        if (v == null)
        {
            return 1;
        }
        try
        {
            return Integer.parseInt(v.strip());
        }
        catch (NumberFormatException e)
        {
            return 1;
        }
    }

    private static String name(String localName, String qName)
    {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        int colon = n.indexOf(':');
        return (colon >= 0 ? n.substring(colon + 1) : n).toLowerCase(Locale.ROOT);
    }
}
