package io.github.zwgk.annualreport.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.zwgk.annualreport.engine.fixtures.HostileInputs;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;

/**
 * A .txt report decodes to the same text whatever charset and BOM Notepad or a web form saved it with, and binary
 * content under a .txt name is refused as BINARY instead of becoming garbage text.
 */
class PlainTextExtractionTest
{
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final DocumentExtractor extractor = new DocumentExtractor();

    @BeforeAll
    static void loadTikaOnce()
    {
        DocumentExtractor.warmUp();
    }

    static Stream<Arguments> encodings()
    {
        return Stream.of("001", "004").flatMap(seed -> Stream.of(
            Arguments.of(seed, StandardCharsets.UTF_8, false),
            Arguments.of(seed, StandardCharsets.UTF_8, true),
            Arguments.of(seed, StandardCharsets.UTF_16LE, true),
            Arguments.of(seed, StandardCharsets.UTF_16BE, true),
            Arguments.of(seed, StandardCharsets.UTF_16LE, false),
            Arguments.of(seed, StandardCharsets.UTF_16BE, false),
            Arguments.of(seed, GB18030, false),
            Arguments.of(seed, GB18030, true)));
    }

    @ParameterizedTest(name = "seed {0} in {1}, BOM {2}")
    @MethodSource("encodings")
    void everyEncodingOfTheSeedDecodesToTheSameText(String seed, Charset charset, boolean bom) throws Exception
    {
        String text = Seeds.text(seed);
        byte[] file = ReportFixtures.txt(text, charset, bom);

        ExtractedDocument doc = extractor.extract(new ByteArrayInputStream(file), "report.txt", Limits.DEFAULT);

        assertThat(doc.lines()).isEqualTo(List.of(text.split("\\R", -1)));
        assertThat(doc.info().charset()).isEqualTo(charset.name());
        assertThat(doc.info().extractor()).isEqualTo("text");
        assertThat(doc.info().mediaType()).isEqualTo("text/plain");
        assertThat(doc.info().characters()).isEqualTo(text.length());
    }

    @Test
    void seed001InGb18030KeepsTheTabSeparatedTableRow() throws Exception
    {
        byte[] file = ReportFixtures.txt(Seeds.text("001"), GB18030, false);

        ExtractedDocument doc = extractor.extract(new ByteArrayInputStream(file), null, Limits.DEFAULT);

        assertThat(doc.lines()).contains("一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0");
    }

    @Test
    void randomBytesNamedTxtAreBinaryNotText()
    {
        byte[] noise = HostileInputs.randomBinary(42, 64 * 1024);

        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(noise), "report.txt", Limits.DEFAULT))
            .isInstanceOfSatisfying(UnreadableException.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableReason.BINARY));
    }

    @Test
    void textWithNulBytesAtBothParitiesIsBinary()
    {
        assertThat(PlainTextDecoder.decode("本年\u0000新收\u0000\u00000".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aStrayInvalidByteInAnOtherwiseGbkTextStillDecodesAsGb18030()
    {
        byte[] gbk = "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n".repeat(20).getBytes(GB18030);
        byte[] damaged = gbk.clone();
        damaged[damaged.length - 5] = (byte) 0xFF; // 0xFF is never valid in GB18030

        assertThat(PlainTextDecoder.decode(damaged)).hasValueSatisfying(d -> {
            assertThat(d.charset()).isEqualTo(GB18030);
            assertThat(d.text()).startsWith("一、本年新收政府信息公开申请数量\t0");
        });
    }

    @Test
    void controlCharactersBeyondAHalfPercentMakeTextBinary()
    {
        String text = "行政许可\t12\n".repeat(50);
        String withControls = text.replace("\n", "\u0001\n");

        assertThat(PlainTextDecoder.decode(text.getBytes(StandardCharsets.UTF_8))).isPresent();
        assertThat(PlainTextDecoder.decode(withControls.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
