package io.github.zwgk.annualreport.engine.narrative;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.text.TextNormalizer;

/**
 * Reads the figures a report states in words (applications, reviews, lawsuits, applications disclosed), to be compared
 * with tables 三 and 四 (FORMAT.md §6 R10). The analyzer reads 一、总体情况 and the prose of 三, 四 and 六 with it.
 * <p>
 * The text is cut into clauses (at "。", ";", "," and line breaks); a figure is taken only from a clause that names it
 * unambiguously: "受理政府信息公开申请20件", "共收到8份政府信息公开申请", "收到政府信息依申请公开34件", "上年结转办理0件",
 * "办结N件", "结转下年度继续办理N件", "收到因政府信息公开提起的行政复议3件". A clause that denies the thing
 * ("未收到…依申请公开", "无…行政复议和行政诉讼") states 0. "受理…749件(含上年结转25件)" states 749 received and 25 carried
 * over (the rule accepts a received figure that is 新收 + 结转). A clause starting "其中" is a breakdown, not a total: only
 * an outcome is read from it. "同意公开答复9件", "予以公开5件" are an outcome (表三 （一）予以公开), never the number of
 * applications answered. When two clauses state different values for the same figure, the figure is ambiguous and left
 * null.
 */
public class NarrativeParser
{
    private enum Figure
    {
        RECEIVED, CARRIED_OVER, HANDLED, CARRIED_FORWARD, REVIEW, LITIGATION, DISCLOSED
    }

    private static final int MAX_CHARS = 200_000;
    private static final int MAX_CLAUSE = 300;

    /**
     * Every figure {@link #read} takes is named by one of these words (申请 for applications received and answered,
     * 办结/办理完毕 for handled, 结转 for carried over and forward, 复议 and 诉讼): a clause without any is skipped.
     */
    private static final List<String> KEYWORDS = List.of("申请", "复议", "诉讼", "结转", "办结", "办理完毕", "予以公开", "同意公开");
    /** Dates, years and percentages: digits that are never a count. */
    private static final Pattern NOT_A_COUNT = Pattern.compile(
            "(?:19|20)\\d{2} *年度?|\\d{1,2} *月(?:份)? *(?:\\d{1,2} *日)?|\\d+(?:\\.\\d+)? *%|\\d+\\.\\d+");
    /**
     * A count: digits, then a unit ("30人次" is people, not applications); "余/多" (approximate) is refused by the
     * caller. Chinese numerals are not read: "一个工作日" or "一条龙" would be taken for counts.
     */
    private static final String COUNT = "(\\d+) *(余|多)? *(?:件|条|个|起|宗|份|次|例)";
    private static final Pattern RECEIVE_VERB = Pattern.compile("收到|受理|接到|接收|共收|新收");
    private static final Pattern NEGATION = Pattern.compile("未|没有|无");

    private static final Pattern CARRIED_OVER = Pattern.compile("上(?:一)?年(?:度)?结转[^0-9]{0,10}?" + COUNT);
    /** "结转下年度办理1件"; "结转2024年度继续办理2件" reads "结转 继续办理2件" once the year is blanked. */
    private static final Pattern CARRIED_FORWARD = Pattern.compile(
            "结转(?:到|至|入)?(?:下(?:一)?年(?:度)?|\\s+(?=继续))[^0-9]{0,10}?" + COUNT);
    private static final Pattern HANDLED = Pattern.compile("(?:办结|办理完毕)[^0-9]{0,10}?" + COUNT);
    /**
     * "答复" counts as handled only when the clause is about applications ("答复群众来电" is not) and is not an outcome
     * ("同意公开答复9件", "不予公开答复2件": {@link #OUTCOME_BEFORE_ANSWER}).
     */
    private static final Pattern ANSWERED = Pattern.compile("答复[^0-9]{0,10}?" + COUNT);
    private static final Pattern OUTCOME_BEFORE_ANSWER = Pattern.compile(
            "(?:同意公开|予以公开|不予公开|部分公开|无法提供|不予处理|其他处理)(?:的)?答复");
    /** "予以公开5件", "同意公开答复9件", "全部予以公开": an outcome, 表三 （一）予以公开. */
    private static final Pattern DISCLOSED = Pattern.compile("(?:予以公开|同意公开)(?:答复)?([^0-9]{0,6}?)" + COUNT);
    /** Words between "予以公开" and its count that make the count another one ("予以公开或部分公开59件"). */
    private static final Pattern DISCLOSED_JOINED = Pattern.compile("部分|或|和|及|与|、|不予");
    /** "(含上年结转25件)", "包括上年结转信息公开申请30件": the rest of the clause is a part of the figure before it. */
    private static final Pattern INCLUDING = Pattern.compile("[(]?(?:含|包括|包含)(?:了)?(?=上一?年度?结转|结转)");

    /** Parses the figures; never throws (no figures for null or unusable text). */
    public NarrativeFigures parse(String overviewText)
    {
        return parseNormalised(overviewText == null ? null : TextNormalizer.line(overviewText.replace('\r', ' ')));
    }

    /**
     * {@link #parse} for text already normalised line by line with {@link TextNormalizer#line}, as the lines of a
     * {@link io.github.zwgk.annualreport.engine.text.ReportText} are: the analyzer's way, without a second pass.
     */
    public NarrativeFigures parseNormalised(String overviewText)
    {
        if (overviewText == null || overviewText.isBlank())
        {
            return NarrativeFigures.none();
        }
        try
        {
            return figures(overviewText.length() > MAX_CHARS ? overviewText.substring(0, MAX_CHARS) : overviewText);
        }
        catch (RuntimeException | StackOverflowError e)
        {
            return NarrativeFigures.none();
        }
    }

    private NarrativeFigures figures(String text)
    {
        Map<Figure, List<Integer>> found = new EnumMap<>(Figure.class);
        String t = text.replace('\t', ' ');
        // Most clauses of a long overview name no figure: only those holding a keyword are cut out and read.
        BitSet keywords = new BitSet(t.length());
        for (String k : KEYWORDS)
        {
            for (int at = t.indexOf(k); at >= 0; at = t.indexOf(k, at + 1))
            {
                keywords.set(at);
            }
        }
        // From keyword to keyword: each one's clause is found by scanning to the clause ends on either side, so the
        // characters of clauses without a keyword are never looked at again.
        int cursor = 0; // where the next clause starts at the earliest (just after the last clause read)
        for (int k = keywords.nextSetBit(0); k >= 0 && cursor < t.length(); k = keywords.nextSetBit(cursor))
        {
            int start = k;
            while (start > cursor && !isClauseEnd(t.charAt(start - 1)))
            {
                start--;
            }
            int end = k;
            while (end < t.length() && !isClauseEnd(t.charAt(end)))
            {
                end++;
            }
            cursor = end + 1;
            String clause = t.substring(start, end).strip();
            if (clause.length() > MAX_CLAUSE)
            {
                continue;
            }
            String c = hasAsciiDigit(clause) ? NOT_A_COUNT.matcher(clause).replaceAll(" ") : clause;
            readDisclosed(c, found);
            if (clause.startsWith("其中"))
            {
                continue; // a breakdown: only its outcome counts
            }
            Matcher including = INCLUDING.matcher(c);
            if (including.find() && including.start() > 0)
            {
                read(c.substring(0, including.start()), found);
                read(c.substring(including.start()), found);
            }
            else
            {
                read(c, found);
            }
        }
        return new NarrativeFigures(value(found, Figure.RECEIVED), value(found, Figure.CARRIED_OVER),
                value(found, Figure.HANDLED), value(found, Figure.CARRIED_FORWARD), value(found, Figure.REVIEW),
                value(found, Figure.LITIGATION), value(found, Figure.DISCLOSED), null);
    }

    /** Where a clause ends (the text is normalised: full-width punctuation is already half-width). */
    private static boolean isClauseEnd(char c)
    {
        return switch (c)
        {
            case '。', ';', '!', '?', ',', '\n' -> true;
            default -> false;
        };
    }

    private static boolean hasAsciiDigit(String s)
    {
        for (int i = 0; i < s.length(); i++)
        {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9')
            {
                return true;
            }
        }
        return false;
    }

    private static void read(String c, Map<Figure, List<Integer>> found)
    {
        boolean review = c.contains("复议");
        boolean litigation = c.contains("诉讼");
        if (review || litigation)
        {
            readReviewLitigation(c, review, litigation, found);
            return; // "因政府信息公开申请行政复议" is not about applications received
        }
        if (c.contains("结转"))
        {
            add(found, Figure.CARRIED_OVER, count(CARRIED_OVER, c));
            add(found, Figure.CARRIED_FORWARD, count(CARRIED_FORWARD, c));
            if (negated(c, "上年结转") || negated(c, "上一年度结转"))
            {
                add(found, Figure.CARRIED_OVER, 0);
            }
            return;
        }
        boolean handled = c.contains("办结") || c.contains("办理完毕");
        if (handled)
        {
            add(found, Figure.HANDLED, count(HANDLED, c));
        }
        int apply = c.indexOf("申请");
        if (apply >= 0 && !handled && c.contains("答复") && !OUTCOME_BEFORE_ANSWER.matcher(c).find())
        {
            add(found, Figure.HANDLED, count(ANSWERED, c));
        }
        if (apply < 0 || c.contains("无正当理由"))
        {
            return;
        }
        Matcher verb = RECEIVE_VERB.matcher(c);
        if (verb.find())
        {
            Integer n = firstCountAfter(c, Math.max(apply, verb.start()));
            if (n == null && verb.end() < apply)
            {
                n = countJustBefore(c, verb.end(), apply); // "共收到8份政府信息公开申请", "收到10件依申请公开请求"
            }
            if (n != null)
            {
                add(found, Figure.RECEIVED, n);
            }
            else if (negatedBefore(c, verb.start()))
            {
                add(found, Figure.RECEIVED, 0); // "未收到有关依申请公开内容" (seed 001)
            }
        }
        else if (c.contains("依申请公开") && negatedBefore(c, apply) && !hasDigit(c))
        {
            add(found, Figure.RECEIVED, 0); // "无依申请公开事项"
        }
    }

    /**
     * "收到…行政复议3件", "行政复议3件、行政诉讼1件", "行政复议和行政诉讼均为0件"; "未收到…行政诉讼", "无…行政复议和行政诉讼"
     * → 0. A number between the two words belongs to the first one only ("行政复议3件、行政诉讼1件"); "行政复议和行政诉讼3件"
     * (one number for both, without 均/各/都) is ambiguous.
     */
    private static void readReviewLitigation(String c, boolean review, boolean litigation, Map<Figure, List<Integer>> found)
    {
        int r = c.indexOf("复议");
        int l = c.indexOf("诉讼");
        if (review && litigation)
        {
            int first = Math.min(r, l);
            int second = Math.max(r, l);
            Integer between = firstCountIn(c, first, second);
            Integer after = firstCountAfter(c, second);
            if (between != null)
            {
                add(found, r < l ? Figure.REVIEW : Figure.LITIGATION, between);
                if (after != null)
                {
                    add(found, r < l ? Figure.LITIGATION : Figure.REVIEW, after);
                }
            }
            else if (after != null && containsAny(c.substring(second), "均", "各", "都"))
            {
                add(found, Figure.REVIEW, after);
                add(found, Figure.LITIGATION, after);
            }
            else if (after == null && !hasDigit(c) && negatedBefore(c, first))
            {
                add(found, Figure.REVIEW, 0);
                add(found, Figure.LITIGATION, 0);
            }
            return;
        }
        Figure f = review ? Figure.REVIEW : Figure.LITIGATION;
        int at = review ? r : l;
        Integer n = firstCountAfter(c, at);
        if (n != null)
        {
            add(found, f, n);
        }
        else if (!hasDigit(c) && negatedBefore(c, at))
        {
            add(found, f, 0);
        }
    }

    /** Most characters between a count and the "申请" it counts ("8份政府信息公开申请": 6). */
    private static final int COUNT_TO_NOUN = 8;

    /** The count between {@code from} and {@code noun} when it is the only one and the noun follows it closely. */
    private static Integer countJustBefore(String c, int from, int noun)
    {
        Matcher m = COUNT_PATTERN.matcher(c);
        m.region(from, noun);
        if (!m.find() || noun - m.end() > COUNT_TO_NOUN || m.group(2) != null)
        {
            return null;
        }
        Integer n = number(m.group(1));
        return m.find() ? null : n;
    }

    /** "予以公开5件", "同意公开答复9件": the outcome 表三 （一）予以公开; not "予以公开或部分公开59件", not "部分公开". */
    private static void readDisclosed(String c, Map<Figure, List<Integer>> found)
    {
        if (!c.contains("予以公开") && !c.contains("同意公开"))
        {
            return;
        }
        Matcher m = DISCLOSED.matcher(c);
        while (m.find())
        {
            int at = m.start();
            boolean partial = at >= 2 && (c.startsWith("部分", at - 2) || c.startsWith("不予", at - 2));
            if (!partial && !DISCLOSED_JOINED.matcher(m.group(1)).find() && m.group(3) == null)
            {
                add(found, Figure.DISCLOSED, number(m.group(2)));
                return;
            }
        }
    }

    private static boolean negatedBefore(String c, int at)
    {
        Matcher m = NEGATION.matcher(c);
        return m.find() && m.start() < at && at - m.start() <= 40;
    }

    private static boolean negated(String c, String what)
    {
        int at = c.indexOf(what);
        return at >= 0 && negatedBefore(c, at) && !hasDigit(c);
    }

    private static Integer count(Pattern p, String c)
    {
        Matcher m = p.matcher(c);
        return m.find() && m.group(2) == null ? number(m.group(1)) : null;
    }

    private static Integer number(String digits)
    {
        return digits.length() > 9 ? null : Integer.valueOf(digits);
    }

    private static final Pattern COUNT_PATTERN = Pattern.compile(COUNT);

    private static Integer firstCountAfter(String c, int from)
    {
        return firstCountIn(c, from, c.length());
    }

    private static Integer firstCountIn(String c, int from, int to)
    {
        Matcher m = COUNT_PATTERN.matcher(c);
        m.region(Math.max(0, from), Math.max(Math.max(0, from), to));
        if (!m.find())
        {
            return null;
        }
        return m.group(2) == null ? number(m.group(1)) : null; // "430余次" is not a count
    }

    private static boolean hasDigit(String c)
    {
        return c.chars().anyMatch(Character::isDigit); // any count needs a digit: ASCII and full-width alike
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

    private static void add(Map<Figure, List<Integer>> found, Figure f, Integer value)
    {
        if (value != null)
        {
            found.computeIfAbsent(f, k -> new ArrayList<>()).add(value);
        }
    }

    /** The stated value, or null when none or when clauses disagree. */
    private static Integer value(Map<Figure, List<Integer>> found, Figure f)
    {
        List<Integer> values = found.get(f);
        if (values == null || values.isEmpty())
        {
            return null;
        }
        Integer first = values.get(0);
        for (Integer v : values)
        {
            if (!v.equals(first))
            {
                return null;
            }
        }
        return first;
    }
}
