package io.github.zwgk.annualreport.engine.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.CjkFont;
import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;

/**
 * The engine benchmark ({@code ./run.sh bench}): over the five seeds rendered as docx, pdf, html and txt, plus large
 * aggregated reports made from seed 004, it measures per file (a) plain Tika text extraction
 * (AutoDetectParser + BodyContentHandler) and (b) the full analysis ({@link ReportAnalyzer#analyze}), both single-threaded
 * medians after warm-up, and reports b/a per format; then .txt throughput (reports/s on one thread = per core); then
 * the heap an analysis needs: every file is analysed again in a child JVM started with {@code -Xmx64m}, which must give
 * the same statuses, and the child reports the peak heap in use during each analysis (pools' peak after a GC and a
 * peak reset). Writes the tables to stdout and to {@code target/bench/results.md}.
 * <p>
 * Options: {@code --rounds N} (measured runs per file, default 21), {@code --warmup N} (passes over the corpus, default 10),
 * {@code --seconds S} (txt throughput run, default 5), {@code --heap-mb M} (child heap, default 64).
 */
public final class Benchmark
{
    private final ReportAnalyzer analyzer = new ReportAnalyzer();
    private final AutoDetectParser tika = new AutoDetectParser();

    record Sample(String name, String format, byte[] bytes)
    {
    }

    public static void main(String[] args) throws Exception
    {
        Map<String, String> opts = options(args);
        if (opts.containsKey("heap-check"))
        {
            heapCheck(Path.of(opts.get("heap-check")));
            return;
        }
        new Benchmark().run(Integer.parseInt(opts.getOrDefault("rounds", "21")),
                Integer.parseInt(opts.getOrDefault("warmup", "10")),
                Integer.parseInt(opts.getOrDefault("seconds", "5")),
                Integer.parseInt(opts.getOrDefault("heap-mb", "64")));
    }

    private void run(int rounds, int warmup, int seconds, int heapMb) throws Exception
    {
        List<Sample> corpus = corpus();
        StringBuilder out = new StringBuilder();
        out.append("# Engine benchmark\n\n");
        out.append(String.format(Locale.ROOT, "JVM %s, %d cores, max heap %d MB; %d warm-up passes over the corpus, then %d rounds timing each file both ways back to back; medians.%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, warmup, rounds));
        if (!CjkFont.available())
        {
            out.append("No CJK font found: PDF samples were not built (").append(CjkFont.INSTALL_HINT).append(").\n\n");
        }

        out.append("| file | format | KiB | status | Tika text ms (a) | full analysis ms (b) | b/a |\n|---|---|---:|---|---:|---:|---:|\n");
        Map<String, double[]> byFormat = new LinkedHashMap<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        double[][] ms = measure(corpus, warmup, rounds);
        for (int i = 0; i < corpus.size(); i++)
        {
            Sample s = corpus.get(i);
            double a = ms[i][0];
            double b = ms[i][1];
            AnalysisResult r = analyze(s);
            statuses.put(s.name(), r.status().name());
            double[] f = byFormat.computeIfAbsent(s.format(), k -> new double[5]);
            f[0] += a;
            f[1] += b;
            f[2] = Math.max(f[2], b / a);
            if (s.name().startsWith("seed"))
            {
                f[3] += a;
                f[4] += b;
            }
            String asText = statuses.get(s.name().substring(0, s.name().lastIndexOf('.')) + ".txt");
            String status = asText == null || asText.equals(r.status().name()) ? r.status().name()
                    : r.status() + " (≠ .txt: " + asText + ")";
            out.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %s | %.2f | %.2f | %.2f |%n", s.name(), s.format(),
                    s.bytes().length / 1024.0, status, a, b, b / a));
        }
        out.append("\n| format | Σb/Σa, the five seeds | Σ Tika ms (a), all | Σ analysis ms (b), all | Σb/Σa, all | worst file's b/a |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        byFormat.forEach((f, v) -> out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", f,
                v[4] / v[3], v[0], v[1], v[1] / v[0], v[2])));

        out.append(throughput(corpus.stream().filter(s -> s.format().equals("txt") && s.name().startsWith("seed")).toList(),
                seconds, "the five seeds"));
        out.append(throughput(corpus.stream().filter(s -> s.format().equals("txt") && !s.name().startsWith("seed")).toList(),
                seconds, "the aggregated reports (140 and 415 KiB)"));

        out.append(heapInChild(corpus, statuses, heapMb));
        System.out.print(out);
        Path dir = Path.of("report-analysis", "target", "bench");
        if (!Files.isDirectory(Path.of("report-analysis")))
        {
            dir = Path.of("target", "bench");
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.md"), out, StandardCharsets.UTF_8);
        System.out.println("\n(written to " + dir.resolve("results.md") + ")");
    }

    /** The seeds in four formats, plus two large aggregated reports (seed 004 with a 40× and 120× longer overview). */
    static List<Sample> corpus() throws IOException
    {
        List<Sample> corpus = new ArrayList<>();
        boolean pdf = CjkFont.available();
        for (String file : Seeds.FILES)
        {
            String number = file.substring(0, 3);
            add(corpus, "seed-" + number, Seeds.text(number), pdf);
        }
        for (int times : new int[] {40, 120})
        {
            add(corpus, "aggregated-x" + times, Seeds.aggregated(times), pdf);
        }
        return corpus;
    }

    private static void add(List<Sample> corpus, String name, String text, boolean pdf)
    {
        ReportDocument doc = ReportDocument.fromSeedText(text);
        corpus.add(new Sample(name + ".txt", "txt", text.getBytes(StandardCharsets.UTF_8)));
        corpus.add(new Sample(name + ".html", "html", ReportFixtures.html(doc)));
        corpus.add(new Sample(name + ".docx", "docx", ReportFixtures.docx(doc)));
        if (pdf)
        {
            corpus.add(new Sample(name + ".pdf", "pdf", ReportFixtures.pdf(doc)));
        }
    }

    /** Analyses the samples round-robin on this one thread for the given seconds: reports per second per core. */
    private String throughput(List<Sample> txt, int seconds, String what)
    {
        for (int i = 0; i < 200; i++)
        {
            analyze(txt.get(i % txt.size())); // JIT warm-up
        }
        long n = 0;
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end)
        {
            analyze(txt.get((int) (n++ % txt.size())));
        }
        double perSecond = n / ((System.nanoTime() - start) / 1e9);
        return String.format(Locale.ROOT, "%n.txt throughput over %s, one thread: %.0f reports/s per core (%d analyses in %d s)%n",
                what, perSecond, n, seconds);
    }

    private AnalysisResult analyze(Sample s)
    {
        return analyzer.analyze(new ByteArrayInputStream(s.bytes()), s.name(), AnalysisOptions.DEFAULT);
    }

    private int tikaText(Sample s)
    {
        try (InputStream in = new ByteArrayInputStream(s.bytes()))
        {
            BodyContentHandler handler = new BodyContentHandler(-1);
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, s.name());
            tika.parse(in, handler, metadata, new ParseContext());
            return handler.toString().length();
        }
        catch (Exception e)
        {
            throw new IllegalStateException("Tika failed on " + s.name(), e);
        }
    }

    /**
     * Median times of (a) and (b) per sample, in ms. The whole corpus is first run {@code warmup} times both ways, so
     * that the JIT has seen every format before anything is timed; then each round times every sample both ways, one
     * right after the other, (a) first in even rounds and (b) first in odd ones: a slow phase of the machine (another
     * process, a GC) lands on both sides of the ratio alike.
     */
    private double[][] measure(List<Sample> corpus, int warmup, int rounds)
    {
        for (int w = 0; w < warmup; w++)
        {
            for (Sample s : corpus)
            {
                tikaText(s);
                analyze(s);
            }
        }
        double[][][] samples = new double[corpus.size()][2][rounds];
        for (int r = 0; r < rounds; r++)
        {
            for (int i = 0; i < corpus.size(); i++)
            {
                Sample s = corpus.get(i);
                if (r % 2 == 0)
                {
                    samples[i][0][r] = time(() -> tikaText(s));
                    samples[i][1][r] = time(() -> analyze(s));
                }
                else
                {
                    samples[i][1][r] = time(() -> analyze(s));
                    samples[i][0][r] = time(() -> tikaText(s));
                }
            }
        }
        double[][] medians = new double[corpus.size()][2];
        for (int i = 0; i < corpus.size(); i++)
        {
            medians[i][0] = median(samples[i][0]);
            medians[i][1] = median(samples[i][1]);
        }
        return medians;
    }

    private static double time(Runnable task)
    {
        long t = System.nanoTime();
        task.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(double[] values)
    {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Runs every sample in a child JVM with a small heap; its statuses must equal this JVM's. */
    private static String heapInChild(List<Sample> corpus, Map<String, String> statuses, int heapMb) throws Exception
    {
        Path dir = Files.createTempDirectory("annual-report-bench");
        for (Sample s : corpus)
        {
            Files.write(dir.resolve(s.name()), s.bytes());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Benchmark.class.getName(), "--heap-check", dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nHeap: every file analysed again in a child JVM with -Xmx%dm (exit %d).%n%n| file | status at -Xmx%dm | same as above | peak heap in use during the analysis, MB |%n|---|---|---|---:|%n",
                heapMb, exit, heapMb));
        double worst = 0;
        for (String line : output.split("\\R"))
        {
            String[] f = line.split("\t");
            if (f.length == 3 && statuses.containsKey(f[0]))
            {
                double mb = Double.parseDouble(f[2]);
                worst = Math.max(worst, mb);
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f |%n", f[0], f[1], f[1].equals(statuses.get(f[0])) ? "yes" : "NO", mb));
            }
            else if (!line.isBlank() && !loggingNotice(line))
            {
                out.append("child: ").append(line).append('\n');
            }
        }
        out.append(String.format(Locale.ROOT, "%nWorst peak heap in use during one analysis: %.1f MB (limit %d MB).%n", worst, heapMb));
        return out.toString();
    }

    /**
     * The libraries' notices that no logging provider is on the engine's classpath (SLF4J, the Log4j API): the engine
     * logs nothing itself and the distribution binds both to no-op providers, so they are not the child's output.
     */
    private static boolean loggingNotice(String line)
    {
        return line.startsWith("SLF4J(") || line.endsWith("Log4j API could not find a logging provider.");
    }

    /** Child mode: analyse each file in {@code dir}, printing name, status and the peak heap used during it. */
    private static void heapCheck(Path dir) throws IOException
    {
        ReportAnalyzer analyzer = new ReportAnalyzer();
        List<Path> files;
        try (var s = Files.list(dir))
        {
            files = s.sorted().toList();
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        for (Path f : files)
        {
            analyzer.analyze(f, AnalysisOptions.DEFAULT); // warm classes so the measured run is the analysis itself
            System.gc();
            long before = heap.stream().mapToLong(m -> m.getUsage().getUsed()).sum();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            AnalysisResult r = analyzer.analyze(f, AnalysisOptions.DEFAULT);
            long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "%s\t%s\t%.1f%n", f.getFileName(), r.status(), Math.max(0, peak - before) / 1048576.0);
        }
    }

    private static Map<String, String> options(String[] args)
    {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++)
        {
            if (args[i].startsWith("--") && i + 1 < args.length)
            {
                opts.put(args[i].substring(2), args[++i]);
            }
        }
        return opts;
    }
}
