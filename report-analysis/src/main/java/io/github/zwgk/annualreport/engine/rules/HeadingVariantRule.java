package io.github.zwgk.annualreport.engine.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.SectionHit;
import io.github.zwgk.annualreport.engine.text.TextNormalizer;

/**
 * The six headings are written as the template writes them, once each, in order. One finding per heading that
 * differs in wording or number, is repeated, or comes out of order (FORMAT.md §2 lists the variants seen); the message
 * shows the heading as written next to the template's.
 */
public final class HeadingVariantRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        Set<Section> seen = EnumSet.noneOf(Section.class);
        int highest = -1;
        for (SectionHit hit : ctx.layout().hits())
        {
            List<String> why = new ArrayList<>();
            List<String> whyEn = new ArrayList<>();
            // Compare the wording itself: the section parser also marks a duplicate it did not choose as non-standard.
            if (!isTemplateWording(hit))
            {
                why.add("与模板不一致");
                whyEn.add("differs from the template");
            }
            if (seen.contains(hit.section()))
            {
                why.add("重复出现");
                whyEn.add("is repeated");
            }
            else if (hit.section().ordinal() < highest)
            {
                why.add("顺序与模板不符");
                whyEn.add("is out of order");
            }
            seen.add(hit.section());
            highest = Math.max(highest, hit.section().ordinal());
            if (why.isEmpty())
            {
                continue;
            }
            String written = hit.heading() == null ? "（无标题行）" : "“" + hit.heading() + "”";
            String writtenEn = hit.heading() == null ? "(no heading line)" : "\"" + hit.heading() + "\"";
            String where = hit.line() > 0 ? "第 " + hit.line() + " 行" : "";
            out.add(Finding.of(RuleCode.HEADING_VARIANT, Location.of(hit.section()).atLine(hit.line()),
                    where + "章节标题" + written + String.join("、", why) + "，模板为“" + hit.section().standardHeading() + "”",
                    "Heading " + writtenEn + (hit.line() > 0 ? " (line " + hit.line() + ")" : "") + " "
                            + String.join(" and ", whyEn) + "; the template writes \"" + hit.section().standardHeading() + "\""));
        }
    }

    private static boolean isTemplateWording(SectionHit hit)
    {
        return hit.standard() || hit.heading() != null
                && TextNormalizer.key(hit.heading()).equals(TextNormalizer.key(hit.section().standardHeading()));
    }
}
