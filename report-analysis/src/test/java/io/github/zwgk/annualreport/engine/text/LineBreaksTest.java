package io.github.zwgk.annualreport.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineBreaksTest
{
    @ParameterizedTest
    @ValueSource(strings = {"", "a", "\n", "a\nb", "a\r\nb", "a\rb", "a\n\nb\n", "\r\n\r\n", "a\r\r\nb", "a\u2028b\u2029c\u0085d",
            "a\u000Bb\u000Cc", "一、总体情况\r\n\t0\t0\r\n"})
    void splitsAsTheRegularExpressionDoes(String text)
    {
        assertThat(LineBreaks.split(text)).isEqualTo(List.of(text.split("\\R", -1)));
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomText()
    {
        char[] alphabet = {'a', '一', ' ', '\t', '\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029', '|'};
        Random random = new Random(20261121);
        for (int round = 0; round < 5_000; round++)
        {
            String text = RandomText.of(random, alphabet, 20);
            assertThat(LineBreaks.split(text)).as("%s", text.chars().boxed().toList()).isEqualTo(List.of(text.split("\\R", -1)));
        }
    }
}
