package io.github.zwgk.annualreport.engine.io;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV cells that are safe to open in a spreadsheet: RFC 4180 quoting, and no formula injection. Excel, WPS and
 * LibreOffice run a cell that starts with {@code = + - @} (or a TAB or CR before one) as a formula, so an agency name
 * or a file name such as {@code =HYPERLINK("http://…","点击")} or {@code @SUM(…)} would become a live formula in the
 * reviewer's spreadsheet. Such a cell is prefixed with an apostrophe, as OWASP's "CSV Injection" advice recommends
 * (the spreadsheet shows the text as written); a number ({@code -3}, {@code +1.5}) stays a number.
 * <p>
 * Used by the checker's {@code --csv} ({@link ResultCsv}) and meant for every CSV the project writes (the repository's
 * statistics CSV).
 */
public final class CsvCells
{
    /** The characters that make a spreadsheet read a cell as a formula (OWASP: = + - @ TAB CR). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** A plain number, as the engine writes them (BigDecimal.toPlainString, integers), optionally signed. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private static final String CRLF = "\r\n";

    private CsvCells()
    {
    }

    /**
     * The value with a leading apostrophe when a spreadsheet would take it for a formula; numbers and everything else
     * unchanged; null stays null.
     */
    public static String neutralise(String value)
    {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0)
        {
            return value;
        }
        if (NUMBER.matcher(value).matches())
        {
            return value;
        }
        return "'" + value;
    }

    /** RFC 4180 quoting: a field with a comma, quote, CR or LF is enclosed in quotes, its quotes doubled; null → "". */
    public static String quote(String field)
    {
        if (field == null)
        {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0)
        {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** One cell as written to the file: neutralised, then quoted. */
    public static String cell(String value)
    {
        return quote(neutralise(value));
    }

    /** One line: the cells ({@link #cell}) separated by commas, ended by CRLF. */
    public static String line(List<String> values)
    {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++)
        {
            if (i > 0)
            {
                sb.append(',');
            }
            sb.append(cell(values.get(i)));
        }
        return sb.append(CRLF).toString();
    }
}
