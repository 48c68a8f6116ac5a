package io.github.zwgk.annualreport.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.engine.fixtures.CjkFont;
import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Status;

/**
 * A seeded mutation fuzzer over the five seed reports: every mutated text, and every mutated .docx, .html and .pdf
 * rendering of them, must come back as a result (never an exception) within {@link #MAX_NANOS}, with a status, a
 * reason when UNREADABLE, well-formed findings, and JSON that serialises.
 * <p>
 * {@code -Dfuzz.iterations=N} (texts, default 10 000), {@code -Dfuzz.fileIterations=N} (files, default 600) and
 * {@code -Dfuzz.seed=S} (default fixed, so CI is repeatable) run it longer or differently on demand:
 * {@code mvn -pl report-analysis test -Dtest=SeedMutationFuzzTest -Dfuzz.iterations=200000 -Dfuzz.seed=42}. A failing
 * input is written to {@code target/fuzz-failures/} with its seed and iteration.
 */
class SeedMutationFuzzTest
{
    private static final String[] SEEDS = {"000_a58e8730852aa5b1.txt", "001_ffad424fff7c1b23.txt",
            "002_2e78115fb7f7c724.txt", "003_417062a3286660b0.txt", "004_84cc98fa39b35082.txt"};

    private static final String NOISE = "0123456789一二三四五六七八九十()（）、.．|\t\n 　—-+/,，：:总计合计不予公开予以公开"
            + "本年新收结转下年度第二十条第(一)项年政府信息公开工作年度报告\u0000\uFFFD\u202E\uD83D\uDE00";

    /** Per input: the 2 s that hostile inputs are held to. */
    private static final long MAX_NANOS = Duration.ofSeconds(2).toNanos();

    private final ReportAnalyzer analyzer = new ReportAnalyzer();
    /** The engine's own JSON, as the checker and the repository write it. */
    private final ObjectMapper json = ResultJson.mapper();

    @Test
    void mutatedSeedReportsNeverEscapeTheAnalyzer() throws IOException
    {
        int iterations = Integer.getInteger("fuzz.iterations", 10_000);
        long seed = Long.getLong("fuzz.seed", 20261121L);
        Random random = new Random(seed);
        List<String> seeds = new ArrayList<>();
        for (String s : SEEDS)
        {
            seeds.add(readSeed(s));
        }

        int[] byStatus = new int[Status.values().length];
        for (int i = 0; i < iterations; i++)
        {
            String input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            String name = "fuzz-" + i;
            AnalysisResult result = checked(() -> analyzer.analyzeText(input, name, AnalysisOptions.DEFAULT),
                    input.getBytes(StandardCharsets.UTF_8), "seed-" + seed + "-iteration-" + i + ".txt",
                    "iteration " + i + " (fuzz.seed=" + seed + ")");
            byStatus[result.status().ordinal()]++;
        }
        // The mutations must exercise more than one outcome, or the fuzzer is not reaching the rules.
        long outcomes = java.util.Arrays.stream(byStatus).filter(n -> n > 0).count();
        assertThat(outcomes).as("distinct statuses reached over %d inputs", iterations).isGreaterThanOrEqualTo(2);
    }

    @Test
    void mutatedSeedFilesNeverEscapeTheAnalyzer() throws IOException
    {
        int iterations = Integer.getInteger("fuzz.fileIterations", 600);
        long seed = Long.getLong("fuzz.seed", 20261121L);
        Random random = new Random(seed);
        List<String> names = new ArrayList<>();
        List<byte[]> files = new ArrayList<>();
        for (String s : SEEDS)
        {
            ReportDocument doc = ReportDocument.fromSeedText(readSeed(s));
            names.add("docx");
            files.add(ReportFixtures.docx(doc));
            names.add("html");
            files.add(ReportFixtures.html(doc));
            if (CjkFont.available())
            {
                names.add("pdf");
                files.add(ReportFixtures.pdf(doc));
            }
        }

        int[] byStatus = new int[Status.values().length];
        for (int i = 0; i < iterations; i++)
        {
            int f = random.nextInt(files.size());
            byte[] input = mutateBytes(files.get(f), random);
            String name = "fuzz-" + i + "." + names.get(f);
            AnalysisResult result = checked(() -> analyzer.analyze(new ByteArrayInputStream(input), name, AnalysisOptions.DEFAULT),
                    input, "seed-" + seed + "-file-iteration-" + i + "." + names.get(f),
                    "file iteration " + i + " (fuzz.seed=" + seed + ")");
            byStatus[result.status().ordinal()]++;
        }
        // Damaged files must both fail to read and still be read: the mutations reach the parsers and the rules.
        assertThat(byStatus[Status.UNREADABLE.ordinal()]).as("UNREADABLE over %d files", iterations).isPositive();
        assertThat(iterations - byStatus[Status.UNREADABLE.ordinal()]).as("read over %d files", iterations).isPositive();
    }

    /**
     * Runs one analysis and checks it: a well-formed result, within {@link #MAX_NANOS}, whose JSON serialises. When
     * anything fails, the input is saved under {@code target/fuzz-failures/} with the given name and the failure names it.
     */
    private AnalysisResult checked(Supplier<AnalysisResult> analysis, byte[] input, String fileName, String what)
            throws IOException
    {
        try
        {
            long start = System.nanoTime();
            AnalysisResult result = analysis.get();
            long nanos = System.nanoTime() - start;
            assertWellFormed(result);
            assertThat(nanos).as("analysis time, %d ms", nanos / 1_000_000).isLessThan(MAX_NANOS);
            json.writeValueAsString(result);
            return result;
        }
        catch (Throwable t)
        {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Path file = dir.resolve(fileName);
            Files.write(file, input);
            throw new AssertionError(what + " failed; input saved to " + file, t);
        }
    }

    /** One to eight byte edits: flips, random runs, a truncation, a duplicated or a deleted chunk. */
    static byte[] mutateBytes(byte[] file, Random random)
    {
        byte[] b = file.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && b.length > 0; e++)
        {
            int at = random.nextInt(b.length);
            int len = Math.min(b.length - at, 1 + random.nextInt(64));
            switch (random.nextInt(5))
            {
                case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
                case 1 ->
                {
                    for (int i = at; i < at + len; i++)
                    {
                        b[i] = (byte) random.nextInt(256);
                    }
                }
                case 2 -> b = Arrays.copyOf(b, at);
                case 3 ->
                {
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at + len);
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                }
                default ->
                {
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                }
            }
        }
        return b;
    }

    private static void assertWellFormed(AnalysisResult r)
    {
        assertThat(r.status()).isNotNull();
        if (r.status() == Status.UNREADABLE || r.status() == Status.NOT_A_REPORT)
        {
            assertThat(r.statusReason()).isNotBlank();
        }
        for (Finding f : r.findings())
        {
            assertThat(f.code()).isNotNull();
            assertThat(f.severity()).isNotNull();
            assertThat(f.message()).isNotBlank();
        }
        assertThat(r.summary()).isNotNull();
        assertThat(r.tables()).isNotNull();
    }

    /** One to four random edits of the kinds that real extraction and OCR produce, plus hostile ones. */
    static String mutate(String text, Random random)
    {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++)
        {
            int at = random.nextInt(sb.length());
            int len = Math.min(sb.length() - at, 1 + random.nextInt(200));
            switch (random.nextInt(10))
            {
                case 0 -> sb.delete(at, at + len);
                case 1 -> sb.insert(at, sb.substring(at, at + len));
                case 2 -> sb.insert(at, randomNoise(random, 1 + random.nextInt(40)));
                case 3 -> replaceDigits(sb, at, len, random);
                case 4 -> sb.setLength(at);
                case 5 -> swapLines(sb, random);
                case 6 -> sb.insert(at, "\t".repeat(1 + random.nextInt(30)));
                case 7 -> sb.insert(at, "9".repeat(1 + random.nextInt(60)));
                case 8 -> sb.insert(at, "\n".repeat(1 + random.nextInt(5)) + "|".repeat(random.nextInt(10)));
                default -> sb.replace(at, at + len, sb.substring(at, at + len).replace('\n', ' '));
            }
        }
        return sb.toString();
    }

    private static String randomNoise(Random random, int n)
    {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++)
        {
            sb.append(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return sb.toString();
    }

    private static void replaceDigits(StringBuilder sb, int at, int len, Random random)
    {
        for (int i = at; i < at + len; i++)
        {
            if (Character.isDigit(sb.charAt(i)))
            {
                sb.setCharAt(i, (char) ('0' + random.nextInt(10)));
            }
        }
    }

    private static void swapLines(StringBuilder sb, Random random)
    {
        String[] lines = sb.toString().split("\n", -1);
        if (lines.length < 2)
        {
            return;
        }
        int a = random.nextInt(lines.length);
        int b = random.nextInt(lines.length);
        String t = lines[a];
        lines[a] = lines[b];
        lines[b] = t;
        sb.setLength(0);
        sb.append(String.join("\n", lines));
    }

    private static String readSeed(String name) throws IOException
    {
        try (InputStream in = SeedMutationFuzzTest.class.getResourceAsStream("/seeds/" + name))
        {
            if (in == null)
            {
                throw new IOException("seed not on the test classpath: /seeds/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
