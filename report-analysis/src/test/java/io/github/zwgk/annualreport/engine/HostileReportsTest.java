package io.github.zwgk.annualreport.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.zwgk.annualreport.engine.extract.DocumentExtractor;
import io.github.zwgk.annualreport.engine.extract.UnreadableReason;
import io.github.zwgk.annualreport.engine.fixtures.HostileInputs;
import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Status;

/**
 * The hostile corpus through the whole analysis ({@link ReportAnalyzer}, as the repository and the checker call it),
 * from a file and from a stream: each file ends UNREADABLE with its own reason, within 2 s of wall-clock time, and
 * nothing is thrown. Then all of it again in a child JVM with a {@value #CHILD_HEAP_MB} MB heap: bounded memory means
 * the same statuses there, and no "分析失败" (an OutOfMemoryError would end so). One large page that is a real
 * report, every character in its own {@code <span>} as word processors save HTML, must be analysed as one under the
 * same conditions.
 */
class HostileReportsTest
{
    private static final long MAX_NANOS = Duration.ofSeconds(2).toNanos();
    static final int CHILD_HEAP_MB = 128;
    private static final int MILLION = 1_000_000;

    @TempDir
    static Path dir;

    /** File name → the reason it must end with. */
    private static final Map<String, UnreadableReason> EXPECTED = new LinkedHashMap<>();

    /** The real report among them: seed 004 aggregated 40 times (47 000 characters), a span per character. */
    private static final String SPAN_PAGE = "span-per-character.html";

    private final ReportAnalyzer analyzer = new ReportAnalyzer();

    @BeforeAll
    static void writeTheCorpus()
    {
        DocumentExtractor.warmUp();
        put("empty.docx", HostileInputs.empty(), UnreadableReason.EMPTY);
        put("truncated.docx", HostileInputs.corruptZip(), UnreadableReason.CORRUPT);
        put("zip-bomb.docx", HostileInputs.zipBombDocx(), UnreadableReason.ZIP_BOMB);
        put("encrypted.pdf", HostileInputs.encryptedPdf(), UnreadableReason.ENCRYPTED);
        put("encrypted.docx", HostileInputs.encryptedDocx(), UnreadableReason.ENCRYPTED);
        put("noise-after-header.pdf", HostileInputs.corruptPdf(), UnreadableReason.CORRUPT);
        put("scanned.pdf", HostileInputs.imageOnlyPdf(), UnreadableReason.NO_TEXT);
        put("huge-character-map.pdf", HostileInputs.hugeCharacterMapPdf(), UnreadableReason.CORRUPT);
        put("random.txt", HostileInputs.randomBinary(20261121L, 1024 * 1024), UnreadableReason.BINARY);
        put("random.docx", HostileInputs.randomBinary(7L, 64 * 1024), UnreadableReason.CORRUPT);
        put("nested-100000.html", HostileInputs.deeplyNestedHtml(100_000), UnreadableReason.CORRUPT);
        HostileInputs.hugeText(dir.resolve("fifty-megabytes.txt"), 50L * 1024 * 1024);
        EXPECTED.put("fifty-megabytes.txt", UnreadableReason.TOO_LARGE);
        put("million-rows.txt", HostileInputs.millionRowText(MILLION), UnreadableReason.TOO_MUCH_TEXT);
        put("million-rows.docx", HostileInputs.millionRowDocx(MILLION), UnreadableReason.ZIP_BOMB);
        put("million-rows.html", HostileInputs.millionRowHtml(MILLION), UnreadableReason.TOO_LARGE);
        put("hundred-thousand-rows.html", HostileInputs.millionRowHtml(MILLION / 10), UnreadableReason.TOO_MUCH_TEXT);
        try
        {
            Files.write(dir.resolve(SPAN_PAGE), spanPerCharacter(ReportFixtures.html(ReportDocument.fromSeedText(Seeds.aggregated(40)))));
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Chinese character of the page in its own {@code <span>} (the markup itself has none). */
    private static byte[] spanPerCharacter(byte[] html)
    {
        String page = new String(html, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(page.length() * 8);
        for (int i = 0; i < page.length(); i++)
        {
            char c = page.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF')
            {
                sb.append("<span>").append(c).append("</span>");
            }
            else
            {
                sb.append(c);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLargeReportWithASpanPerCharacterIsAnalysedAsOneWithinTwoSeconds() throws IOException
    {
        long start = System.nanoTime();
        AnalysisResult r = analyzer.analyze(dir.resolve(SPAN_PAGE), AnalysisOptions.DEFAULT);
        long nanos = System.nanoTime() - start;

        AnalysisResult asText = analyzer.analyzeText(Seeds.aggregated(40), "aggregated.txt", AnalysisOptions.DEFAULT);
        assertThat(r.status()).as(r.statusReason()).isEqualTo(asText.status());
        assertThat(r.summary()).isEqualTo(asText.summary());
        assertThat(nanos).as("%d ms", nanos / 1_000_000).isLessThan(MAX_NANOS);
    }

    private static void put(String name, byte[] content, UnreadableReason reason)
    {
        try
        {
            Files.write(dir.resolve(name), content);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        EXPECTED.put(name, reason);
    }

    static Stream<Arguments> corpus()
    {
        return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("corpus")
    void aHostileFileEndsUnreadableWithItsReasonWithinTwoSeconds(String name, UnreadableReason reason) throws IOException
    {
        Path file = dir.resolve(name);

        long start = System.nanoTime();
        AnalysisResult fromFile = analyzer.analyze(file, AnalysisOptions.DEFAULT);
        long fileNanos = System.nanoTime() - start;
        AnalysisResult fromStream;
        start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file))
        {
            fromStream = analyzer.analyze(in, name, AnalysisOptions.DEFAULT);
        }
        long streamNanos = System.nanoTime() - start;

        for (AnalysisResult r : List.of(fromFile, fromStream))
        {
            assertThat(r.status()).as("status of %s", name).isEqualTo(Status.UNREADABLE);
            assertThat(r.statusReason()).as("reason of %s", name).startsWith(reason.message());
            assertThat(r.file()).isEqualTo(name);
        }
        assertThat(fileNanos).as("from the file: %d ms", fileNanos / 1_000_000).isLessThan(MAX_NANOS);
        assertThat(streamNanos).as("from a stream: %d ms", streamNanos / 1_000_000).isLessThan(MAX_NANOS);
    }

    @Test
    void theWholeCorpusEndsTheSameInASmallHeap() throws Exception
    {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx" + CHILD_HEAP_MB + "m", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();

        Map<String, String> reasons = new LinkedHashMap<>();
        for (String line : output.split("\\R"))
        {
            String[] f = line.split("\t", 3);
            if (f.length == 3 && EXPECTED.containsKey(f[0]))
            {
                assertThat(f[1]).as("status of %s in %d MB", f[0], CHILD_HEAP_MB).isEqualTo(Status.UNREADABLE.name());
                reasons.put(f[0], f[2]);
            }
        }
        assertThat(output).as("the real report in %d MB", CHILD_HEAP_MB)
                .contains(SPAN_PAGE + "\t" + Status.VALID_WITH_WARNINGS.name() + "\t");
        assertThat(reasons.keySet()).as(output).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        reasons.forEach((name, reason) -> assertThat(reason).as("%s in %d MB", name, CHILD_HEAP_MB)
                .startsWith(EXPECTED.get(name).message()).doesNotContain("分析失败"));
    }

    /** The child JVM: analyses every file of a directory, printing name, status and reason, one line each. */
    public static final class Child
    {
        private Child()
        {
        }

        public static void main(String[] args) throws IOException
        {
            ReportAnalyzer analyzer = new ReportAnalyzer();
            try (Stream<Path> files = Files.list(Path.of(args[0])))
            {
                for (Path f : files.sorted().toList())
                {
                    AnalysisResult r = analyzer.analyze(f, AnalysisOptions.DEFAULT);
                    System.out.printf(Locale.ROOT, "%s\t%s\t%s%n", f.getFileName(), r.status(), r.statusReason());
                }
            }
        }
    }
}
