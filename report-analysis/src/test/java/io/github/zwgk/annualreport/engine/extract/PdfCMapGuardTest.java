package io.github.zwgk.annualreport.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

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

    /**
     * A damaged Flate stream fails only when inflation reaches the damage; what came before is what PDFBox reads, so the
     * guard must read it too (the fuzzer's second find: a damaged checksum after the huge range).
     */
    @Test
    void readsADamagedCompressedCharacterMapUpToTheDamage() throws Exception
    {
        byte[] pdf = HostileInputs.hugeCharacterMapPdf();
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int damaged = 0;
        for (int at = raw.indexOf("stream"); at >= 0; at = raw.indexOf("stream", at + 1))
        {
            int data = at + "stream".length() + (raw.startsWith("\r\n", at + "stream".length()) ? 2 : 1);
            int end = raw.indexOf("endstream", data);
            if (raw.startsWith("end", at - 3) || end < 0 || !inflate(pdf, data, end).contains("begincmap"))
            {
                continue;
            }
            int last = end - 1;
            while (pdf[last] == '\n' || pdf[last] == '\r')
            {
                last--;
            }
            for (int i = last - 3; i <= last; i++)
            {
                pdf[i] ^= (byte) 0x5A; // the Adler-32 checksum: inflation fails at the very end
            }
            damaged++;
            int dataStart = data;
            int dataEnd = end;
            assertThatThrownBy(() -> inflate(pdf, dataStart, dataEnd)).isInstanceOf(DataFormatException.class);
        }
        assertThat(damaged).as("character maps damaged").isEqualTo(1);

        assertThatThrownBy(() -> PdfCMapGuard.check(pdf)).isInstanceOf(UnreadableException.class)
            .hasMessageContaining("268435456 codes");
    }

    private static String inflate(byte[] b, int from, int to) throws DataFormatException
    {
        Inflater inflater = new Inflater();
        try
        {
            inflater.setInput(b, from, to - from);
            byte[] out = new byte[64 * 1024];
            int n = inflater.inflate(out);
            return new String(out, 0, n, StandardCharsets.ISO_8859_1);
        }
        finally
        {
            inflater.end();
        }
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
