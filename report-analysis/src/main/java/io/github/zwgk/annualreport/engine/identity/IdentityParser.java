package io.github.zwgk.annualreport.engine.identity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.ReportText;
import io.github.zwgk.annualreport.engine.text.TextNormalizer;

/**
 * Reads title, agency, year, 索引号 and dates from the top of a report.
 * <p>
 * The "top" is everything before the first section heading (the first 60 lines when no heading was found). Sources, in
 * order of trust:
 * <ul>
 * <li>title: a short line "…年政府信息公开工作年度报告", joined with the line above when that line is the organ's name
 * alone (seed 004: "石泉县人民政府" / "2023年政府信息公开工作年度报告");</li>
 * <li>agency: the header's 发布机构/制发机关/发文机关, else the title before its year, else the preamble's
 * "发布<organ>2020年政府信息公开工作年度报告" (seed 003). "我局" and similar give nothing;</li>
 * <li>year: the title's year, else "<year>年政府信息公开工作年度报告" or "统计期限从<year>年1月1日" in the preamble or
 * 总体情况's opening, else the year most often written in 总体情况's opening lines, if one year clearly leads (seed 002:
 * 2019). Otherwise null: the publication date is not used, so that deadline checks stay independent of it.</li>
 * </ul>
 */
public class IdentityParser
{
    private static final int TOP_WITHOUT_SECTIONS = 60;
    private static final int MAX_TOP = 200;
    /** How much of 总体情况 is read for the year (its opening states the period). */
    private static final int OVERVIEW_LINES = 12;
    private static final int OVERVIEW_CHARS = 1500;

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2}) *年");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2}) *年度?");
    private static final Pattern REPORT_PHRASE = Pattern.compile(
            "((?:19|20)\\d{2}) *年度? *(?:的)?政府信息公开(?:工作)?(?:年度)?报告");
    private static final Pattern PUBLISHED_REPORT = Pattern.compile(
            "(?:发布|公布|编制|形成)(?:了)?([^,;:。\"“”《》]{2,40}?)(?:19|20)\\d{2} *年度? *政府信息公开(?:工作)?(?:年度)?报告");
    private static final Pattern STATISTICS_PERIOD = Pattern.compile(
            "(?:统计期限|统计时限|统计时间|统计区间|时间范围)[^。;]{0,8}?((?:19|20)\\d{2}) *年 *1 *月 *1 *日");
    /** How an organ's name ends: 人民政府, 办公室, 局, 委员会, … (a closing bracket for "XX局(XX办)"). */
    private static final Pattern ORGAN_NAME = Pattern.compile(
            ".*(政府|办公室|办公厅|局|委员会|委|厅|办|中心|院|署|处|所|站|队|会|部|室|馆|社|公司|党工委|街道)\\)?");
    private static final Pattern SENTENCE = Pattern.compile("[。;!?]|,.*,");
    /**
     * A portal's column or catalogue label, or a breadcrumb: "栏目: 政府信息公开年报", "公开目录: 政府信息公开年报",
     * "当前位置: 首页 > 政务公开 > 政府信息公开年报". They name the column a page sits in, never the page's own title.
     */
    private static final Pattern PORTAL_LABEL = Pattern.compile(
            "^(?:所属|信息)?(?:栏目|频道|公开目录|目录|主题分类|分类|类别|当前位置|您的位置|您当前的位置|您现在的位置|所在位置|位置)"
                    + " *[:>]|[>»]");

    /** Parses the identity; never throws (an empty identity for unusable input). */
    public Identity parse(ReportText text, SectionLayout layout)
    {
        if (text == null)
        {
            return Identity.empty();
        }
        try
        {
            return identity(text, layout);
        }
        catch (RuntimeException | StackOverflowError e)
        {
            return Identity.empty();
        }
    }

    private Identity identity(ReportText text, SectionLayout layout)
    {
        List<String> lines = text.lines();
        int topEnd = topEnd(lines.size(), layout); // exclusive, 1-based

        Map<HeaderBlock.Field, String> header = HeaderBlock.read(lines, 1, topEnd);
        String indexNumber = cleanIndex(header.get(HeaderBlock.Field.INDEX_NUMBER));
        LocalDate documentDate = HeaderBlock.date(header.get(HeaderBlock.Field.DOCUMENT_DATE));
        LocalDate publicationDate = HeaderBlock.date(header.get(HeaderBlock.Field.PUBLICATION_DATE));

        String title = title(lines, topEnd, header.get(HeaderBlock.Field.TITLE));

        String agency = organ(header.get(HeaderBlock.Field.AGENCY));
        if (agency == null && title != null)
        {
            agency = organ(agencyOfTitle(title));
        }
        String opening = overviewOpening(text, layout);
        String top = text.text(1, topEnd);
        if (agency == null)
        {
            agency = organ(publishedAgency(top + "\n" + opening));
        }

        Integer year = title == null ? null : yearOfTitle(title);
        if (year == null)
        {
            year = statedYear(top + "\n" + opening);
        }
        if (year == null)
        {
            year = dominantYear(opening);
        }

        AgencyClassifier.Classification c = AgencyClassifier.classify(agency);
        return new Identity(title, agency, c.level(), c.kind(), year, indexNumber, documentDate, publicationDate);
    }

    private static int topEnd(int size, SectionLayout layout)
    {
        int end = Math.min(size, TOP_WITHOUT_SECTIONS) + 1;
        if (layout != null && !layout.hits().isEmpty())
        {
            end = layout.hits().get(0).line();
        }
        return Math.min(end, MAX_TOP);
    }

    /** The title line near the top: short, no sentence punctuation, "…政府信息公开…年度报告". */
    private static String title(List<String> lines, int topEnd, String headerTitle)
    {
        if (headerTitle != null && isTitle(headerTitle))
        {
            return headerTitle.strip();
        }
        for (int i = 1; i < topEnd && i <= lines.size(); i++)
        {
            String line = lines.get(i - 1).strip();
            if (!isTitle(line))
            {
                continue;
            }
            line = stripQuotes(line);
            // Split title: "石泉县人民政府" on the line above "2023年政府信息公开工作年度报告".
            if (TITLE_YEAR.matcher(line).lookingAt())
            {
                String above = previousNonBlank(lines, i);
                if (above != null && isOrganLine(above))
                {
                    return stripQuotes(above.strip()) + line;
                }
            }
            return line;
        }
        return null;
    }

    private static boolean isTitle(String line)
    {
        if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || line.length() > 120 || PORTAL_LABEL.matcher(line).find())
        {
            return false;
        }
        String key = TextNormalizer.key(line);
        return key.length() <= 70 && key.contains("政府信息公开") && (key.endsWith("年度报告") || key.endsWith("年报"))
                && !SENTENCE.matcher(line).find();
    }

    private static boolean isOrganLine(String line)
    {
        String key = TextNormalizer.key(line);
        return line.indexOf('\t') < 0 && line.indexOf('|') < 0 && key.length() >= 2 && key.length() <= 40
                && !SENTENCE.matcher(line).find() && !YEAR.matcher(line).find() && organ(key) != null;
    }

    private static String previousNonBlank(List<String> lines, int lineNo)
    {
        for (int j = lineNo - 1; j >= 1 && j >= lineNo - 3; j--)
        {
            String l = lines.get(j - 1);
            if (!l.isBlank())
            {
                return l;
            }
        }
        return null;
    }

    private static String stripQuotes(String s)
    {
        return s.replaceAll("^[《\"“]+|[》\"”]+$", "").strip();
    }

    /** "滑县人民政府办公室2022年政府信息公开工作年度报告" → "滑县人民政府办公室"; "2022年XX局政府信息公开…" → "XX局". */
    private static String agencyOfTitle(String title)
    {
        Matcher m = TITLE_YEAR.matcher(title);
        if (m.find())
        {
            String before = title.substring(0, m.start()).replaceFirst("^关于", "").strip();
            if (!before.isEmpty())
            {
                return before;
            }
            int gov = title.indexOf("政府信息公开", m.end());
            return gov > m.end() ? title.substring(m.end(), gov) : null;
        }
        int gov = title.indexOf("政府信息公开");
        return gov > 0 ? title.substring(0, gov) : null;
    }

    /** "发布河东区人民政府办公室2020年政府信息公开工作年度报告" (seed 003's preamble) → the organ. */
    private static String publishedAgency(String text)
    {
        Matcher m = PUBLISHED_REPORT.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The name if it reads as an organ's name (ends like one, no pronoun such as 我局/本机关), else null. */
    private static String organ(String name)
    {
        if (name == null)
        {
            return null;
        }
        String n = name.replaceAll("\\s+", "").replaceAll("^[《\"“(]+|[》\"”)]+$", "");
        if (n.length() < 3 || n.length() > 40 || n.startsWith("我") || n.startsWith("本") || n.startsWith("该")
                || SENTENCE.matcher(n).find())
        {
            return null;
        }
        return ORGAN_NAME.matcher(n).matches() ? n : null;
    }

    private static String cleanIndex(String raw)
    {
        if (raw == null)
        {
            return null;
        }
        String s = raw.strip();
        int space = s.indexOf(' ');
        if (space > 0)
        {
            s = s.substring(0, space);
        }
        return s.isEmpty() || s.length() > 80 ? null : s;
    }

    /** The title's year: the one right before "政府信息公开", else the first. */
    private static Integer yearOfTitle(String title)
    {
        return firstYear(title, REPORT_PHRASE, TITLE_YEAR);
    }

    /** "…2020年政府信息公开工作年度报告" or "统计期限从2020年1月1日" in the preamble or the opening of 总体情况. */
    private static Integer statedYear(String text)
    {
        return firstYear(text, REPORT_PHRASE, STATISTICS_PERIOD);
    }

    /** Group 1 of the first match of {@code preferred}, else of {@code fallback}, as a year; null when neither matches. */
    private static Integer firstYear(String text, Pattern preferred, Pattern fallback)
    {
        Matcher m = preferred.matcher(text);
        if (m.find())
        {
            return Integer.valueOf(m.group(1));
        }
        Matcher f = fallback.matcher(text);
        return f.find() ? Integer.valueOf(f.group(1)) : null;
    }

    /**
     * The year written most often in 总体情况's opening ("2019年,在县委…", seed 002), only when it strictly leads: a tie
     * (e.g. a summary of 2021 and a plan for 2022, equally often) gives null.
     */
    private static Integer dominantYear(String opening)
    {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = YEAR.matcher(opening);
        while (m.find())
        {
            counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
        }
        Integer best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<Integer, Integer> e : counts.entrySet())
        {
            if (e.getValue() > bestCount)
            {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            }
            else if (e.getValue() == bestCount)
            {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The first lines of 总体情况's body (at most {@value #OVERVIEW_CHARS} characters), or "". */
    private static String overviewOpening(ReportText text, SectionLayout layout)
    {
        if (layout == null || !layout.has(Section.OVERVIEW))
        {
            return "";
        }
        SectionLayout.LineRange r = layout.bodies().get(Section.OVERVIEW);
        String s = text.text(r.from(), Math.min(r.to(), r.from() + OVERVIEW_LINES));
        return s.length() > OVERVIEW_CHARS ? s.substring(0, OVERVIEW_CHARS) : s;
    }
}
