package io.github.zwgk.annualreport.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The one-pass paragraph cleaner against its definition, written the obvious way with split and a regex. */
class BlockContentHandlerCleanTest
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
