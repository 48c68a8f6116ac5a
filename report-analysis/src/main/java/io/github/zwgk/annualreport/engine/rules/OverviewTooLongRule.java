package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * 国办公开办函〔2021〕30号: 总体情况 "重在聚焦主题、简明客观，篇幅原则上不超过一千字". A note (INFO) for 2021-format reports
 * whose 总体情况 body has more than {@value #MAX_CHARACTERS} characters, counted without whitespace (字数 as word
 * processors count it: Chinese characters, digits, letters and punctuation).
 */
public final class OverviewTooLongRule implements Rule
{
    public static final int MAX_CHARACTERS = 1000;

    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        if (ctx.format() != TemplateFormat.FORMAT_2021)
        {
            return;
        }
        ctx.sectionLines(Section.OVERVIEW).ifPresent(lines -> {
            int characters = 0;
            for (String line : lines)
            {
                characters += characters(line); // line breaks are white space: not counted, nothing to join
            }
            if (characters > MAX_CHARACTERS)
            {
                out.add(Finding.of(RuleCode.OVERVIEW_TOO_LONG, Location.of(Section.OVERVIEW),
                        "“一、总体情况”约 " + characters + " 字，超过一千字（国办公开办函〔2021〕30号：篇幅原则上不超过一千字）",
                        "The overview has " + characters + " characters, more than " + MAX_CHARACTERS));
            }
        });
    }

    /** Code points that are neither whitespace nor a space character. */
    static int characters(String text)
    {
        int count = 0;
        for (int i = 0; i < text.length(); )
        {
            char ch = text.charAt(i);
            if (ch >= '\u4E00' && ch <= '\u9FFF')
            {
                count++; // a Chinese character: the common case, no lookup
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c))
            {
                count++;
            }
        }
        return count;
    }
}
