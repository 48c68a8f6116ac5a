package io.github.zwgk.annualreport.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How one line is seen as table material: labels written against their values, Markdown rows, cells closed by '|'. */
class TableLineTest
{
    @ParameterizedTest
    @CsvSource(delimiter = '»', value = {
        "一、本年新收政府信息公开申请数量640020470»一、本年新收政府信息公开申请数量»640020470",
        "行政许可28364»行政许可»28364",
        "规章—00»规章»—00",
        "规章0———»规章»0———",
        "行政处罚/»行政处罚»/",
        "行政许可不适用»行政许可»不适用",
        "行政规范性文件无 0 3»行政规范性文件»无 0 3",
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形)无 0 0 0 0 0 0»(二)部分公开(区分处理的,只计这一情形,不计其他情形)»无 0 0 0 0 0 0",
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形)5000005»(二)部分公开(区分处理的,只计这一情形,不计其他情形)»5000005",
        "3.危及“三安全一稳定”0000000»3.危及“三安全一稳定”»0000000",
        "结果维持 结果纠正 其他结果 尚未审结 总计0134017000/0233000233»结果维持 结果纠正 其他结果 尚未审结 总计»0134017000/0233000233",
        "一、本年新收政府信息公开申请数量34 0 0 0 0 0 34»一、本年新收政府信息公开申请数量»34 0 0 0 0 0 34",
    })
    void separatesALabelFromTheValuesWrittenAgainstIt(String line, String label, String values)
    {
        TableLine tl = TableLine.of(line);

        assertThat(tl.kind()).isEqualTo(TableLine.Kind.STREAM);
        assertThat(tl.label()).isEqualTo(label);
        assertThat(String.join(" ", tl.values())).isEqualTo(values);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '»', value = {
        "数据1»数据1",
        "项目 数据1 数据2 数据3»项目 数据1 数据2 数据3",
        "1.属于国家秘密»1.属于国家秘密",
        "2023年,我局收到申请34件。»2023年,我局收到申请34件。",
    })
    void leavesLabelsThatMerelyEndInADigitOrNumberWhole(String line, String label)
    {
        TableLine tl = TableLine.of(line);

        assertThat(tl.label()).isEqualTo(label);
        assertThat(tl.values()).isEmpty();
    }

    @Test
    void dropsTheFieldsOutsideTheOuterPipesOfAMarkdownRow()
    {
        TableLine tl = TableLine.of("| 规章 | 0 | | 0 |");

        assertThat(tl.kind()).isEqualTo(TableLine.Kind.GRID);
        assertThat(tl.fields()).containsExactly("规章", "0", "", "0");
    }

    @Test
    void marksCellsClosedByAPipe()
    {
        assertThat(TableLine.of("0 |").piped()).isTrue();
        assertThat(TableLine.of("一、本年新收政府信息公开申请数量 |").piped()).isTrue();
        assertThat(TableLine.of("|").kind()).isEqualTo(TableLine.Kind.EMPTY_CELL);
        assertThat(TableLine.of("|").piped()).isTrue();
        assertThat(TableLine.of("0").piped()).isFalse();
        assertThat(TableLine.of("\t").piped()).isFalse();
    }

    @Test
    void readsAChangeWrittenInWordsAndLabelsWithoutTheirNotes()
    {
        assertThat(CellText.parse("减4").value()).isEqualByComparingTo("-4");
        assertThat(CellText.parse("增3").value()).isEqualByComparingTo("3");
        assertThat(CellText.parse("减少").kind()).isEqualTo(io.github.zwgk.annualreport.engine.model.CellKind.UNREADABLE);
        assertThat(CellText.isValueLike("减4")).isTrue();
        assertThat(CellText.withoutNotes("规章（设区的市、自治州人民政府应提供相关数据）")).isEqualTo("规章");
        assertThat(CellText.withoutNotes("(二)部分公开(区分处理的,只计这一情形)")).isEqualTo("(二)部分公开");
        assertThat(CellText.withoutNotes("上一年项目数量(指2019年事项数)")).isEqualTo("上一年项目数量");
    }
}
