package io.github.zwgk.annualreport.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The handler's text handling: white space per format, and the one-pass paragraph cleaner against its definition. */
class BlockContentHandlerTest
{
    private static String byDefinition(String text)
    {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1))
        {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString().replaceAll("^\\n+|\\n+$", "");
    }

    @Test
    void dropsTrailingBlanksAndOuterEmptyLinesOnly()
    {
        assertThat(BlockContentHandler.cleanParagraph("\n \n  一、总体情况  \n\n(一)主动公开 \t\n \n")).isEqualTo("  一、总体情况\n\n(一)主动公开");
        assertThat(BlockContentHandler.cleanParagraph(" \n\t\n")).isEmpty();
    }

    @Test
    void collapsesHtmlWhiteSpaceAndKeepsOtherFormatsSpacing() throws Exception
    {
        assertThat(paragraph(true, "  一、\u00A0\u00A0总体\t\n 情况 ", "(一)")).isEqualTo("一、 总体 情况 (一)");
        assertThat(paragraph(false, "  一、\u00A0\u00A0总体\t情况 ", "(一)")).isEqualTo("  一、  总体\t情况 (一)");
    }

    /** The paragraph a {@code <p>} holding the given character chunks becomes. */
    private static String paragraph(boolean html, String... chunks) throws Exception
    {
        BlockContentHandler h = new BlockContentHandler(html, Limits.DEFAULT);
        h.startElement("", "p", "p", new org.xml.sax.helpers.AttributesImpl());
        for (String chunk : chunks)
        {
            char[] padded = ("xx" + chunk + "yy").toCharArray(); // the handler must honour start and length
            h.characters(padded, 2, chunk.length());
        }
        h.endElement("", "p", "p");
        h.endDocument();
        return ((ExtractedDocument.Paragraph) h.blocks().get(0)).text();
    }

    @Test
    void agreesWithTheDefinitionOnRandomText()
    {
        char[] alphabet = {'a', '一', ' ', '\t', '\n', '\u3000', '\u00A0', '\r'};
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++)
        {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++)
            {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = sb.toString();
            assertThat(BlockContentHandler.cleanParagraph(text)).as("%s", text.chars().boxed().toList()).isEqualTo(byDefinition(text));
        }
    }
}
