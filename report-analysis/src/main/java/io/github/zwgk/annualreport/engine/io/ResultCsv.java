package io.github.zwgk.annualreport.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Summary;

/**
 * One CSV row per report, for spreadsheets: file, status, format, year, agency, finding counts, every {@link Summary}
 * figure (same names as the JSON and the repository properties) and the most important finding codes. RFC 4180: CRLF
 * line ends, fields with a comma, quote or line break quoted, quotes doubled; a text that a spreadsheet would run as a
 * formula (a file named "=HYPERLINK(…)") starts with an apostrophe ({@link CsvCells}). UTF-8, optionally with a BOM so
 * that Excel opens the Chinese text correctly.
 */
public final class ResultCsv
{
    /** How many distinct finding codes the {@code findingCodes} column lists (most severe first). */
    public static final int TOP_CODES = 5;

    private ResultCsv()
    {
    }

    /** The column names. */
    public static List<String> header()
    {
        List<String> h = new ArrayList<>(List.of("file", "status", "statusReason", "format", "reportYear", "agency",
                "errors", "warnings", "infos"));
        h.addAll(Summary.FIELD_NAMES);
        h.add("findingCodes");
        return h;
    }

    /** The values of one result, in {@link #header()} order (unquoted; null → empty). */
    public static List<String> values(AnalysisResult r)
    {
        List<String> v = new ArrayList<>();
        v.add(r.file());
        v.add(r.status() == null ? null : r.status().name());
        v.add(r.statusReason());
        v.add(r.format() == null ? null : r.format().code());
        v.add(r.reportYear() == null ? null : r.reportYear().toString());
        v.add(r.agency());
        v.add(Long.toString(r.count(Severity.ERROR)));
        v.add(Long.toString(r.count(Severity.WARNING)));
        v.add(Long.toString(r.count(Severity.INFO)));
        for (RecordComponent c : Summary.class.getRecordComponents())
        {
            Object value;
            try
            {
                value = c.getAccessor().invoke(r.summary());
            }
            catch (ReflectiveOperationException e)
            {
                throw new IllegalStateException(e);
            }
            v.add(value == null ? null : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Finding f : r.findings())
        {
            if (codes.size() == TOP_CODES)
            {
                break;
            }
            codes.add(f.code().name());
        }
        v.add(String.join(" ", codes));
        return v;
    }

    /** The whole CSV (header + one line per result) as a string, CRLF line ends, no BOM. */
    public static String toCsv(List<AnalysisResult> results)
    {
        StringBuilder sb = new StringBuilder();
        line(sb, header());
        for (AnalysisResult r : results)
        {
            line(sb, values(r));
        }
        return sb.toString();
    }

    /** Writes the CSV in UTF-8, with a byte order mark first when {@code bom} (for Excel). The stream is flushed, not closed. */
    public static void write(List<AnalysisResult> results, OutputStream out, boolean bom) throws IOException
    {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (bom)
        {
            w.write('\uFEFF');
        }
        w.write(toCsv(results));
        w.flush();
    }

    private static void line(StringBuilder sb, List<String> fields)
    {
        sb.append(CsvCells.line(fields));
    }

    /** RFC 4180 quoting ({@link CsvCells#quote}); a written cell is also neutralised ({@link CsvCells#cell}). */
    public static String quote(String field)
    {
        return CsvCells.quote(field);
    }
}
