package io.github.zwgk.annualreport.engine.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A pre-scan of a PDF's character maps (the ToUnicode CMaps fonts carry), for the one damage that makes PDFBox spin:
 * a {@code bfrange} whose ends are far apart. PDFBox expands every range code by code into a map, so a range such as
 * {@code <00000000> <7FFFFFFF>} (one damaged byte of a real CMap is enough; the test's fuzzer found one) keeps the
 * parser busy for minutes and fills the heap, long after the time budget has given up on it. The CMap specification
 * lets a range cover at most 256 codes (only the last byte may vary); PDFBox accepts the whole two-byte space
 * {@code <0000> <FFFF>} as identity. Anything above {@value #MAX_RANGE} codes in one range, or
 * {@value #MAX_TOTAL} in all, is CORRUPT.
 * <p>
 * It reads the raw bytes: every stream is inflated far enough to see whether it is a CMap (FlateDecode, as every
 * writer compresses them, or uncompressed); only CMaps are inflated in full, up to {@value #MAX_CMAP_BYTES} bytes.
 * Best effort by design (a CMap under another filter is not seen): the time budget stays the backstop.
 */
final class PdfCMapGuard
{
    /** Codes one range may map: the whole two-byte space, which PDFBox reads as identity. */
    static final long MAX_RANGE = 65_536;
    /** Codes all ranges of the document may map. */
    static final long MAX_TOTAL = 4L * 65_536;
    /** Decompressed bytes read of one CMap; a real one has a few kilobytes. */
    static final int MAX_CMAP_BYTES = 4 * 1024 * 1024;
    /** Bytes inflated per call when a stream is damaged: the failing call's output is lost (PDFBox keeps the rest). */
    private static final int STEP = 16;
    /** Bytes inflated of every stream to tell a CMap: they start "/CIDInit /ProcSet findresource begin … begincmap". */
    private static final int HEAD_BYTES = 160;

    private static final int STREAM_LENGTH = "stream".length();
    private static final int END_STREAM_LENGTH = "endstream".length();

    private PdfCMapGuard()
    {
    }

    /**
     * Refuses a PDF whose CMaps map more codes than a font can have.
     *
     * @return the codes the CMaps it found map (for tests: 0 when it found none)
     */
    static long check(byte[] pdf) throws UnreadableException
    {
        Inflater inflater = new Inflater(); // one for all streams: creating one costs more than inflating a head
        try
        {
            return check(pdf, inflater);
        }
        finally
        {
            inflater.end();
        }
    }

    private static long check(byte[] pdf, Inflater inflater) throws UnreadableException
    {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1); // one byte per char: String.indexOf is fast
        long total = 0;
        int at = raw.indexOf("stream");
        while (at >= 0)
        {
            int data = dataStart(pdf, at);
            int end = data < 0 ? -1 : raw.indexOf("endstream", data);
            if (data < 0 || end < 0)
            {
                at = raw.indexOf("stream", at + STREAM_LENGTH);
                continue;
            }
            String head = text(inflater, pdf, data, end, HEAD_BYTES);
            if (head.contains("/CIDInit") || head.contains("begincmap") || head.contains("beginbfrange"))
            {
                total += codes(text(inflater, pdf, data, end, MAX_CMAP_BYTES));
                if (total > MAX_TOTAL)
                {
                    throw new UnreadableException(UnreadableReason.CORRUPT,
                        "character maps of more than " + MAX_TOTAL + " codes");
                }
            }
            at = raw.indexOf("stream", end + END_STREAM_LENGTH);
        }
        return total;
    }

    /**
     * Where the data of the stream whose keyword is at {@code at} begins, or -1 when it is no stream keyword ("endstream"
     * or the word inside other data): the keyword is followed by CRLF or LF.
     */
    private static int dataStart(byte[] b, int at)
    {
        if (at >= 3 && b[at - 3] == 'e' && b[at - 2] == 'n' && b[at - 1] == 'd')
        {
            return -1;
        }
        int i = at + STREAM_LENGTH;
        if (i < b.length && b[i] == '\r')
        {
            i++;
        }
        return i < b.length && b[i] == '\n' ? i + 1 : -1;
    }

    /**
     * The stream's data as Latin-1 text: inflated when it inflates (as far as it does: PDFBox, too, reads a damaged
     * Flate stream up to the damage, so a damaged one is inflated again in small steps to keep all before the damage),
     * else as it is; at most {@code max} bytes.
     */
    private static String text(Inflater inflater, byte[] b, int from, int to, int max)
    {
        Inflated whole = inflate(inflater, b, from, to, max, max);
        Inflated inflated = whole.damaged() ? inflate(inflater, b, from, to, max, STEP) : whole;
        return inflated.length() > 0 ? new String(inflated.bytes(), 0, inflated.length(), StandardCharsets.ISO_8859_1)
            : new String(b, from, Math.min(to - from, max), StandardCharsets.ISO_8859_1);
    }

    /** Inflated bytes; {@code damaged}: the data stopped inflating before its end. */
    private record Inflated(byte[] bytes, int length, boolean damaged)
    {
    }

    /** Inflates up to {@code max} bytes, {@code step} per call (at damage the failing call's output is lost). */
    private static Inflated inflate(Inflater inflater, byte[] b, int from, int to, int max, int step)
    {
        inflater.reset();
        byte[] out = new byte[Math.min(max, 16 * 1024)];
        int n = 0;
        try
        {
            inflater.setInput(b, from, to - from);
            while (n < max && !inflater.finished())
            {
                if (n == out.length)
                {
                    out = Arrays.copyOf(out, (int) Math.min(max, 2L * out.length));
                }
                int k = inflater.inflate(out, n, Math.min(step, out.length - n));
                if (k == 0)
                {
                    break; // needs input or a dictionary it will not get
                }
                n += k;
            }
            return new Inflated(out, n, false);
        }
        catch (DataFormatException e)
        {
            return new Inflated(out, n, true);
        }
    }

    /**
     * The codes the {@code bfrange} sections of a CMap map: for each "&lt;lo&gt; &lt;hi&gt;", hi − lo + 1.
     *
     * @throws UnreadableException when one range maps more than {@link #MAX_RANGE} codes
     */
    static long codes(String cmap) throws UnreadableException
    {
        long total = 0;
        int section = cmap.indexOf("beginbfrange");
        while (section >= 0)
        {
            int end = cmap.indexOf("endbfrange", section);
            int stop = end < 0 ? cmap.length() : end;
            int i = section;
            while (true)
            {
                int lo = cmap.indexOf('<', i);
                int loEnd = lo < 0 || lo >= stop ? -1 : cmap.indexOf('>', lo);
                int hi = loEnd < 0 ? -1 : cmap.indexOf('<', loEnd);
                int hiEnd = hi < 0 || hi >= stop ? -1 : cmap.indexOf('>', hi);
                if (hiEnd < 0 || hiEnd >= stop)
                {
                    break;
                }
                long range = span(cmap, lo + 1, loEnd, hi + 1, hiEnd);
                if (range > MAX_RANGE)
                {
                    throw new UnreadableException(UnreadableReason.CORRUPT,
                        "a character map range of " + range + " codes (<" + cmap.substring(lo + 1, loEnd) + "> <"
                            + cmap.substring(hi + 1, hiEnd) + ">)");
                }
                total += range;
                i = skipDestination(cmap, hiEnd + 1, stop);
            }
            section = end < 0 ? -1 : cmap.indexOf("beginbfrange", end);
        }
        return total;
    }

    /** Past the range's destination: a hex string or an array of them. */
    private static int skipDestination(String cmap, int from, int stop)
    {
        int i = from;
        while (i < stop && Character.isWhitespace(cmap.charAt(i)))
        {
            i++;
        }
        if (i < stop && cmap.charAt(i) == '[')
        {
            int close = cmap.indexOf(']', i);
            return close < 0 ? stop : close + 1;
        }
        int close = i < stop && cmap.charAt(i) == '<' ? cmap.indexOf('>', i) : -1;
        return close < 0 ? Math.min(stop, i + 1) : close + 1;
    }

    /** hi − lo + 1 of two hex codes (0 when hi &lt; lo, as PDFBox skips such a range; huge for more than 7 bytes). */
    private static long span(String cmap, int loFrom, int loTo, int hiFrom, int hiTo)
    {
        long a = hex(cmap, loFrom, loTo);
        long b = hex(cmap, hiFrom, hiTo);
        if (a < 0 || b < 0)
        {
            return 0;
        }
        return b < a ? 0 : b - a + 1;
    }

    /** The value of the hex digits in cmap[from, to) (other characters skipped); -1 without digits; 2^60 past 15 digits. */
    private static long hex(String cmap, int from, int to)
    {
        long v = 0;
        int significant = 0;
        boolean any = false;
        for (int i = from; i < to; i++)
        {
            int d = Character.digit(cmap.charAt(i), 16);
            if (d < 0)
            {
                continue;
            }
            any = true;
            if ((significant > 0 || d > 0) && ++significant > 15)
            {
                return 1L << 60;
            }
            v = v * 16 + d;
        }
        return any ? v : -1;
    }
}
