package io.github.zwgk.annualreport.engine.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The pages of a .docx as Word last laid it out: Word writes {@code <w:lastRenderedPageBreak/>} where each page began
 * when it last rendered the document (a page break it made, or one the author inserted), and this reads them from
 * word/document.xml (StAX, no DTD, no external entities) to tell on which page each paragraph and each table row starts.
 * The paragraphs and tables found are matched in order with the extracted blocks (a paragraph by its text without
 * white space, a table by position), and the result is the {@link ExtractedDocument.PageStart}s of those blocks.
 * <p>
 * A .docx without such marks (written by a program that does not lay out pages) has no known pages: explicit page
 * breaks alone do not tell the page, since the text before them may fill several pages. Nothing here ever fails the
 * extraction: any problem means "pages unknown".
 */
final class DocxPages
{
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MARK = "lastRenderedPageBreak";
    /** How far ahead a block's paragraph is looked for among the document's (empty and unmatched ones are skipped). */
    private static final int LOOKAHEAD = 64;

    /** A body paragraph or table as read from document.xml, with the page it (each of its rows) starts on. */
    private record Element(boolean table, String text, int page, List<Integer> rowPages)
    {
    }

    private DocxPages()
    {
    }

    /** The page starts of the blocks extracted from this .docx; empty when its pages are not known. */
    static List<ExtractedDocument.PageStart> pageStarts(List<ExtractedDocument.Block> blocks, byte[] docx)
    {
        try
        {
            byte[] xml = documentXml(docx);
            if (xml == null || !new String(xml, StandardCharsets.ISO_8859_1).contains(MARK))
            {
                return List.of();
            }
            return align(blocks, read(xml));
        }
        catch (IOException | XMLStreamException | RuntimeException e)
        {
            return List.of();
        }
    }

    private static byte[] documentXml(byte[] docx) throws IOException
    {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx)))
        {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;)
            {
                if (e.getName().equals("word/document.xml"))
                {
                    return zip.readAllBytes();
                }
            }
        }
        return null;
    }

    /** The body's paragraphs (outside tables and text boxes) and tables, in document order. */
    private static List<Element> read(byte[] xml) throws XMLStreamException
    {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
        List<Element> out = new ArrayList<>();
        int page = 1;
        int tableDepth = 0;
        int textBoxDepth = 0;
        boolean inText = false;
        // the open top-level paragraph or table row: its page is the page of its first text (a break before the text
        // puts it on the next page), or of its start when it has none
        StringBuilder paragraph = null;
        int paragraphPage = 0;
        boolean paragraphHasText = false;
        List<Integer> rows = null;
        int rowPage = 0;
        boolean rowHasText = false;
        boolean inRow = false;
        try
        {
            while (r.hasNext())
            {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI()))
                {
                    switch (r.getLocalName())
                    {
                        case "tbl" -> {
                            tableDepth++;
                            if (tableDepth == 1 && textBoxDepth == 0)
                            {
                                rows = new ArrayList<>();
                            }
                        }
                        case "tr" -> {
                            if (tableDepth == 1 && rows != null)
                            {
                                inRow = true;
                                rowPage = page;
                                rowHasText = false;
                            }
                        }
                        case "txbxContent" -> textBoxDepth++;
                        case "p" -> {
                            if (tableDepth == 0 && textBoxDepth == 0)
                            {
                                paragraph = new StringBuilder();
                                paragraphPage = page;
                                paragraphHasText = false;
                            }
                        }
                        case "t" -> inText = textBoxDepth == 0;
                        case MARK -> page++;
                        default -> {
                        }
                    }
                }
                else if (event == XMLStreamConstants.CHARACTERS && inText)
                {
                    String text = r.getText();
                    if (!text.isBlank())
                    {
                        if (paragraph != null && !paragraphHasText)
                        {
                            paragraphPage = page;
                            paragraphHasText = true;
                        }
                        if (inRow && !rowHasText)
                        {
                            rowPage = page;
                            rowHasText = true;
                        }
                    }
                    if (paragraph != null)
                    {
                        compact(text, paragraph);
                    }
                }
                else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI()))
                {
                    switch (r.getLocalName())
                    {
                        case "t" -> inText = false;
                        case "txbxContent" -> textBoxDepth = Math.max(0, textBoxDepth - 1);
                        case "p" -> {
                            if (paragraph != null && tableDepth == 0 && textBoxDepth == 0)
                            {
                                if (!paragraph.isEmpty())
                                {
                                    out.add(new Element(false, paragraph.toString(), paragraphPage, List.of()));
                                }
                                paragraph = null;
                            }
                        }
                        case "tr" -> {
                            if (tableDepth == 1 && inRow)
                            {
                                rows.add(rowPage);
                                inRow = false;
                            }
                        }
                        case "tbl" -> {
                            if (tableDepth == 1 && rows != null)
                            {
                                out.add(new Element(true, "", rows.isEmpty() ? page : rows.get(0), rows));
                                rows = null;
                            }
                            tableDepth = Math.max(0, tableDepth - 1);
                        }
                        default -> {
                        }
                    }
                }
            }
        }
        finally
        {
            r.close();
        }
        return out;
    }

    /** Matches the blocks with the document's elements in order and turns their pages into page starts. */
    private static List<ExtractedDocument.PageStart> align(List<ExtractedDocument.Block> blocks, List<Element> elements)
    {
        List<ExtractedDocument.PageStart> starts = new ArrayList<>();
        starts.add(new ExtractedDocument.PageStart(0, 0));
        int current = 1;
        int next = 0;
        for (int i = 0; i < blocks.size(); i++)
        {
            ExtractedDocument.Block b = blocks.get(i);
            int found = -1;
            if (b instanceof ExtractedDocument.Paragraph p)
            {
                String text = compact(p.text(), new StringBuilder()).toString();
                for (int k = next; k < elements.size() && k < next + LOOKAHEAD && !text.isEmpty(); k++)
                {
                    Element e = elements.get(k);
                    if (!e.table() && e.text().equals(text))
                    {
                        found = k;
                        break;
                    }
                }
                if (found >= 0)
                {
                    current = advance(starts, current, elements.get(found).page(), i, 0);
                }
            }
            else if (b instanceof ExtractedDocument.TableBlock t)
            {
                for (int k = next; k < elements.size() && k < next + LOOKAHEAD; k++)
                {
                    if (elements.get(k).table())
                    {
                        found = k;
                        break;
                    }
                }
                if (found >= 0)
                {
                    List<Integer> rowPages = elements.get(found).rowPages();
                    for (int row = 0; row < t.rows().size() && !rowPages.isEmpty(); row++)
                    {
                        current = advance(starts, current, rowPages.get(Math.min(row, rowPages.size() - 1)), i, row);
                    }
                }
            }
            if (found >= 0)
            {
                next = found + 1;
            }
        }
        return starts;
    }

    /** Adds a start for each page from {@code current + 1} to {@code page} at block {@code block}, offset {@code offset}. */
    private static int advance(List<ExtractedDocument.PageStart> starts, int current, int page, int block, int offset)
    {
        for (int p = current + 1; p <= page; p++)
        {
            starts.add(new ExtractedDocument.PageStart(block, offset));
        }
        return Math.max(current, page);
    }

    /** The text without white space, appended to {@code sb}. */
    private static StringBuilder compact(String text, StringBuilder sb)
    {
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(sb::appendCodePoint);
        return sb;
    }
}
