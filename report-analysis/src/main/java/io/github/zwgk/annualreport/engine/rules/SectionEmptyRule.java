package io.github.zwgk.annualreport.engine.rules;

import java.util.List;
import java.util.regex.Pattern;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.SectionHit;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.TextNormalizer;

/**
 * 国办公开办函〔2019〕60号 and 〔2021〕30号 on 五、存在的主要问题及改进情况: "此项内容重在实事求是、明确具体，避免笼统模糊、
 * 泛泛而谈。查找问题要有针对性，改进举措要有实效性，不得出现敷衍了事甚至年年雷同现象". A WARNING when the section says
 * nothing: empty, "无", "暂无", "本年度无", or one short sentence — at most {@value #MAX_TOKEN_CHARACTERS} characters
 * without punctuation — that names no problem ("本年度工作开展顺利，暂未发现明显问题。"). A short text that names one
 * ("信息更新不够及时，将加强审核。") is accepted: how concrete a text is, beyond that, is the reviewer's judgement.
 * Not applied when 五 is missing (SECTION_MISSING says so).
 */
public final class SectionEmptyRule implements Rule
{
    /** Longest text, in characters without punctuation or spaces, that is taken for a token sentence. */
    public static final int MAX_TOKEN_CHARACTERS = 30;
    /** Longest text quoted in the message. */
    private static final int MAX_QUOTED = 40;

    /** Words that name a shortcoming: a text with one of them names a problem, however short. */
    static final Pattern PROBLEM_NAMED = Pattern.compile(
            "不足|不够|有待|欠缺|缺乏|缺少|不及时|不全面|不规范|不完善|不健全|不到位|不高|不强|不深|不准确|不统一|不明确|不充分|"
                    + "薄弱|滞后|单一|差距|偏少|较少|偏低|较低|较弱|参差|短板|不平衡|待提高|待加强|待提升|待完善|需进一步|需要进一步|"
                    + "仍需|尚需|仍有|仍存在|存在一定|存在少数|存在个别|部分单位|个别单位|一是");

    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        ctx.sectionLines(Section.PROBLEMS).ifPresent(lines -> {
            String text = bodyText(ctx.layout(), lines);
            String key = TextNormalizer.keyOfNormalised(text);
            if (key.length() > MAX_TOKEN_CHARACTERS || PROBLEM_NAMED.matcher(key).find())
            {
                return;
            }
            String heading = Section.PROBLEMS.standardHeading();
            String written = text.isBlank() ? "正文为空" : "正文为“" + quoted(text) + "”";
            String writtenEn = text.isBlank() ? "it is empty" : "its text: \"" + quoted(text) + "\"";
            out.add(Finding.of(RuleCode.SECTION_EMPTY, Location.of(Section.PROBLEMS),
                    "“" + heading + "”未写明存在的问题和改进措施（" + written
                            + "）：国办公开办函〔2021〕30号要求实事求是、明确具体，不得敷衍了事",
                    "Section 5 names no problem and no improvement (" + writtenEn
                            + "); the format notices require it to be concrete"));
        });
    }

    /**
     * The section's text without its heading: a heading with its text on the same line ("五、存在的主要问题及改进情况：无")
     * starts the body, and only what follows the heading is the section's text.
     */
    private static String bodyText(SectionLayout layout, List<String> lines)
    {
        StringBuilder sb = new StringBuilder();
        SectionLayout.LineRange range = layout.bodies().get(Section.PROBLEMS);
        for (int i = 0; i < lines.size(); i++)
        {
            String line = lines.get(i);
            if (i == 0 && range != null)
            {
                line = withoutInlineHeading(layout, range.from(), line);
            }
            sb.append(line.strip()).append(i + 1 < lines.size() ? "\n" : "");
        }
        return sb.toString().strip();
    }

    private static String withoutInlineHeading(SectionLayout layout, int lineNo, String line)
    {
        for (SectionHit hit : layout.hits())
        {
            if (hit.section() == Section.PROBLEMS && hit.line() == lineNo && hit.heading() != null)
            {
                int at = line.indexOf(hit.heading());
                if (at >= 0)
                {
                    String rest = line.substring(at + hit.heading().length()).strip();
                    while (!rest.isEmpty() && TextNormalizer.isPunctuation(rest.charAt(0)))
                    {
                        rest = rest.substring(1).strip();
                    }
                    return rest;
                }
            }
        }
        return line;
    }

    private static String quoted(String text)
    {
        String oneLine = text.replaceAll("\\s+", "");
        return oneLine.length() <= MAX_QUOTED ? oneLine : oneLine.substring(0, MAX_QUOTED) + "…";
    }
}
