package io.github.zwgk.annualreport.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest
{
    @ParameterizedTest
    @CsvSource(delimiter = '»', value = {
        "（一）主动公开情况：１２件»(一)主动公开情况:12件",
        "'一、  总体情况'»'一、 总体情况'",
        "'一、\u3000总体情况\u00A0'»'一、 总体情况 '",
        "—. 2021年丁作总结»一、2021年工作总结",
        "'  -、总体情况'»' 一、总体情况'",
        "总记\t(=)\t(≡)»总计\t(二)\t(三)",
        "行政许可 28364»行政许可 28364",
        "'a\rb'»ab",
    })
    void normalisesWhatExtractionProduces(String raw, String normalised)
    {
        assertThat(TextNormalizer.line(raw)).isEqualTo(normalised);
    }

    @Test
    void returnsALineThatNeedsNothingUncopied()
    {
        String line = "2022年,本机关共收到政府信息公开申请34件。\t0\t0"; // already normalised: half-width comma
        assertThat(TextNormalizer.line(line)).isSameAs(line);
    }

    /** The shortcut for lines that need nothing must never skip a change the full rewrite would make. */
    @Test
    void theShortcutAgreesWithTheFullRewrite()
    {
        char[] alphabet = {'a', '一', '记', '丁', '总', '作', ' ', ' ', '\u3000', '\u00A0', '\u200B', '\t', '\r', '|', '-', '—',
            '－', '–', '―', '.', '．', '、', '=', '≡', '(', ')', '（', '１', '2', ':'};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++)
        {
            String text = RandomText.of(random, alphabet, 12);
            assertThat(TextNormalizer.line(text)).as("%s", text).isEqualTo(TextNormalizer.rewrite(text));
        }
    }
}
