package io.github.zwgk.annualreport.engine.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a plain-text report deterministically (UTF-8, UTF-16LE/BE or GB18030, with or without BOM) and
 * refuses binary content, so that a ".txt" holding anything else never turns into text garbage.
 * <p>
 * Order: a BOM names the charset; else UTF-16 when NUL bytes sit almost only at one parity (ASCII digits and line
 * breaks of UTF-16 text); else strict UTF-8; else GB18030 (a superset of GBK and GB2312, what Chinese Windows saves as
 * "ANSI"). The decoded text must then look like text: no NUL and almost no other control characters.
 */
public final class PlainTextDecoder
{
    /** GB18030 (present in every JDK build that ships the extended charsets, as all Temurin/OpenJDK builds do). */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] BOM_UTF8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] BOM_UTF16LE = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] BOM_UTF16BE = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] BOM_GB18030 = {(byte) 0x84, (byte) 0x31, (byte) 0x95, (byte) 0x33};

    /** Bytes sampled to decide on BOM-less UTF-16 (the whole file for reports, which are ~10-40 KB). */
    private static final int UTF16_SAMPLE = 64 * 1024;

    /**
     * Share of malformed sequences tolerated in GB18030 (a stray byte from a bad copy-paste), and of control characters
     * tolerated in decoded text (form feeds, escape codes copied from old systems). Above that it is binary.
     */
    private static final double MAX_BAD_SHARE = 0.005;

    /** Text with the charset it was decoded with. */
    public record Decoded(String text, Charset charset, boolean bom)
    {
    }

    private PlainTextDecoder()
    {
    }

    /**
     * Decodes {@code bytes}; an empty result means the bytes are not text in any supported charset (binary).
     */
    public static Optional<Decoded> decode(byte[] bytes)
    {
        Decoded d = decodeBytes(bytes);
        return d != null && looksLikeText(d.text()) ? Optional.of(d) : Optional.empty();
    }

    private static Decoded decodeBytes(byte[] b)
    {
        // A BOM is trusted; a few malformed sequences after it are replaced rather than failing the whole file
        if (startsWith(b, BOM_UTF8))
        {
            return lenient(b, BOM_UTF8.length, StandardCharsets.UTF_8, true);
        }
        if (startsWith(b, BOM_GB18030))
        {
            return lenient(b, BOM_GB18030.length, GB18030, true);
        }
        if (startsWith(b, BOM_UTF16LE))
        {
            return lenient(b, 2, StandardCharsets.UTF_16LE, true);
        }
        if (startsWith(b, BOM_UTF16BE))
        {
            return lenient(b, 2, StandardCharsets.UTF_16BE, true);
        }
        Charset utf16 = bomlessUtf16(b);
        if (utf16 != null)
        {
            Decoded d = strict(b, 0, utf16, false);
            if (d != null)
            {
                return d;
            }
        }
        Decoded utf8 = strict(b, 0, StandardCharsets.UTF_8, false);
        return utf8 != null ? utf8 : lenient(b, 0, GB18030, false);
    }

    /**
     * UTF-16 without BOM: NUL bytes are frequent at one parity (the high byte of ASCII in LE sits at odd offsets) and
     * rarer at the other. CJK-only UTF-16 has few NULs, but real reports carry digits and line breaks.
     */
    private static Charset bomlessUtf16(byte[] b)
    {
        int n = Math.min(b.length, UTF16_SAMPLE) & ~1;
        if (n < 4)
        {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (b[i] == 0)
            {
                evenNul++;
            }
            if (b[i + 1] == 0)
            {
                oddNul++;
            }
        }
        int pairs = n / 2;
        int dominant = Math.max(evenNul, oddNul);
        int other = Math.min(evenNul, oddNul);
        // the minor parity is not zero: CJK characters such as 一 (U+4E00) have a 00 low byte
        if (dominant * 50 < pairs || other * 4 > dominant)
        {
            return null; // fewer than 2 % NULs, or NULs at both parities alike (binary)
        }
        return oddNul > evenNul ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    private static Decoded strict(byte[] b, int offset, Charset cs, boolean bom)
    {
        CharsetDecoder dec = cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try
        {
            CharBuffer out = dec.decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return new Decoded(out.toString(), cs, bom);
        }
        catch (CharacterCodingException e)
        {
            return null;
        }
    }

    /** Decodes with replacement; more than 0.5 % replaced (at least 2) means the bytes are not in {@code cs}. */
    private static Decoded lenient(byte[] b, int offset, Charset cs, boolean bom)
    {
        String text = new String(b, offset, b.length - offset, cs);
        long bad = text.chars().filter(c -> c == '\uFFFD').count();
        return bad > Math.max(1, text.length() * MAX_BAD_SHARE) ? null : new Decoded(text, cs, bom);
    }

    /** No NUL, and control characters other than TAB, CR, LF, FF at most 0.5 % of the text. */
    static boolean looksLikeText(String s)
    {
        int controls = 0;
        for (int i = 0; i < s.length(); i++)
        {
            char c = s.charAt(i);
            if (c == 0)
            {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c >= 0x7F && c < 0xA0)
            {
                controls++;
            }
        }
        return controls <= s.length() * MAX_BAD_SHARE;
    }

    private static boolean startsWith(byte[] b, byte[] prefix)
    {
        if (b.length < prefix.length)
        {
            return false;
        }
        for (int i = 0; i < prefix.length; i++)
        {
            if (b[i] != prefix[i])
            {
                return false;
            }
        }
        return true;
    }
}
