package io.github.zwgk.annualreport.engine.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A linear pre-scan of HTML bytes for what would make the HTML parser's document tree absurd: nesting ({@code <div>}
 * inside {@code <div>} thousands deep), which would cost the parser seconds before Tika's SecureContentHandler refuses
 * the output depth anyway, and sheer number of elements (a table of a million rows is a few megabytes of markup but a
 * tree of hundreds of megabytes: the parser builds the whole tree before any text limit can stop it). Depth counts
 * only containers that real pages always close, so sloppy {@code <p>}/{@code <li>}/{@code <td>} never add up. Works on
 * the raw bytes of any ASCII-compatible charset (UTF-8, GBK, GB18030); UTF-16 pages are left to the parser.
 */
final class HtmlDepth
{
    /**
     * Tika's SecureContentHandler limit (100 levels of elements), applied here before parsing: the HTML parser does not
     * pass every container on as an element, so the handler alone would let some deeper pages through.
     */
    static final int MAX_DEPTH = 100;

    /**
     * Elements a page may have. A report saved as HTML by a word processor, a span per run, has some thousands; the
     * parser's tree of this many takes about 30 MB.
     */
    static final int MAX_ELEMENTS = 100_000;

    private static final List<String> CONTAINER_NAMES = List.of("div", "span", "table", "blockquote", "ul", "ol", "section",
        "article", "font", "center");

    private HtmlDepth()
    {
    }

    /**
     * Refuses a page whose containers nest deeper than {@link #MAX_DEPTH} (CORRUPT) or that has more than
     * {@link #MAX_ELEMENTS} elements (TOO_MUCH_TEXT).
     */
    static void check(byte[] html) throws UnreadableException
    {
        int depth = 0;
        int elements = 0;
        int n = html.length;
        String raw = new String(html, StandardCharsets.ISO_8859_1); // one char per byte: String.indexOf skips text fast
        for (int i = raw.indexOf('<'); i >= 0 && i + 1 < n; i = raw.indexOf('<', i + 1))
        {
            if (raw.startsWith("<!--", i))
            {
                int end = raw.indexOf("-->", i + 4);
                if (end < 0)
                {
                    return;
                }
                i = end + 2;
                continue;
            }
            boolean close = html[i + 1] == '/';
            int start = close ? i + 2 : i + 1;
            int j = start;
            while (j < n && j - start < 12 && isNameChar(html[j]))
            {
                j++;
            }
            if (j == start)
            {
                continue;
            }
            if (!close && ++elements > MAX_ELEMENTS)
            {
                throw new UnreadableException(UnreadableReason.TOO_MUCH_TEXT, "more than " + MAX_ELEMENTS + " HTML elements");
            }
            if (!isContainer(html, start, j - start))
            {
                continue;
            }
            if (close)
            {
                depth = Math.max(0, depth - 1);
            }
            else if (!selfClosing(html, j) && ++depth > MAX_DEPTH)
            {
                throw new UnreadableException(UnreadableReason.CORRUPT, "elements nested more than " + MAX_DEPTH + " deep");
            }
            i = j - 1;
        }
    }

    /** Whether the tag name at b[start, start+len) is a container, case-insensitively, without allocating. */
    private static boolean isContainer(byte[] b, int start, int len)
    {
        for (String c : CONTAINER_NAMES)
        {
            if (c.length() != len)
            {
                continue;
            }
            int k = 0;
            while (k < len && (b[start + k] | 0x20) == c.charAt(k))
            {
                k++;
            }
            if (k == len)
            {
                return true;
            }
        }
        return false;
    }

    /** {@code <div/>}: the tag ends with "/>" before any other '<'. */
    private static boolean selfClosing(byte[] b, int from)
    {
        for (int k = from; k < b.length && k < from + 4096; k++)
        {
            if (b[k] == '>')
            {
                return k > from && b[k - 1] == '/';
            }
            if (b[k] == '<')
            {
                return false;
            }
        }
        return false;
    }

    private static boolean isNameChar(byte c)
    {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
