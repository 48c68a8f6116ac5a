package io.github.zwgk.annualreport.engine.text;

import java.util.regex.Pattern;

/**
 * Normalises report text so that one set of patterns matches every layout: full-width ASCII becomes half-width
 * ("（一）" → "(一)", "：" → ":", "１２" → "12"), odd spaces become plain spaces, and OCR noise seen in real reports is
 * repaired ("—." → "一、" at a line start, "总记" → "总计", "丁作" → "工作", "(=)" → "(二)"). Tabs are kept: they
 * separate table cells. The Chinese enumeration comma 、 and quotes are kept.
 */
public final class TextNormalizer
{
    private static final Pattern OCR_ONE_AT_START = Pattern.compile("^([\\s|]*)[—－\\-–―]\\s*[.．、]\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF ]+");

    private TextNormalizer()
    {
    }

    /** Normalises one line (no line breaks expected; tabs kept). */
    public static String line(String s)
    {
        if (s == null || s.isEmpty())
        {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++)
        {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E')
            {
                sb.append((char) (c - 0xFEE0));
            }
            else if (c == '\r')
            {
                continue;
            }
            else
            {
                sb.append(c);
            }
        }
        String out = SPACES.matcher(sb).replaceAll(" ");
        out = OCR_ONE_AT_START.matcher(out).replaceFirst("$1一、");
        out = out.replace("总记", "总计").replace("丁作", "工作").replace("(=)", "(二)").replace("(≡)", "(三)");
        return out;
    }

    /**
     * A matching key: the normalised text without whitespace, '|' separators, punctuation or quotes. Use it to compare a
     * label as written with a template label ("(三)不予\n公开" and "（三）不予公开" have the same key).
     */
    public static String key(String s)
    {
        String n = line(s);
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

    private static boolean isPunctuation(char c)
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
