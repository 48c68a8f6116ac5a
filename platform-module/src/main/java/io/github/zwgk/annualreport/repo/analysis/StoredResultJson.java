package io.github.zwgk.annualreport.repo.analysis;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.rules.PreviousReport;

/**
 * The one place that turns the engine's {@link AnalysisResult} into the JSON stored in {@code ar:validationResult}
 * and reads it back (the web scripts serve it; the worker takes a previous year's 结转下年度 row from it).
 */
public final class StoredResultJson
{
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private StoredResultJson()
    {
    }

    /** The shared mapper (thread-safe once configured). */
    public static ObjectMapper mapper()
    {
        return MAPPER;
    }

    public static String write(AnalysisResult result)
    {
        try
        {
            return MAPPER.writeValueAsString(result);
        }
        catch (IOException e)
        {
            throw new IllegalStateException("Cannot serialise the analysis result of " + result.file(), e);
        }
    }

    /** The stored JSON as a tree; {@code null} for null or blank input. */
    public static JsonNode readTree(String json) throws IOException
    {
        return json == null || json.isBlank() ? null : MAPPER.readTree(json);
    }

    /**
     * The previous-year input of the carry-over rule from a stored result: its table 三 row 四、结转下年度继续办理,
     * the columns that hold numbers. {@code null} when the stored result has no year or no such figures.
     */
    public static PreviousReport previousReport(JsonNode stored, String source)
    {
        if (stored == null || !stored.path("reportYear").canConvertToInt())
        {
            return null;
        }
        JsonNode row = stored.path("tables").path("t3").path("rows").path(Table3Row.CARRIED_FORWARD.name());
        Map<Table3Column, BigDecimal> carried = new EnumMap<>(Table3Column.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); )
        {
            Map.Entry<String, JsonNode> cell = it.next();
            JsonNode value = cell.getValue().path("value");
            if (value.isNumber() && isColumn(cell.getKey()))
            {
                carried.put(Table3Column.valueOf(cell.getKey()), value.decimalValue());
            }
        }
        return carried.isEmpty() ? null : new PreviousReport(stored.path("reportYear").asInt(), carried, source);
    }

    private static boolean isColumn(String name)
    {
        for (Table3Column c : Table3Column.values())
        {
            if (c.name().equals(name))
            {
                return true;
            }
        }
        return false;
    }
}
