package io.github.zwgk.annualreport.engine.sections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.SectionHit;
import io.github.zwgk.annualreport.engine.sections.SectionLayout.LineRange;
import io.github.zwgk.annualreport.engine.text.ReportText;

/**
 * Finds the six section headings of a report, tolerating the variants real reports use (FORMAT.md §2).
 * <p>
 * Every line that reads as a section heading ({@link HeadingMatcher}) is a candidate. The template's order
 * 一 → 六 (国办公开办函〔2021〕30号 附件) then picks one heading per section: the chain of candidates in strictly
 * increasing section order that covers most sections, preferring headings that carry their own number, then headings
 * followed by text (not by another heading), then the template's exact wording, then the later of two equal ones (a
 * table of contents or a pasted work summary comes before the real heading). Candidates left out are still reported as
 * hits, with {@code standard=false}. Linear in the number of lines.
 */
public class SectionParser
{
    private static final int SECTIONS = Section.values().length;

    /** Weights: covering one more section always outweighs every preference below. */
    private static final int W_SECTION = 1000;
    private static final int W_NUMBERED = 40;
    private static final int W_RIGHT_NUMBER = 20;
    private static final int W_HAS_CONTENT = 8;
    private static final int W_STANDARD = 2;

    /** Parses the layout; never throws (an empty layout for null or unusable text). */
    public SectionLayout parse(ReportText text)
    {
        if (text == null)
        {
            return new SectionLayout(List.of(), Map.of());
        }
        try
        {
            return layout(text);
        }
        catch (RuntimeException | StackOverflowError e)
        {
            return new SectionLayout(List.of(), Map.of());
        }
    }

    private record Candidate(int line, HeadingMatcher.Match match)
    {
    }

    private SectionLayout layout(ReportText text)
    {
        List<Candidate> candidates = new ArrayList<>();
        BitSet hasContent = new BitSet();
        int n = text.size();
        for (int i = 1; i <= n; i++)
        {
            String line = text.line(i);
            HeadingMatcher.Match m = HeadingMatcher.match(line);
            if (m != null)
            {
                candidates.add(new Candidate(i, m));
                hasContent.set(candidates.size() - 1, m.inlineText());
            }
            else if (!candidates.isEmpty() && !line.isBlank())
            {
                hasContent.set(candidates.size() - 1);
            }
        }
        if (candidates.isEmpty())
        {
            return new SectionLayout(List.of(), Map.of());
        }

        // Weighted longest increasing chain over the six sections: bestScore[s] is the best chain ending in section s.
        int c = candidates.size();
        int[] previous = new int[c];
        long[] bestScore = new long[SECTIONS];
        int[] bestEnd = new int[SECTIONS];
        Arrays.fill(bestEnd, -1);
        for (int k = 0; k < c; k++)
        {
            HeadingMatcher.Match m = candidates.get(k).match();
            int s = m.section().ordinal();
            long before = 0;
            int from = -1;
            for (int t = 0; t < s; t++)
            {
                if (bestEnd[t] >= 0 && bestScore[t] > before)
                {
                    before = bestScore[t];
                    from = bestEnd[t];
                }
            }
            long score = before + weight(m, hasContent.get(k));
            previous[k] = from;
            if (bestEnd[s] < 0 || score >= bestScore[s])
            {
                bestScore[s] = score;
                bestEnd[s] = k;
            }
        }
        int last = -1;
        long top = -1;
        for (int s = 0; s < SECTIONS; s++)
        {
            if (bestEnd[s] >= 0 && bestScore[s] > top)
            {
                top = bestScore[s];
                last = bestEnd[s];
            }
        }
        boolean[] chosen = new boolean[c];
        List<Integer> chain = new ArrayList<>();
        for (int k = last; k >= 0; k = previous[k])
        {
            chosen[k] = true;
            chain.add(0, k);
        }

        List<SectionHit> hits = new ArrayList<>(c);
        for (int k = 0; k < c; k++)
        {
            Candidate cand = candidates.get(k);
            HeadingMatcher.Match m = cand.match();
            hits.add(new SectionHit(m.section(), m.heading(), cand.line(), chosen[k] && m.standard()));
        }
        Map<Section, LineRange> bodies = new EnumMap<>(Section.class);
        for (int i = 0; i < chain.size(); i++)
        {
            Candidate cand = candidates.get(chain.get(i));
            // A heading with its text on the same line ("六、其他需要报告的事项:无") keeps that line in its body.
            int from = cand.match().inlineText() ? cand.line() : cand.line() + 1;
            int to = i + 1 < chain.size() ? candidates.get(chain.get(i + 1)).line() : n + 1;
            bodies.put(cand.match().section(), new LineRange(from, Math.max(from, to)));
        }
        return new SectionLayout(hits, bodies);
    }

    private static int weight(HeadingMatcher.Match m, boolean hasContent)
    {
        int w = W_SECTION;
        if (m.numbered())
        {
            w += W_NUMBERED;
        }
        if (m.number() == m.section().ordinal() + 1)
        {
            w += W_RIGHT_NUMBER;
        }
        if (hasContent)
        {
            w += W_HAS_CONTENT;
        }
        if (m.standard())
        {
            w += W_STANDARD;
        }
        return w;
    }
}
