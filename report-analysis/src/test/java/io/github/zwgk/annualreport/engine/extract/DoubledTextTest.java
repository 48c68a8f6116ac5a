package io.github.zwgk.annualreport.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.zwgk.annualreport.engine.fixtures.Seeds;

class DoubledTextTest
{
    @ParameterizedTest
    @ValueSource(strings = {"一一、、总总体体情情况况", "息息县县关关店店乡乡", "（（一一））主动公开", "行政许可\t2288336644"})
    void aLineDrawnTwiceCarriesTheMark(String text)
    {
        assertThat(DoubledText.found(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"认认真真、扎扎实实地做好政务公开", "0\t0\t0\t000000", "一、总体情况", "人人 人人 人人", "", "a"})
    void ordinaryTextDoesNot(String text)
    {
        assertThat(DoubledText.found(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void noSeedCarriesTheMark(String seed)
    {
        assertThat(DoubledText.found(List.of(new ExtractedDocument.Paragraph(Seeds.text(seed))))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"一一、、总总体体情情况况"})
    void aTableCellCarriesItToo(String cell)
    {
        assertThat(DoubledText.found(List.of(new ExtractedDocument.TableBlock(List.of(List.of("项目", cell)))))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        "一、总体情况一、总体情况=一、总体情况",
        "息县关店乡人民政府2022年政府信息公开工作年度报告 息县关店乡人民政府2022年政府信息公开工作年度报告"
                + "=息县关店乡人民政府2022年政府信息公开工作年度报告",
        "对外公开总数量 | |对外公开总数量 | |=对外公开总数量 | |",
        "一一、、总总体体情情况况=一、总体情况",
        "（（一一））主主动动公公开开=（一）主动公开"})
    void aLineThatFakeBoldDoubledIsReadOnce(String doubled, String once)
    {
        assertThat(DoubledText.undoubleLine(doubled)).isEqualTo(once);
        assertThat(DoubledText.undoubleLines("标题\n" + doubled + "\n正文")).isEqualTo("标题\n" + once + "\n正文");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 0 0 0", "1100", "00", "12 12", "规章 0 0 0", "认认真真", "好好学习", "表三 表四",
            "一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0", "abcabc"})
    void figuresReduplicationAndOrdinaryLinesAreLeftAsTheyAre(String line)
    {
        assertThat(DoubledText.undoubleLine(line)).isEqualTo(line);
    }
}
