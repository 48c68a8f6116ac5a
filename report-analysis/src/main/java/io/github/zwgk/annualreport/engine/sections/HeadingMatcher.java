package io.github.zwgk.annualreport.engine.sections;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.text.TextNormalizer;

/**
 * Decides whether one normalised line is a heading of one of the six sections (国办公开办函〔2019〕60号 and 〔2021〕30号
 * 附件 格式模板), by its wording, never by its number alone, accepting the variants listed in FORMAT.md §2.
 * <p>
 * A numbered line ("一、…", "一.…", "一 …", "第一部分 …"; "(一)" is a sub-level and never counts) needs one of the
 * section's keywords in a short title; an unnumbered line must read as the section's title on its own
 * ("主动公开政府信息情况"). Table rows (a TAB or '|' in the line) are never headings.
 */
final class HeadingMatcher
{
    /** Longest title (key characters) a numbered heading may have: "因政府信息公开工作被申请行政复议、提起行政诉讼情况" = 24. */
    private static final int MAX_NUMBERED_TITLE = 30;
    /** Longest unnumbered heading: unnumbered lines must be the bare title. */
    private static final int MAX_UNNUMBERED_TITLE = 26;
    /** Only the start of a line is looked at: a heading with inline text still starts with its title. */
    private static final int MAX_EXAMINED = 400;

    private static final String NUMERALS = "一二三四五六七八九十";
    /** "一、", "一.", "一,", "一:", "一 " (the OCR "—." has already become "一、"), "第一部分". */
    private static final Pattern NUMBER = Pattern.compile(
            "^(第)?([" + NUMERALS + "]{1,2})(部分)?(?:\\s*([、.,．:])|\\s+)\\s*");
    /** "(一)", "(1)": a sub-level, never a section heading (seed 003's "(一)主动公开政府信息情况"). */
    private static final Pattern PARENTHESISED = Pattern.compile("^[(\\[【〔][" + NUMERALS + "0-9]{1,2}[)\\]】〕]");
    /** Where a title stops and inline body text begins. */
    private static final Pattern TITLE_END = Pattern.compile("[:。;,!?]");
    /** Characters a heading line may have before its title ends (number, markup, spaces, a 30-character title). */
    private static final int MAX_TITLE_CHARS = 60;
    /** Characters of which every section keyword has at least one: a cheap first filter for long inputs. */
    static final String KEYWORD_CHARS = "总概动申复诉问改打措报事";

    private static final String[] TITLE_KEYS = new String[Section.values().length];

    static
    {
        for (Section section : Section.values())
        {
            TITLE_KEYS[section.ordinal()] = key(section.title());
        }
    }

    /** A recognised heading. */
    record Match(Section section, String heading, int number, boolean standard, boolean inlineText)
    {
        boolean numbered()
        {
            return number > 0;
        }
    }

    private HeadingMatcher()
    {
    }

    /** The section this line is a heading of, or null. */
    static Match match(String line)
    {
        if (line == null || line.isEmpty() || line.indexOf('\t') >= 0 || line.indexOf('|') >= 0)
        {
            return null;
        }
        String s = line.length() > MAX_EXAMINED ? line.substring(0, MAX_EXAMINED) : line;
        int firstStop = firstTitleEnd(s);
        if (firstStop > MAX_TITLE_CHARS || (firstStop < 0 && s.strip().length() > MAX_TITLE_CHARS))
        {
            return null; // no title this long: body text
        }
        if (!mayBeHeading(s))
        {
            return null;
        }
        int start = 0;
        while (start < s.length() && (Character.isWhitespace(s.charAt(start)) || "#*>".indexOf(s.charAt(start)) >= 0))
        {
            start++;
        }
        s = s.substring(start).strip();
        if (s.isEmpty() || isSentence(s) || PARENTHESISED.matcher(s).find())
        {
            return null;
        }

        int number = 0;
        String separator = null;
        boolean partForm = false;
        String rest = s;
        Matcher m = NUMBER.matcher(s);
        if (m.find())
        {
            if (m.end() == s.length())
            {
                return null; // a bare "一、"
            }
            number = ordinal(m.group(2));
            separator = m.group(4);
            partForm = m.group(1) != null || m.group(3) != null;
            rest = s.substring(m.end());
        }

        // Split the title from inline body text ("六、其他需要报告的事项:无").
        String head = rest;
        String tail = "";
        Matcher end = TITLE_END.matcher(rest);
        if (end.find())
        {
            head = rest.substring(0, end.start());
            tail = rest.substring(end.end()).strip();
        }
        if (number > 0)
        {
            // "一、总体情况 2022年,我局…": the title is the part before the first space when that alone is a title.
            int space = indexOfWhitespace(head);
            if (space > 0)
            {
                String first = head.substring(0, space);
                if (numberedSection(key(first)) != null)
                {
                    tail = (head.substring(space) + rest.substring(head.length())).strip();
                    head = first;
                }
            }
        }
        String headKey = key(head);
        if (headKey.length() < 2)
        {
            return null;
        }

        Section section;
        if (number > 0)
        {
            if (headKey.length() > MAX_NUMBERED_TITLE)
            {
                return null;
            }
            section = numberedSection(headKey);
        }
        else
        {
            if (!tail.isEmpty() || headKey.length() > MAX_UNNUMBERED_TITLE)
            {
                return null;
            }
            section = unnumberedSection(headKey);
        }
        if (section == null)
        {
            return null;
        }
        boolean inline = !key(tail).isEmpty();
        String heading = inline ? s.substring(0, s.length() - rest.length()) + head.strip() : s;
        boolean standard = number == section.ordinal() + 1 && "、".equals(separator) && !partForm
                && headKey.equals(TITLE_KEYS[section.ordinal()]);
        return new Match(section, heading.strip(), number, standard, inline);
    }

    /**
     * Keywords for a numbered title (brief + FORMAT.md §2). Checked from the most specific section to the most general,
     * so that "五、政府信息公开工作存在的主要问题及改进情况" is 五 and not 二.
     */
    static Section numberedSection(String key)
    {
        if (containsAny(key, "其他需要报告", "其它需要报告", "其他需报告", "其它需报告", "需要报告的事项", "其他事项", "其它事项"))
        {
            return Section.OTHER_MATTERS;
        }
        if (containsAny(key, "复议", "诉讼"))
        {
            return Section.REVIEW_LITIGATION;
        }
        if (containsAny(key, "问题", "改进", "下步工作打算", "下一步工作", "整改措施"))
        {
            return Section.PROBLEMS;
        }
        // Table 三 rows "一、本年新收政府信息公开申请数量", "二、上年结转…", "三、本年度办理结果" are not headings.
        if (key.contains("申请") && containsAny(key, "收到", "处理", "受理", "依申请")
                && !containsAny(key, "数量", "结转", "结果"))
        {
            return Section.APPLICATIONS;
        }
        if (key.contains("主动公开"))
        {
            return Section.ACTIVE_DISCLOSURE;
        }
        if (containsAny(key, "总体情况", "概述", "总体概况"))
        {
            return Section.OVERVIEW;
        }
        return null;
    }

    /**
     * An unnumbered line must be the section's title itself (seed 004's "主动公开政府信息情况"), starting with the
     * title's core words: "无其他需要报告的事项。" is a body line, not a heading.
     */
    static Section unnumberedSection(String key)
    {
        if (key.equals("总体情况") || key.equals("概述") || key.equals("总体概况"))
        {
            return Section.OVERVIEW;
        }
        String core = key;
        for (String prefix : new String[] {"政府信息公开工作", "政府信息公开", "行政机关"})
        {
            if (core.startsWith(prefix) && core.length() > prefix.length())
            {
                core = core.substring(prefix.length());
                break;
            }
        }
        if (core.startsWith("主动公开") && core.endsWith("情况") && core.length() <= 12)
        {
            return Section.ACTIVE_DISCLOSURE;
        }
        if ((core.startsWith("收到和处理") || core.startsWith("收到及处理")) && core.contains("申请") && core.endsWith("情况"))
        {
            return Section.APPLICATIONS;
        }
        if ((core.startsWith("行政复议") || core.startsWith("行政法复议") || core.startsWith("因"))
                && core.contains("复议") && core.contains("行政诉讼") && core.endsWith("情况"))
        {
            return Section.REVIEW_LITIGATION;
        }
        if (core.startsWith("存在") && core.contains("问题") && containsAny(core, "改进", "打算", "措施", "情况"))
        {
            return Section.PROBLEMS;
        }
        if ((core.startsWith("其他需要报告") || core.startsWith("其它需要报告")) && core.length() <= 10)
        {
            return Section.OTHER_MATTERS;
        }
        return null;
    }

    /**
     * A line that cannot start with a number (no 第, no numeral first) and goes on after its first stop: an unnumbered
     * heading is its title alone, so this is body text (most wrapped lines of PDF prose end here, before any regex).
     */
    private static boolean isSentence(String s)
    {
        char first = s.charAt(0);
        if (first == '第' || NUMERALS.indexOf(first) >= 0)
        {
            return false;
        }
        int stop = firstTitleEnd(s);
        return stop >= 0 && !s.substring(stop + 1).isBlank();
    }

    private static int firstTitleEnd(String s)
    {
        for (int i = 0; i < s.length(); i++)
        {
            switch (s.charAt(i))
            {
                case ':', '。', ';', ',', '!', '?' -> {
                    return i;
                }
                default -> {
                }
            }
        }
        return -1;
    }

    private static boolean mayBeHeading(String s)
    {
        for (int i = 0; i < s.length(); i++)
        {
            if (isKeywordChar(s.charAt(i)))
            {
                return true;
            }
        }
        return false;
    }

    /** One of {@link #KEYWORD_CHARS} (a switch: this runs on every character of every line's start). */
    static boolean isKeywordChar(char c)
    {
        return switch (c)
        {
            case '总', '概', '动', '申', '复', '诉', '问', '改', '打', '措', '报', '事' -> true;
            default -> false;
        };
    }

    /** The line's matching key (the line is already normalised): {@link TextNormalizer#keyOfNormalised}. */
    static String key(String s)
    {
        return TextNormalizer.keyOfNormalised(s);
    }

    private static int ordinal(String numeral)
    {
        if (numeral.length() == 1)
        {
            return NUMERALS.indexOf(numeral.charAt(0)) + 1;
        }
        // 十一 … 十九 / 二十: beyond the six sections, only "not the right number" matters.
        return 10 + Math.max(0, NUMERALS.indexOf(numeral.charAt(1)) + 1);
    }

    private static int indexOfWhitespace(String s)
    {
        for (int i = 0; i < s.length(); i++)
        {
            if (Character.isWhitespace(s.charAt(i)))
            {
                return i;
            }
        }
        return -1;
    }

    private static boolean containsAny(String s, String... needles)
    {
        for (String n : needles)
        {
            if (s.contains(n))
            {
                return true;
            }
        }
        return false;
    }
}
