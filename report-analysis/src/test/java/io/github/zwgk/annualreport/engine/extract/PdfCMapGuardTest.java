package io.github.zwgk.annualreport.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.zwgk.annualreport.engine.fixtures.CjkFont;
import io.github.zwgk.annualreport.engine.fixtures.HostileInputs;
import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;

class PdfCMapGuardTest
{
    @Test
    void countsTheCodesOfEveryRangeWhateverItsDestination() throws UnreadableException
    {
        String cmap = """
            2 beginbfrange
            <0051> <0052> <3001>
            <1BA1> <1BA3> [<4E09> <4E0A> <4E0B>]
            endbfrange
            1 beginbfrange
            <0000> <FFFF> <0000>
            endbfrange
            1 beginbfchar
            <0003> <0021>
            endbfchar
            """;
        assertThat(PdfCMapGuard.codes(cmap)).isEqualTo(2 + 3 + 65_536);
    }

    @Test
    void aRangeEndingBeforeItStartsMapsNothing() throws UnreadableException
    {
        assertThat(PdfCMapGuard.codes("1 beginbfrange\n<0052> <0051> <3001>\nendbfrange")).isZero();
    }

    /** Ranges a damaged byte produces (the fuzzer's find first). */
    @ParameterizedTest
    @ValueSource(strings = {"<1C2> <1C281C29> <4>", "<00000000> <0FFFFFFF> <0020>", "<0000> <10000> <0020>",
        "<00> <FFFFFFFFFFFFFFFFFF> <20>"})
    void refusesARangeOfMoreCodesThanTwoBytesHold(String range)
    {
        assertThatThrownBy(() -> PdfCMapGuard.codes("1 beginbfrange\n" + range + "\nendbfrange"))
            .isInstanceOf(UnreadableException.class)
            .satisfies(e -> assertThat(((UnreadableException) e).reason()).isEqualTo(UnreadableReason.CORRUPT));
    }

    @Test
    void refusesAPdfWhoseCompressedCharacterMapHasAHugeRange()
    {
        byte[] pdf = HostileInputs.hugeCharacterMapPdf();

        assertThatThrownBy(() -> PdfCMapGuard.check(pdf)).isInstanceOf(UnreadableException.class)
            .hasMessageContaining("268435456 codes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void passesTheSeedsRealCharacterMaps(String seed) throws UnreadableException
    {
        CjkFont.assumeAvailable();
        byte[] pdf = ReportFixtures.pdf(ReportDocument.seed(seed));

        // the embedded CJK font's ToUnicode CMap (a compressed stream) is found, read, and passes
        assertThat(PdfCMapGuard.check(pdf)).isBetween(100L, PdfCMapGuard.MAX_TOTAL);
    }
}
