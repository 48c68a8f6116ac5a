package io.github.zwgk.annualreport.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import io.github.zwgk.annualreport.engine.model.AnalysisResult;

/**
 * The engine's JSON: {@link AnalysisResult} as documented in docs/CHECKER.md (dates ISO-8601, numbers plain, enum ids as
 * names, template format as "2019"/"2021"). The repository stores exactly this in {@code ar:validationResult}; the
 * checker prints it with {@code --json}. Thread-safe.
 * <p>
 * Only jackson-core/databind/annotations are used: the repository ships Jackson without {@code jackson-datatype-jsr310},
 * so the one {@code java.time} type of the schema, {@link LocalDate}, is written and read here as its ISO-8601 string.
 */
public final class ResultJson
{
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(dates())
            // Cell.isNumber() is a convenience, not part of the schema
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // results written by a newer engine (more fields) can still be read back
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultJson()
    {
    }

    /** LocalDate as "2024-01-31" both ways (what jsr310's module does with WRITE_DATES_AS_TIMESTAMPS off). */
    private static SimpleModule dates()
    {
        SimpleModule module = new SimpleModule("annual-report-dates");
        module.addSerializer(LocalDate.class, ToStringSerializer.instance);
        module.addDeserializer(LocalDate.class, new FromStringDeserializer<LocalDate>(LocalDate.class)
        {
            private static final long serialVersionUID = 1L;

            @Override
            protected LocalDate _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt)
            {
                return LocalDate.parse(value.strip());
            }
        });
        return module;
    }

    /** The configured mapper (shared; do not reconfigure). */
    public static ObjectMapper mapper()
    {
        return MAPPER;
    }

    public static String write(AnalysisResult result)
    {
        return write((Object) result, true);
    }

    /** Several results as a JSON array. */
    public static String writeAll(List<AnalysisResult> results)
    {
        return write(results, true);
    }

    public static String write(Object value, boolean pretty)
    {
        try
        {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) : MAPPER.writeValueAsString(value);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(AnalysisResult result, OutputStream out) throws IOException
    {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, result);
    }

    public static AnalysisResult read(String json) throws IOException
    {
        return MAPPER.readValue(json, AnalysisResult.class);
    }

    public static AnalysisResult read(InputStream in) throws IOException
    {
        return MAPPER.readValue(in, AnalysisResult.class);
    }

    /**
     * Reads a result file: one result object, or the first of an array of results (as {@code --json} writes for
     * several files).
     */
    public static AnalysisResult read(Path file) throws IOException
    {
        try (InputStream in = Files.newInputStream(file))
        {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode())
            {
                throw new IOException("Empty JSON: " + file);
            }
            if (node.isArray())
            {
                if (node.isEmpty())
                {
                    throw new IOException("Empty JSON array: " + file);
                }
                node = node.get(0);
            }
            return MAPPER.treeToValue(node, AnalysisResult.class);
        }
    }

    /** Reads a JSON array of results. */
    public static List<AnalysisResult> readAll(String json) throws IOException
    {
        return MAPPER.readValue(json, new TypeReference<List<AnalysisResult>>()
        {
        });
    }
}
