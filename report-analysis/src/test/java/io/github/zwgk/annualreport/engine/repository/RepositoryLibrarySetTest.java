package io.github.zwgk.annualreport.engine.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.CjkFont;
import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.io.ResultJson;

/**
 * The engine on exactly the libraries of the ACS 26.1 repository (src/test/resources/acs-26.1-repository-libs.txt, a
 * copy of ../shared/alfresco/): Tika 3.2.3 without PDFBox, POI 5.4.0, Jackson 2.17.2 without jsr310, … The jars are
 * copied by Maven into target/repository-libs at the repository's versions (pom: execution repository-libraries); a
 * child JVM runs {@link RepositoryClasspathHarness} on the five seeds as .txt, .docx and .html with them and nothing
 * else, and must give what the engine gives on its own classpath: the same statuses, figures, findings, stored
 * properties and stored JSON, none UNREADABLE. Nothing ever ran there before, and almost every upload ended UNREADABLE.
 */
class RepositoryLibrarySetTest
{
    /** What the engine has that the repository lacks, and why the repository never needs it. */
    static final Map<String, String> NOT_IN_THE_REPOSITORY = Map.of(
            "pdfbox", "PDF: the repository reads PDFs through its transform service (MNT-22388)",
            "pdfbox-tools", "PDF, as pdfbox",
            "jempbox", "PDF XMP metadata, as pdfbox",
            "jbig2-imageio", "PDF images, as pdfbox",
            "picocli", "the offline checker's command line only");

    private static final Pattern JAR = Pattern.compile("^(.+?)-(\\d[\\w.\\-]*)\\.jar$");

    private static Path target;
    private static Set<String> repositoryJars;

    @BeforeAll
    static void locate() throws Exception
    {
        Path classes = Path.of(ReportAnalyzer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        target = classes.getParent();
        assertThat(target.resolve("repository-libs")).as("run through Maven: the pom copies the repository's jars")
                .isDirectory();
        repositoryJars = new TreeSet<>();
        for (String line : Files.readAllLines(resource("acs-26.1-repository-libs.txt"), StandardCharsets.UTF_8))
        {
            if (!line.isBlank() && !line.startsWith("#"))
            {
                repositoryJars.add(line.strip());
            }
        }
    }

    private static Path resource(String name) throws Exception
    {
        return Path.of(RepositoryLibrarySetTest.class.getResource("/" + name).toURI());
    }

    @Test
    void theListIsTheSharedOneWhereThatIsAtHand() throws Exception
    {
        Path shared = target.getParent().getParent().getParent().resolve("shared/alfresco/acs-26.1-repository-libs.txt");
        if (Files.isRegularFile(shared))
        {
            assertThat(Files.readString(resource("acs-26.1-repository-libs.txt"))).isEqualTo(Files.readString(shared));
        }
        assertThat(repositoryJars).contains("tika-core-3.2.3.jar", "poi-5.4.0.jar", "jackson-databind-2.17.2.jar")
                .noneMatch(j -> j.startsWith("pdfbox-3") || j.startsWith("jackson-datatype-jsr310"));
    }

    @Test
    void theChildClasspathIsOnlyTheRepositorysJars() throws IOException
    {
        List<String> copied = jarNames(target.resolve("repository-libs"));
        assertThat(copied).isNotEmpty();
        assertThat(copied).as("every library the engine runs on in the repository is one the repository ships")
                .allMatch(repositoryJars::contains);
    }

    /**
     * Every library of the engine's runtime classpath has its artifact in the repository (at the repository's version),
     * except the PDF and command-line ones, which the platform module's pom excludes from the AMP. So the AMP's lib/
     * brings the engine jar and nothing else.
     */
    @Test
    void theRepositoryHasEveryLibraryOfTheEngineButThePdfAndCommandLineOnes() throws IOException
    {
        Set<String> repositoryArtifacts = repositoryJars.stream().map(RepositoryLibrarySetTest::artifactId)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, String> missing = new TreeMap<>();
        for (String entry : Files.readString(target.resolve("runtime-classpath.txt")).strip().split(File.pathSeparator))
        {
            String jar = Path.of(entry).getFileName().toString();
            String artifact = artifactId(jar);
            if (!repositoryArtifacts.contains(artifact))
            {
                missing.put(artifact, jar);
            }
        }
        assertThat(missing.keySet()).as("the engine's libraries the repository lacks (the AMP would have to bring them)")
                .isEqualTo(NOT_IN_THE_REPOSITORY.keySet());
        assertThat(jarNames(target.resolve("repository-libs")).stream().map(RepositoryLibrarySetTest::artifactId))
                .as("copied at the repository's version: every other engine library")
                .containsExactlyInAnyOrderElementsOf(runtimeArtifacts().stream()
                        .filter(a -> !NOT_IN_THE_REPOSITORY.containsKey(a)).toList());

        String platformPom = Files.readString(target.getParent().getParent().resolve("platform-module/pom.xml"));
        String engineDependency = platformPom.substring(platformPom.indexOf("<artifactId>report-analysis</artifactId>"));
        engineDependency = engineDependency.substring(0, engineDependency.indexOf("</dependency>"));
        for (String group : List.of("org.apache.pdfbox", "info.picocli", "org.apache.tika", "org.apache.poi",
                "com.fasterxml.jackson.core"))
        {
            assertThat(engineDependency).as("platform-module keeps %s out of the AMP", group)
                    .contains("<groupId>" + group + "</groupId>");
        }
    }

    @Test
    void theEngineGivesTheSameResultsOnTheRepositorysLibraries(@TempDir Path dir) throws Exception
    {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        for (String seed : List.of("000", "001", "002", "003", "004"))
        {
            ReportDocument document = ReportDocument.seed(seed);
            Files.writeString(reports.resolve(seed + ".txt"), Seeds.text(seed));
            Files.write(reports.resolve(seed + ".docx"), ReportFixtures.docx(document));
            Files.write(reports.resolve(seed + ".html"), ReportFixtures.html(document));
        }
        Path pdfOnly = Files.createDirectories(dir.resolve("pdf"));
        boolean pdf = CjkFont.available();
        if (pdf)
        {
            Files.write(pdfOnly.resolve("004.pdf"), ReportFixtures.pdf(ReportDocument.seed("004")));
        }

        JsonNode child = runOnRepositoryLibraries(reports, dir.resolve("child.json"));
        assertThat(child.get("pdfboxOnClasspath").asBoolean()).isFalse();
        assertThat(child.get("jsr310OnClasspath").asBoolean()).isFalse();

        ReportAnalyzer analyzer = new ReportAnalyzer();
        List<JsonNode> own = new ArrayList<>();
        try (Stream<Path> files = Files.list(reports))
        {
            for (Path f : files.sorted().toList())
            {
                own.add(RepositoryClasspathHarness.describe(analyzer, f));
            }
        }
        assertThat(child.get("files")).hasSize(15);
        for (int i = 0; i < own.size(); i++)
        {
            JsonNode mine = own.get(i);
            JsonNode theirs = child.get("files").get(i);
            String file = mine.get("file").asText();
            assertThat(theirs.get("result").get("status").asText()).as(file).isNotEqualTo("UNREADABLE")
                    .isEqualTo(mine.get("result").get("status").asText());
            assertThat(differences("", theirs, mine)).as("%s on the repository's libraries: differing fields", file)
                    .isEmpty();
        }
        assertThat(own.stream().filter(n -> n.get("result").has("identity")
                && n.get("result").get("identity").has("documentDate")).count())
                .as("dates are serialised too (they made every dated report UNREADABLE in the repository)").isPositive();

        if (pdf)
        {
            // Without PDFBox a PDF is this installation's problem, never a scanned file (the agency's)
            JsonNode pdfResult = runOnRepositoryLibraries(pdfOnly, dir.resolve("child-pdf.json")).get("files").get(0)
                    .get("result");
            assertThat(pdfResult.get("status").asText()).isEqualTo("UNREADABLE");
            assertThat(pdfResult.get("unreadableReason").asText()).isEqualTo("PARSER_UNAVAILABLE");
        }
    }

    private static JsonNode runOnRepositoryLibraries(Path reports, Path out) throws Exception
    {
        Path classes = target.resolve("classes");
        Path testClasses = target.resolve("test-classes");
        List<String> classpath = new ArrayList<>(List.of(classes.toString(), testClasses.toString()));
        for (String jar : jarNames(target.resolve("repository-libs")))
        {
            classpath.add(target.resolve("repository-libs").resolve(jar).toString());
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = out.resolveSibling(out.getFileName() + ".log");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp",
                String.join(File.pathSeparator, classpath), RepositoryClasspathHarness.class.getName(),
                reports.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("child JVM finished").isTrue();
        assertThat(p.exitValue()).as("child JVM exit; its output: %s", Files.readString(log)).isZero();
        return ResultJson.mapper().readTree(out.toFile());
    }

    /** The JSON pointers where two trees differ (empty when equal), with both values. */
    static List<String> differences(String at, JsonNode a, JsonNode b)
    {
        List<String> out = new ArrayList<>();
        if (a != null && b != null && a.isObject() && b.isObject())
        {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names)
            {
                out.addAll(differences(at + "/" + n, a.get(n), b.get(n)));
            }
        }
        else if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size())
        {
            for (int i = 0; i < a.size(); i++)
            {
                out.addAll(differences(at + "/" + i, a.get(i), b.get(i)));
            }
        }
        else if (a != null && b != null && a.isNumber() && b.isNumber())
        {
            if (a.decimalValue().compareTo(b.decimalValue()) != 0)
            {
                out.add(at + ": " + a + " ≠ " + b);
            }
        }
        else if (a == null ? b != null : !a.equals(b))
        {
            out.add(at + ": " + a + " ≠ " + b);
        }
        return out;
    }

    private static List<String> jarNames(Path dir) throws IOException
    {
        try (Stream<Path> files = Files.list(dir))
        {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
    }

    private static List<String> runtimeArtifacts() throws IOException
    {
        List<String> artifacts = new ArrayList<>();
        for (String entry : Files.readString(target.resolve("runtime-classpath.txt")).strip().split(File.pathSeparator))
        {
            artifacts.add(artifactId(Path.of(entry).getFileName().toString()));
        }
        return artifacts;
    }

    static String artifactId(String jar)
    {
        Matcher m = JAR.matcher(jar);
        return m.matches() ? m.group(1) : jar;
    }
}
