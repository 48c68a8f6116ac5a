package io.github.zwgk.annualreport.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Formula injection (issue 13 point 5): cells a spreadsheet would run as formulas start with an apostrophe. */
class CsvCellsTest
{
    @Test
    void textsStartingWithAFormulaCharacterGetAnApostrophe()
    {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://evil.example\",\"点击\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点击\")");
        assertThat(CsvCells.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCells.neutralise("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvCells.neutralise("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvCells.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCells.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(CsvCells.neutralise("-")).isEqualTo("'-");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre()
    {
        for (String v : List.of("-3", "-0.5", "+1", "924.19", "0", "石泉县人民政府", "a=b", "INVALID", "T3_BALANCE CELL_MISSING"))
        {
            assertThat(CsvCells.neutralise(v)).as(v).isEqualTo(v);
        }
        assertThat(CsvCells.neutralise("")).isEmpty();
        assertThat(CsvCells.neutralise(null)).isNull();
    }

    @Test
    void aLineNeutralisesThenQuotesEveryCell()
    {
        assertThat(CsvCells.line(Arrays.asList("=1+2,3", "-3", null, "他说\"无\"")))
                .isEqualTo("\"'=1+2,3\",-3,,\"他说\"\"无\"\"\"\r\n");
    }
}
