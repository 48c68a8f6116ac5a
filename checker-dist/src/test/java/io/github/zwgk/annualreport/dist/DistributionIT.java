package io.github.zwgk.annualreport.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.zwgk.annualreport.engine.fixtures.CjkFont;
import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.io.ResultJson;

/**
 * The distribution as a clerk gets it: the zip built in this module's package phase is unpacked into an empty
 * directory and its launcher {@code bin/annual-report-check} runs as a separate process, with nothing in its
 * environment but a JDK (JAVA_HOME or PATH), on a folder of the five seed reports rendered as .txt, .docx, .html and
 * .pdf. Standard output must hold exactly the result (readable report, JSON or CSV), standard error nothing but the
 * progress lines and the tally, and the exit codes must be the checker's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistributionIT
{
    private static final String LAUNCHER = "bin/annual-report-check";
    private static final Pattern PROGRESS = Pattern.compile("\\[\\d+/\\d+] \\S.*");
    private static final long TIMEOUT_SECONDS = 300;

    private Path work;

    private Path home;
    private Path reports;
    private int reportCount;
    private boolean withPdf;

    /** Unpacks the zip (keeping the launcher's Unix mode, as unzip does) and renders the seed reports. */
    @BeforeAll
    void unpackAndRenderTheSeeds(@TempDir Path temp) throws IOException
    {
        work = temp;
        Path zip = Path.of(System.getProperty("dist.zip", "target/dist.zip"));
        assertThat(zip).as("the distribution zip built in the package phase").isRegularFile();
        Path unpacked = Files.createDirectories(work.resolve("解压 后")); // a directory name with a space and Chinese
        try (ZipFile z = ZipFile.builder().setPath(zip).get())
        {
            for (ZipArchiveEntry e : Collections.list(z.getEntries()))
            {
                Path target = unpacked.resolve(e.getName()).normalize();
                assertThat(target.startsWith(unpacked)).as("entry %s stays inside", e.getName()).isTrue();
                if (e.isDirectory())
                {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e))
                {
                    Files.copy(in, target);
                }
                if ((e.getUnixMode() & 0100) != 0 && !isWindows())
                {
                    Files.setPosixFilePermissions(target, EnumSet.of(PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
                }
            }
        }
        home = unpacked.resolve(System.getProperty("dist.name", "annual-report-checker"));

        reports = Files.createDirectories(work.resolve("报告"));
        withPdf = CjkFont.available();
        for (String seed : List.of("000", "001", "002", "003", "004"))
        {
            ReportDocument document = ReportDocument.seed(seed);
            Path dir = Files.createDirectories(reports.resolve(seed.equals("000") ? "滑县" : "其他"));
            Files.writeString(dir.resolve(seed + ".txt"), Seeds.text(seed));
            ReportFixtures.write(dir, seed + ".docx", ReportFixtures.docx(document));
            ReportFixtures.write(dir, seed + ".html", ReportFixtures.html(document));
            reportCount += 3;
            if (withPdf)
            {
                ReportFixtures.write(dir, seed + ".pdf", ReportFixtures.pdf(document));
                reportCount++;
            }
        }
        Files.writeString(reports.resolve("~$000.docx"), "Word's lock file");
        Files.writeString(reports.resolve(".hidden.txt"), "hidden");
        Files.writeString(reports.resolve("说明.xlsx"), "not a report");
    }

    @Test
    void theZipHoldsTheLaunchersTheEngineWithItsMainClassItsLibrariesAndTheReadme() throws IOException
    {
        Path sh = home.resolve(LAUNCHER);
        Path bat = home.resolve("bin/annual-report-check.bat");
        String shText = Files.readString(sh);
        assertThat(shText).startsWith("#!/bin/sh\n").doesNotContain("\r").doesNotContain("@VERSION@");
        String batText = Files.readString(bat);
        assertThat(batText).as("CRLF line ends for cmd.exe").contains("\r\n").doesNotContainPattern("[^\r]\n")
                .contains("%*").doesNotContain("@VERSION@").doesNotStartWith("\uFEFF");
        assertThat(Files.readString(home.resolve("README-zh.txt"))).contains("bin\\annual-report-check.bat", "Java 21")
                .doesNotContain("@VERSION@");
        if (!isWindows())
        {
            assertThat(Files.isExecutable(sh)).as("the zip keeps the launcher's executable bit").isTrue();
        }

        List<String> libs = new ArrayList<>();
        try (var files = Files.list(home.resolve("lib")))
        {
            files.forEach(f -> libs.add(f.getFileName().toString()));
        }
        assertThat(libs).anyMatch(n -> n.startsWith("slf4j-nop-")).anyMatch(n -> n.startsWith("log4j-to-slf4j-"))
                .anyMatch(n -> n.startsWith("picocli-")).anyMatch(n -> n.startsWith("pdfbox-"))
                .noneMatch(n -> n.startsWith("junit") || n.startsWith("assertj") || n.contains("-tests"));
        String engine = libs.stream().filter(n -> n.startsWith("report-analysis-")).findFirst().orElseThrow();
        try (JarFile jar = new JarFile(home.resolve("lib").resolve(engine).toFile()))
        {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("io.github.zwgk.annualreport.engine.cli.CheckCommand");
        }
    }

    @Test
    void aFolderOfReportsGivesTheReadableReportsAProgressLinePerFileTheTallyAndThePage() throws Exception
    {
        Path page = work.resolve("结果.html");
        Run run = launch(javaHomeOnly(), "--html", page.toString(), reports.toString());
        assertThat(run.code).as(run.toString()).isEqualTo(1); // seed 000 is INVALID in every format
        String html = Files.readString(page);
        assertThat(html).contains("<html", "滑县/000.docx", "其他/004.pdf".replace("pdf", withPdf ? "pdf" : "html"))
                .doesNotContain("<script src", "<link rel=\"stylesheet\" href");
        int invalid = reportCount / 5;
        assertThat(run.out).contains("== 滑县/000.docx\n状态：不合格\n", "== 其他/004.html\n状态：合格（有警告）\n",
                "位置：表二 “行政规范性文件”行 “现行有效件数”列", "级别: 县级")
                .doesNotContain("~$", ".hidden", "xlsx", "SLF4J", "log4j", "Log4j", "WARNING", "表格始于")
                .endsWith("共 " + reportCount + " 份报告：合格 0，有警告 " + (reportCount - invalid) + "，不合格 " + invalid
                        + "，不是年度报告 0，无法读取 0\n");
        if (withPdf)
        {
            assertThat(run.out).containsPattern("== 滑县/000.pdf\n(.*\n)*?      位置：第 \\d+ 页，表二 “行政规范性文件”行 “现行有效件数”列");
        }
        assertThat(run.errLines()).as("standard error: progress lines only").hasSize(reportCount)
                .allMatch(l -> PROGRESS.matcher(l).matches());
        assertThat(run.errLines().get(0)).isEqualTo("[1/" + reportCount + "] 其他/001.docx");
    }

    @Test
    void jsonOnStandardOutputIsOnlyJsonWithTheJdkOnlyOnPath() throws Exception
    {
        Run run = launch(pathOnly(), "--json", reports.toString());
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        JsonNode array = ResultJson.mapper().readTree(run.out);
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(reportCount);
        Map<String, String> statuses = new LinkedHashMap<>();
        array.forEach(r -> statuses.put(r.get("file").asText(), r.get("status").asText()));
        statuses.forEach((file, status) -> assertThat(status).as(file)
                .isEqualTo(file.startsWith("滑县/000.") ? "INVALID" : "VALID_WITH_WARNINGS"));
        List<String> err = run.errLines();
        assertThat(err.subList(0, err.size() - 1)).allMatch(l -> PROGRESS.matcher(l).matches());
        assertThat(err.get(err.size() - 1)).startsWith("共 " + reportCount + " 份报告：");
        // one file gives one object (theClassDataSharingArchive… checks it, with an empty standard error)
    }

    @Test
    void csvOfAWildcardTheCheckerExpandsIsOnlyCsvWithAByteOrderMark() throws Exception
    {
        // quoted, as cmd.exe passes it: the checker expands the wildcard itself
        Run run = launch(javaHomeOnly(), "--csv", "--bom", reports.resolve("其他").resolve("*.docx").toString());
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.out).startsWith("\uFEFFfile,status,statusReason,format,reportYear,agency,");
        String[] lines = run.out.substring(1).split("\r\n");
        assertThat(lines).hasSize(1 + 4);
        assertThat(lines[1]).startsWith("001.docx,VALID_WITH_WARNINGS,");
        assertThat(run.errLines()).containsExactly("[1/4] 001.docx", "[2/4] 002.docx", "[3/4] 003.docx", "[4/4] 004.docx",
                "共 4 份报告：合格 0，有警告 4，不合格 0，不是年度报告 0，无法读取 0");
    }

    @Test
    void theClassDataSharingArchiveIsWrittenByTheFirstCheckSilentlyAndUsedAfter() throws Exception
    {
        Path userHome = Files.createDirectories(work.resolve("home"));
        Map<String, String> env = javaHomeOnly();
        env.put("HOME", userHome.toString());
        Path cache = userHome.resolve(".cache/annual-report-checker");
        String file = reports.resolve("其他/004.docx").toString();

        // --version loads too few classes: no archive is made from it
        Run version = launch(env, "--version");
        assertThat(version.code).as(version.toString()).isZero();
        assertThat(version.out).startsWith("annual-report check ");
        assertThat(archives(cache)).isEmpty();

        Run first = launch(env, "--json", file);
        assertThat(first.code).as(first.toString()).isZero();
        assertThat(first.err).isEmpty();
        assertThat(ResultJson.mapper().readTree(first.out).isObject()).as("one file, one JSON object").isTrue();
        assertThat(ResultJson.read(first.out).status().name()).isEqualTo("VALID_WITH_WARNINGS");
        assertThat(archives(cache)).singleElement().satisfies(a -> {
            assertThat(a.getFileName().toString()).startsWith("checker-").endsWith(".jsa");
            assertThat(Files.size(a)).isGreaterThan(1_000_000);
        });
        long start = System.nanoTime();
        Run second = launch(env, file);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(second.code).as(second.toString()).isZero();
        assertThat(second.err).isEmpty();
        assertThat(second.out).startsWith("== 004.docx\n状态：合格（有警告）\n");
        assertThat(ResultJson.read(first.out).findings()).isNotEmpty();
        System.out.println("DistributionIT: one .docx checked with the archive in " + millis + " ms");

        // a damaged archive is removed without a word, and a usage error (exit 2) leaves no archive behind: the next
        // check writes a new one
        Path archive = archives(cache).get(0);
        Files.writeString(archive, "not an archive");
        Run usage = launch(env, reports.resolve("不存在.docx").toString());
        assertThat(usage.code).isEqualTo(2);
        assertThat(usage.err).isEqualTo("文件不存在 (no such file): " + reports.resolve("不存在.docx") + "\n");
        assertThat(archives(cache)).isEmpty();
    }

    /** The archives (and leftovers) in the launcher's cache directory. */
    private static List<Path> archives(Path cache) throws IOException
    {
        if (!Files.isDirectory(cache))
        {
            return List.of();
        }
        try (var files = Files.list(cache))
        {
            return files.toList();
        }
    }

    @Test
    void aJavaOlderThan21IsRefusedWithAMessageBeforeItRuns() throws Exception
    {
        // a Java 17 runtime: its release file tells the version, its java is not started
        Path old = Files.createDirectories(work.resolve("jdk-17/bin"));
        Files.writeString(old.getParent().resolve("release"), "JAVA_VERSION=\"17.0.12\"\n");
        Path fakeJava = Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'must not run' >&2\nexit 99\n");
        assertThat(fakeJava.toFile().setExecutable(true)).isTrue();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("JAVA_HOME", old.getParent().toString());
        Run tooOld = launch(env, reports.toString());
        assertThat(tooOld.code).isEqualTo(2);
        assertThat(tooOld.out).isEmpty();
        assertThat(tooOld.err).contains("Java 17", "需要 Java 21 或更新版本").doesNotContain("must not run");
    }

    @Test
    void withoutAnyJavaTheLauncherSaysWhereToGetOne() throws Exception
    {
        // a PATH with the launcher's tools only (the system's may hold a java)
        Path tools = Files.createDirectories(work.resolve("tools"));
        for (String tool : List.of("dirname", "sed", "ls", "head", "mkdir", "cut", "cksum"))
        {
            Path found = Files.isExecutable(Path.of("/usr/bin", tool)) ? Path.of("/usr/bin", tool) : Path.of("/bin", tool);
            if (Files.isExecutable(found) && !Files.exists(tools.resolve(tool)))
            {
                Files.createSymbolicLink(tools.resolve(tool), found);
            }
        }
        Map<String, String> noJava = new LinkedHashMap<>();
        noJava.put("PATH", tools.toString());
        Run none = launch(noJava, reports.toString());
        assertThat(none.code).isEqualTo(2);
        assertThat(none.out).isEmpty();
        assertThat(none.err).contains("未找到 Java", "Java 21", "JAVA_HOME");
    }

    @Test
    void aMissingFileIsAUsageErrorNamedOnStandardError() throws Exception
    {
        Run run = launch(javaHomeOnly(), reports.resolve("不存在.docx").toString());
        assertThat(run.code).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("文件不存在 (no such file): " + reports.resolve("不存在.docx") + "\n");
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** The launcher's output. */
    private record Run(int code, String out, String err)
    {
        List<String> errLines()
        {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }

        @Override
        public String toString()
        {
            return "exit " + code + "\n--- stdout\n" + (out.length() > 3000 ? out.substring(0, 3000) + "…" : out)
                    + "\n--- stderr\n" + err;
        }
    }

    /** JAVA_HOME = the JDK running this test (21 or newer), PATH = the system's basic tools only. */
    private static Map<String, String> javaHomeOnly()
    {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PATH", "/usr/bin:/bin");
        return env;
    }

    /** No JAVA_HOME: the JDK's bin first on PATH. */
    private static Map<String, String> pathOnly()
    {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        return env;
    }

    private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException
    {
        Assumptions.assumeFalse(isWindows(), "the sh launcher runs on Linux and macOS");
        List<String> command = new ArrayList<>(List.of(home.resolve(LAUNCHER).toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull()));
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS))
        {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static java.io.File devNull()
    {
        return new java.io.File("/dev/null");
    }

    private static boolean isWindows()
    {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
