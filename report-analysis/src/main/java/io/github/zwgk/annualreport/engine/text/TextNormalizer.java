package io.github.zwgk.annualreport.engine.text;

/**
 * Normalises report text so that one set of patterns matches every layout: full-width ASCII becomes half-width
 * ("（一）" → "(一)", "：" → ":", "１２" → "12"), odd spaces become plain spaces, and OCR noise seen in real reports is
 * repaired ("—." → "一、" at a line start, "总记" → "总计", "丁作" → "工作", "(=)" → "(二)"). Tabs are kept: they
 * separate table cells. The Chinese enumeration comma 、 and quotes are kept.
 */
public final class TextNormalizer
{

    private TextNormalizer()
    {
    }

    /** Normalises one line (no line breaks expected; tabs kept). One pass over the characters, no regex. */
    public static String line(String s)
    {
        if (s == null || s.isEmpty())
        {
            return "";
        }
        return isNormal(s) ? s : rewrite(s); // most lines have nothing to change: no copy
    }

    /** {@link #line} without the check that nothing needs changing. */
    static String rewrite(String s)
    {
        char[] out = new char[s.length()];
        int n = 0;
        boolean space = false;
        boolean ocr = false; // a character one of the OCR repairs below starts with
        for (int i = 0; i < s.length(); i++)
        {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E')
            {
                c = (char) (c - 0xFEE0);
            }
            else if (c == '\r')
            {
                continue;
            }
            if (isOddSpace(c))
            {
                if (!space)
                {
                    out[n++] = ' ';
                }
                space = true;
                continue;
            }
            space = false;
            ocr |= c == '记' || c == '丁' || c == '=' || c == '≡';
            out[n++] = c;
        }
        String result = repairOcrOneAtStart(out, n);
        if (ocr)
        {
            result = result.replace("总记", "总计").replace("丁作", "工作").replace("(=)", "(二)").replace("(≡)", "(三)");
        }
        return result;
    }

    /**
     * Whether {@link #line} would return the line unchanged: no full-width ASCII, no carriage return, no odd or
     * repeated space, none of the characters the OCR repairs look for, and no dash before the first other character.
     */
    private static boolean isNormal(String s)
    {
        boolean space = false;
        boolean atStart = true; // only spaces, TABs and '|' so far: where "—." would be OCR for "一、"
        for (int i = 0; i < s.length(); i++)
        {
            char c = s.charAt(i);
            if (c < 0x80)
            {
                if (c == ' ')
                {
                    if (space)
                    {
                        return false;
                    }
                    space = true;
                    continue;
                }
                if (c == '\r' || c == '=' || (c == '-' && atStart))
                {
                    return false;
                }
                atStart &= c == '\t' || c == '|';
            }
            else
            {
                if ((c >= '\uFF01' && c <= '\uFF5E') || isOddSpace(c) || c == '记' || c == '丁' || c == '≡'
                        || (atStart && "—－–―".indexOf(c) >= 0))
                {
                    return false;
                }
                atStart = false;
            }
            space = false;
        }
        return true;
    }

    /** A plain space or one of the odd spaces extraction produces (no-break, ideographic, zero-width, BOM). */
    private static boolean isOddSpace(char c)
    {
        return c == ' ' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B') || c == '\u202F' || c == '\u205F'
                || c == '\u3000' || c == '\uFEFF';
    }

    /** "—." / "-、" / "–." at the start of a line (after spaces or '|') is OCR for "一、" (seed 000: "—. 2021年丁作总结"). */
    private static String repairOcrOneAtStart(char[] c, int n)
    {
        int i = 0;
        while (i < n && (c[i] == ' ' || c[i] == '\t' || c[i] == '|'))
        {
            i++;
        }
        if (i >= n || "—－-–―".indexOf(c[i]) < 0)
        {
            return new String(c, 0, n);
        }
        int j = i + 1;
        while (j < n && c[j] == ' ')
        {
            j++;
        }
        if (j >= n || (c[j] != '.' && c[j] != '．' && c[j] != '、'))
        {
            return new String(c, 0, n);
        }
        j++;
        while (j < n && c[j] == ' ')
        {
            j++;
        }
        return new String(c, 0, i) + "一、" + new String(c, j, n - j);
    }

    /**
     * A matching key: the normalised text without whitespace, '|' separators, punctuation or quotes. Use it to compare a
     * label as written with a template label ("(三)不予\n公开" and "（三）不予公开" have the same key).
     */
    public static String key(String s)
    {
        return keyOfNormalised(line(s));
    }

    /** {@link #key} of a line that is already normalised (skips {@link #line}). */
    public static String keyOfNormalised(String n)
    {
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++)
        {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '|' || isPunctuation(c))
            {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Punctuation as the matching keys drop it: ASCII non-alphanumerics and Unicode punctuation (、 and quotes included). */
    public static boolean isPunctuation(char c)
    {
        if (c < 128)
        {
            return !Character.isLetterOrDigit(c);
        }
        return switch (Character.getType(c))
        {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
