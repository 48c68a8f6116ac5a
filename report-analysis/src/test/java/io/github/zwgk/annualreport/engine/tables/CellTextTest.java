package io.github.zwgk.annualreport.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.text.TextNormalizer;

/** How one cell's text is read: numbers as written in the seeds, 不适用 marks, blanks, and what is left unreadable. */
class CellTextTest
{
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0;0", "924.19;924.19", "24252.311082;24252.311082", "4068.208;4068.208", "-3;-3", "+2;2", "1,234;1234",
        "28364;28364", "1,234,567.5;1234567.5", " 17 ;17"})
    void readsNumbersAsWritten(String raw, String value)
    {
        Cell c = CellText.parse(raw);

        assertThat(c.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(c.value()).isEqualByComparingTo(value);
        assertThat(c.raw()).isEqualTo(raw.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"—", "-", "/", "无", "不适用", "——", "--", "－", "N/A"})
    void readsNotApplicableMarks(String raw)
    {
        Cell c = CellText.parse(raw);

        assertThat(c.kind()).isEqualTo(CellKind.NOT_APPLICABLE);
        assertThat(c.raw()).isEqualTo(raw);
        assertThat(c.value()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"O", "l0", "1O", "0,0", "1.", ".5", "3件", "见附件", "12,34", "1-2", "?"})
    void leavesAnythingElseUnreadableWithItsText(String raw)
    {
        Cell c = CellText.parse(raw);

        assertThat(c.kind()).isEqualTo(CellKind.UNREADABLE);
        assertThat(c.raw()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void readsNothingAsBlankNotZero(String raw)
    {
        assertThat(CellText.parse(raw)).isEqualTo(Cell.BLANK);
        assertThat(CellText.parse(null)).isEqualTo(Cell.BLANK);
    }

    @ParameterizedTest
    @CsvSource({"0,true", "-3,true", "—,true", "无,true", "O,true", "?,true", "1.,false", "(2),false", "3、,false",
        "规章,false", "公开,false", "httpwwwhedonggovcnindexhtm,false"})
    void tellsValuesFromLabelText(String token, boolean valueLike)
    {
        assertThat(CellText.isValueLike(token)).isEqualTo(valueLike);
    }

    @ParameterizedTest
    @ValueSource(strings = {"（三）不予\n公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3.危及“三安全一稳定”",
        "社会公益 组织", "第二十条第（一）项", "信息内容\t本年收费金额（单位：万元）"})
    void computesTheSameKeyAsTheTextNormalizer(String label)
    {
        assertThat(CellText.key(TextNormalizer.line(label))).isEqualTo(TextNormalizer.key(label));
    }

    @ParameterizedTest
    @CsvSource({"(七)总记,七总计", "'社会公益 组织',社会公益组织"})
    void repairsOcrWhileKeying(String label, String key)
    {
        assertThat(CellText.key(label)).isEqualTo(key);
        assertThat(CellText.key(label + "x".repeat(100), 20)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"'一、二 三',3,一二三", "一二三四,3,", "'(一) 予以公开',5,一予以公开", "'(一) 予以公开',4,", "'',0,''", "'、 ,',0,''"})
    void givesUpOnlyWhenTheKeyIsLongerThanTheLimit(String label, int limit, String key)
    {
        assertThat(CellText.key(label, limit)).isEqualTo(key);
    }
}
