package io.github.zwgk.annualreport.engine.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.store.StoredFields;
import io.github.zwgk.annualreport.engine.store.StoredResult;

/**
 * Everything of the engine that runs inside the repository, run on one file: the analysis, the properties the
 * repository stores ({@link StoredFields}), the stored JSON and the previous-year figures read back from it. Run in a
 * child JVM on exactly the repository's libraries by {@link RepositoryLibrarySetTest}, and in the test's own JVM for the
 * comparison; touches no class of the test fixtures (they use PDFBox).
 */
public final class RepositoryClasspathHarness
{
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RepositoryClasspathHarness()
    {
    }

    /** {@code main(dir, out)}: describes every file in {@code dir} (by name order) into the JSON array file {@code out}. */
    public static void main(String[] args) throws IOException
    {
        Path dir = Path.of(args[0]);
        ArrayNode all = JSON.arrayNode();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir))
        {
            files = list.sorted().toList();
        }
        ReportAnalyzer analyzer = new ReportAnalyzer();
        for (Path file : files)
        {
            all.add(describe(analyzer, file));
        }
        ObjectNode out = JSON.objectNode();
        out.put("pdfboxOnClasspath", loadable("org.apache.pdfbox.pdmodel.PDDocument"));
        out.put("jsr310OnClasspath", loadable("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule"));
        out.set("files", all);
        Files.writeString(Path.of(args[1]), ResultJson.write(out, true));
    }

    /** One file as the repository would treat it, timings left out. */
    public static ObjectNode describe(ReportAnalyzer analyzer, Path file) throws IOException
    {
        AnalysisResult result = analyzer.analyze(Files.readAllBytes(file), file.getFileName().toString(),
                AnalysisOptions.DEFAULT.withExpectedAgency("测试机关"));
        ObjectNode node = JSON.objectNode();
        node.put("file", file.getFileName().toString());
        ObjectNode json = (ObjectNode) ResultJson.mapper().readTree(StoredResult.write(result));
        if (json.get("extraction") instanceof ObjectNode extraction)
        {
            extraction.remove("elapsedMillis");
        }
        node.set("result", json);
        ObjectNode stored = node.putObject("stored");
        for (Map.Entry<String, Object> e : StoredFields.of(result, null, Instant.EPOCH).entrySet())
        {
            Object v = e.getValue();
            stored.set(e.getKey(), ResultJson.mapper().valueToTree(v instanceof LocalDate || v instanceof Instant
                    ? v.toString() : v));
        }
        node.set("previousReport", ResultJson.mapper().valueToTree(
                StoredResult.previousReport(StoredResult.write(result), "上年度报告").orElse(null)));
        return node;
    }

    private static boolean loadable(String className)
    {
        try
        {
            Class.forName(className, false, RepositoryClasspathHarness.class.getClassLoader());
            return true;
        }
        catch (ClassNotFoundException | LinkageError e)
        {
            return false;
        }
    }
}
