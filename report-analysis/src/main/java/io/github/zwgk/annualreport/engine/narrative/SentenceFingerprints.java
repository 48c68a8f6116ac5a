package io.github.zwgk.annualreport.engine.narrative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;

import io.github.zwgk.annualreport.engine.model.Labelled;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.SectionHit;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.TextFingerprint;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.ReportText;
import io.github.zwgk.annualreport.engine.text.TextNormalizer;

/**
 * Computes a report's {@link TextFingerprint}: the body from the first section heading on, cut into sentences (at
 * "。", "!", "?", ";" and line ends), each reduced to its letters (Chinese characters and Latin letters: digits, years,
 * spaces and punctuation dropped) and hashed with CRC-32C (over the letters as UTF-16BE) to 8 hex digits. Left out: heading lines, table rows (a TAB
 * or '|'), sentences shorter than {@value #MIN_SENTENCE} letters (a cell, "无", a sub-heading), a closing date line, and
 * sentences that are the template's own wording (a table label such as "本年新收政府信息公开申请数量"). At most
 * {@value #MAX_SENTENCES} distinct sentences are kept. Linear in the text; stateless.
 */
public final class SentenceFingerprints
{
    /** Version of the normalisation and hash: fingerprints of another version are not compared. */
    public static final int VERSION = 1;
    /** Fewest letters a sentence needs to count. */
    public static final int MIN_SENTENCE = 10;
    /** Most distinct sentences kept (8 hex digits each: about 22 KB of JSON at most). */
    public static final int MAX_SENTENCES = 2000;
    /** Longest sentence that is compared with the template's wording (its labels are shorter). */
    private static final int MAX_TEMPLATE_PHRASE = 60;

    private static final HexFormat HEX = HexFormat.of();

    /** The template's wording, as letters only, each phrase followed by '|' (a sentence never holds one). */
    private static final String TEMPLATE;

    static
    {
        StringBuilder sb = new StringBuilder();
        for (Section s : Section.values())
        {
            sb.append(letters(s.standardHeading())).append('|');
        }
        for (List<? extends Labelled> labels : List.of(List.of(Table2Row.values()), List.of(Table2Column.values()),
                List.of(Table3Row.values()), List.of(Table3Column.values()), List.of(Table4Column.values())))
        {
            for (Labelled l : labels)
            {
                sb.append(letters(l.label())).append('|');
            }
        }
        for (Table3Row r : Table3Row.values())
        {
            if (r.group() != null)
            {
                sb.append(letters(r.group() + r.label())).append('|');
            }
        }
        for (Table4Column.Group g : Table4Column.Group.values())
        {
            sb.append(letters(g.label())).append('|');
        }
        sb.append(letters("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和")).append('|');
        sb.append(letters("申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计")).append('|');
        sb.append(letters("信息内容 第二十条第（一）项 第二十条第（五）项 第二十条第（六）项 第二十条第（八）项 第二十条第（九）项")).append('|');
        TEMPLATE = sb.toString();
    }

    private SentenceFingerprints()
    {
    }

    /** The fingerprint of a parsed text; an empty one for a text without sentences. */
    public static TextFingerprint of(ReportText text, SectionLayout layout)
    {
        if (text == null)
        {
            return new TextFingerprint(VERSION, List.of(), List.of());
        }
        Set<Integer> all = new HashSet<>();
        Set<Integer> problems = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Set<String> seenInFive = new HashSet<>();
        Hasher hasher = new Hasher();
        int n = text.size();
        BitSet headings = new BitSet(n + 1);
        int start = 1;
        if (layout != null && !layout.hits().isEmpty())
        {
            for (SectionHit h : layout.hits())
            {
                headings.set(Math.max(0, h.line()));
            }
            start = layout.hits().get(0).line() + 1;
        }
        SectionLayout.LineRange five = layout == null ? null : layout.bodies().get(Section.PROBLEMS);
        for (int line = start; line <= n && all.size() < MAX_SENTENCES; line++)
        {
            String l = text.line(line);
            boolean inFive = five != null && line >= five.from() && line < five.to();
            if (headings.get(line) || l.indexOf('\t') >= 0 || l.indexOf('|') >= 0 || !(inFive ? seenInFive : seen).add(l))
            {
                continue; // a heading, a table row, or a line already hashed (aggregated reports repeat whole paragraphs)
            }
            int from = 0;
            for (int i = 0; i <= l.length(); i++)
            {
                if (i < l.length() && !isSentenceEnd(l.charAt(i)))
                {
                    continue;
                }
                if (i > from)
                {
                    long hash = hasher.hash(l, from, i, from == 0 && i == l.length());
                    if (hash >= 0)
                    {
                        all.add((int) hash);
                        if (inFive)
                        {
                            problems.add((int) hash);
                        }
                    }
                }
                from = i + 1;
            }
        }
        return new TextFingerprint(VERSION, hex(all), hex(problems));
    }

    /** The hash of one sentence as the fingerprint takes it, or null when the sentence does not count. */
    public static String hashOf(String sentence)
    {
        String s = TextNormalizer.line(sentence == null ? "" : sentence);
        long hash = new Hasher().hash(s, 0, s.length(), true);
        return hash < 0 ? null : HEX.toHexDigits((int) hash);
    }

    private static boolean isSentenceEnd(char c)
    {
        return c == '。' || c == '!' || c == '?' || c == ';';
    }

    private static List<String> hex(Set<Integer> hashes)
    {
        List<String> out = new ArrayList<>(hashes.size());
        for (Integer h : hashes)
        {
            out.add(HEX.toHexDigits(h));
        }
        out.sort(null);
        return out;
    }

    /**
     * Hashes sentences: the letters of the sentence (Chinese characters, Latin letters), as UTF-16BE, through CRC-32C;
     * buffers reused from one sentence to the next.
     */
    private static final class Hasher
    {
        private char[] letters = new char[256];
        private byte[] bytes = new byte[512];
        private final CRC32C crc = new CRC32C();

        /**
         * The hash of the letters of {@code s[from, to)}, or -1 when they do not count: too few, a date line, or — for
         * a whole line — the template's own wording.
         */
        long hash(String s, int from, int to, boolean wholeLine)
        {
            int n = 0;
            for (int i = from; i < to; i++)
            {
                char c = s.charAt(i);
                if (isLetter(c))
                {
                    if (n == letters.length)
                    {
                        letters = Arrays.copyOf(letters, n * 2);
                    }
                    letters[n++] = c;
                }
            }
            if (n < MIN_SENTENCE || (n < 30 && endsWithDate(n)))
            {
                return -1;
            }
            if (wholeLine && n <= MAX_TEMPLATE_PHRASE && TEMPLATE.contains(new String(letters, 0, n)))
            {
                return -1;
            }
            if (bytes.length < 2 * n)
            {
                bytes = new byte[4 * n];
            }
            for (int k = 0; k < n; k++)
            {
                bytes[2 * k] = (byte) (letters[k] >> 8);
                bytes[2 * k + 1] = (byte) letters[k];
            }
            crc.reset();
            crc.update(bytes, 0, 2 * n);
            return crc.getValue();
        }

        /** "…年月日": a date line once its digits are gone. */
        private boolean endsWithDate(int n)
        {
            return letters[n - 3] == '年' && letters[n - 2] == '月' && letters[n - 1] == '日';
        }

        private static boolean isLetter(char c)
        {
            if (c >= '\u4E00' && c <= '\u9FFF')
            {
                return true; // a Chinese character: the common case, no lookup
            }
            if (c < 128)
            {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            }
            return Character.isLetter(c);
        }
    }

    /** Letters only: Chinese characters and Latin letters; digits, spaces, punctuation and symbols dropped. */
    static String letters(String s)
    {
        String n = TextNormalizer.line(s);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++)
        {
            char c = n.charAt(i);
            if (Character.isLetter(c))
            {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Of this report's distinct sentences (or of those of 五), how many the previous report also has: [repeated, total].
     */
    public static int[] repeated(List<String> mine, Collection<String> previous)
    {
        Set<String> prev = previous instanceof Set<String> s ? s : new HashSet<>(previous);
        int repeated = 0;
        for (String h : mine)
        {
            if (prev.contains(h))
            {
                repeated++;
            }
        }
        return new int[] {repeated, mine.size()};
    }
}
