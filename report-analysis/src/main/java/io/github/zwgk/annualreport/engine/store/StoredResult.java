package io.github.zwgk.annualreport.engine.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.TextFingerprint;
import io.github.zwgk.annualreport.engine.rules.PreviousReport;

/**
 * The result JSON a repository stores with each report (ar:validationResult): written exactly as the checker's
 * {@code --json} ({@link ResultJson}), and read back leniently: a result written by another engine version (other rule
 * codes, more or fewer fields) still gives its year and figures.
 */
public final class StoredResult
{
    private StoredResult()
    {
    }

    /** The JSON to store. */
    public static String write(AnalysisResult result)
    {
        return ResultJson.write(result, false);
    }

    /** The stored JSON as a tree; {@code null} for null or blank input. */
    public static JsonNode readTree(String json) throws IOException
    {
        return json == null || json.isBlank() ? null : ResultJson.mapper().readTree(json);
    }

    /**
     * The previous-year input of the carry-over and text-repetition rules from a stored result: its table 三 row
     * 四、结转下年度继续办理 (the columns that hold numbers) and its {@code textFingerprint}, so that last year's file is
     * never extracted again. Empty when the JSON is not readable, has no year, or neither such figures nor a
     * fingerprint (a result of an older engine has none).
     *
     * @param json   the stored result JSON
     * @param source how the finding names that report (its file name; never another agency's node)
     */
    public static Optional<PreviousReport> previousReport(String json, String source)
    {
        JsonNode stored;
        try
        {
            stored = readTree(json);
        }
        catch (IOException e)
        {
            return Optional.empty();
        }
        if (stored == null || !stored.path("reportYear").canConvertToInt())
        {
            return Optional.empty();
        }
        JsonNode row = stored.path("tables").path("t3").path("rows").path(Table3Row.CARRIED_FORWARD.name());
        Map<Table3Column, BigDecimal> carried = new EnumMap<>(Table3Column.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); )
        {
            Map.Entry<String, JsonNode> cell = it.next();
            JsonNode value = cell.getValue().path("value");
            Table3Column column = column(cell.getKey());
            if (value.isNumber() && column != null)
            {
                carried.put(column, value.decimalValue());
            }
        }
        TextFingerprint fingerprint = fingerprint(stored.path("textFingerprint"));
        return carried.isEmpty() && fingerprint == null ? Optional.empty()
                : Optional.of(new PreviousReport(stored.path("reportYear").asInt(), carried, source, fingerprint));
    }

    /** The stored fingerprint, or null when absent, empty or damaged (which only disables the repetition check). */
    private static TextFingerprint fingerprint(JsonNode node)
    {
        if (!node.isObject())
        {
            return null;
        }
        try
        {
            TextFingerprint f = ResultJson.mapper().treeToValue(node, TextFingerprint.class);
            return f == null || f.sentences().isEmpty() ? null : f;
        }
        catch (IOException | IllegalArgumentException e)
        {
            return null;
        }
    }

    private static Table3Column column(String name)
    {
        for (Table3Column c : Table3Column.values())
        {
            if (c.name().equals(name))
            {
                return c;
            }
        }
        return null;
    }
}
