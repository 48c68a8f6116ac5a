package io.github.zwgk.annualreport.engine.narrative;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * spaces and punctuation dropped) and hashed with CRC-32C to 8 hex digits. Left out: heading lines, table rows (a TAB
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
        TreeSet<String> all = new TreeSet<>();
        TreeSet<String> problems = new TreeSet<>();
        if (text == null)
        {
            return new TextFingerprint(VERSION, List.of(), List.of());
        }
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
            if (headings.get(line) || l.indexOf('\t') >= 0 || l.indexOf('|') >= 0 || l.isBlank())
            {
                continue;
            }
            boolean inFive = five != null && line >= five.from() && line < five.to();
            for (String sentence : sentences(l))
            {
                String hash = hashOf(sentence);
                if (hash != null)
                {
                    all.add(hash);
                    if (inFive)
                    {
                        problems.add(hash);
                    }
                }
            }
        }
        return new TextFingerprint(VERSION, new ArrayList<>(all), new ArrayList<>(problems));
    }

    /** The hash of one sentence as the fingerprint takes it, or null when the sentence does not count. */
    public static String hashOf(String sentence)
    {
        String key = letters(sentence);
        if (key.length() < MIN_SENTENCE || (key.endsWith("年月日") && key.length() < 30)
                || (key.length() <= MAX_TEMPLATE_PHRASE && TEMPLATE.contains(key)))
        {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    /** The pieces of a line between sentence ends. */
    private static List<String> sentences(String line)
    {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < line.length(); i++)
        {
            char c = line.charAt(i);
            if (c == '。' || c == '!' || c == '?' || c == ';')
            {
                if (i > from)
                {
                    out.add(line.substring(from, i));
                }
                from = i + 1;
            }
        }
        if (from < line.length())
        {
            out.add(line.substring(from));
        }
        return out;
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
