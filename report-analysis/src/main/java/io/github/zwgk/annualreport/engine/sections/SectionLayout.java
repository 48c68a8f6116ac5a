package io.github.zwgk.annualreport.engine.sections;

import java.util.List;
import java.util.Map;

import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.SectionHit;

/**
 * Where the six sections are: the headings as found (document order, duplicates and variants included) and, for each
 * section found, the range of lines that is its body.
 *
 * @param hits   every heading recognised as one of the six sections, in document order
 * @param bodies section → its body, from the line after its (chosen) heading to the next section's heading (the last
 *               one to the end of the text); when the heading carries text on its own line ("六、其他需要报告的事项:无")
 *               the body starts at the heading line so that text is not lost. Only the sections of the chosen in-order
 *               chain have a body; a heading out of order stays inside the body of the section before it.
 */
public record SectionLayout(List<SectionHit> hits, Map<Section, LineRange> bodies)
{
    /** Lines [from, to) of the normalised text, 1-based. */
    public record LineRange(int from, int to)
    {
    }

    public SectionLayout
    {
        hits = List.copyOf(hits);
        bodies = Map.copyOf(bodies);
    }

    public boolean has(Section section)
    {
        return bodies.containsKey(section);
    }
}
