package io.github.zwgk.annualreport.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Puts back the line breaks of a report whose body was written on one line (text copied from a web page, crawler
 * dumps): "…如下： 一、总体情况 2023年，… 二、主动公开政府信息情况 第二十条第（一）项 … 规章 0 0 0 行政规范性文件 2 3 14 …".
 * <p>
 * A line is <em>flat</em> when it holds two or more section headings, or a table's header followed by several of its
 * row labels. Only flat lines are touched (a report written line by line comes out unchanged). A flat line is cut:
 * <ul>
 * <li>before and after each section heading ("一、总体情况" … "六、其他需要报告的事项", 国办公开办函〔2021〕30号 附件 and
 * the variants of FORMAT.md §2), so that the heading stands alone;</li>
 * <li>after the title "…工作年度报告" at the start;</li>
 * <li>inside the stretch of each table, before every row label of the template (表二: "第二十条第（一）项", "规章",
 * "行政规范性文件" …; 表三: "一、本年新收…", "（三）不予公开", "1.属于国家秘密" …, "（七）总计"; 表四: "行政复议" and each
 * "结果维持"), with the label's own numbering ("2." before "其他法律…") even when the row before ends in digits
 * ("…00000002.其他法律…").</li>
 * </ul>
 * Each piece then reads as the table parser's "label followed by its values" line, and each heading as a heading.
 * The values themselves are never touched here. Linear in the length of the line; no regular expressions.
 */
public final class FlatText
{
    /** Lines shorter than this are never flat (a heading with its inline text, a table row). */
    static final int MIN_LENGTH = 60;
    /** How far after "N、" a section title may end. */
    private static final int MAX_TITLE = 40;
    /** The title "…年度报告" is cut off only near the start of the line. */
    private static final int MAX_TITLE_POSITION = 200;

    private static final String NUMERALS = "一二三四五六七八九十";

    /** Where a table's stretch starts or ends inside a flat line. */
    private enum Zone
    {
        NONE, T2, T3, T4
    }

    /**
     * A row label of table 三 as it begins (after its numbering), and the numbering the template gives it
     * (国办公开办函〔2021〕30号 附件 表三; FORMAT.md §4 for the variants). A label is cut with its numbering when the
     * numbering stands right before it; {@code numbered} labels ("3.其他", "（七）总计") are cut only with it.
     */
    private record Label(String[] starts, String number, boolean numbered)
    {
    }

    private static final Label[] T3_LABELS = {
        new Label(new String[] {"本列数据"}, null, false),
        new Label(new String[] {"申请人情况"}, null, false),
        new Label(new String[] {"本年新收"}, "一", false),
        new Label(new String[] {"上年结转"}, "二", false),
        new Label(new String[] {"本年度办理结果"}, "三", false),
        new Label(new String[] {"予以公开"}, "一", false),
        new Label(new String[] {"部分公开"}, "二", false),
        new Label(new String[] {"不予公开"}, "三", false),
        new Label(new String[] {"属于国家秘密", "国家秘密"}, "1", false),
        new Label(new String[] {"其他法律", "法律行政法规禁止"}, "2", false),
        new Label(new String[] {"危及"}, "3", false),
        new Label(new String[] {"保护第三方", "第三方合法"}, "4", false),
        new Label(new String[] {"属于三类内部", "三类内部", "内部事务"}, "5", false),
        new Label(new String[] {"属于四类过程", "四类过程", "过程性信息"}, "6", false),
        new Label(new String[] {"属于行政执法", "行政执法案卷", "执法案卷"}, "7", false),
        new Label(new String[] {"属于行政查询", "行政查询"}, "8", false),
        new Label(new String[] {"无法提供"}, "四", false),
        new Label(new String[] {"本机关不掌握", "不掌握相关"}, "1", false),
        new Label(new String[] {"没有现成"}, "2", false),
        new Label(new String[] {"补正后"}, "3", false),
        new Label(new String[] {"不予处理"}, "五", false),
        new Label(new String[] {"信访举报"}, "1", false),
        new Label(new String[] {"重复申请"}, "2", false),
        new Label(new String[] {"要求提供公开出版物", "公开出版物"}, "3", false),
        new Label(new String[] {"无正当理由大量", "大量反复"}, "4", false),
        new Label(new String[] {"要求行政机关确认", "确认或重新出具"}, "5", false),
        new Label(new String[] {"其他处理"}, "六", false),
        new Label(new String[] {"申请人无正当理由", "无正当理由逾期"}, "1", false),
        new Label(new String[] {"申请人逾期未按", "逾期未按收费"}, "2", false),
        new Label(new String[] {"其他"}, "3", true),
        new Label(new String[] {"总计", "合计", "总记"}, "七", true),
        new Label(new String[] {"结转下年度"}, "四", false),
    };

    /** Table 二's row labels (both formats) and its block anchor; the longer of two overlapping labels wins. */
    private static final String[] T2_LABELS = {"第二十条第", "其他对外管理服务事项", "行政事业性收费", "政府集中采购",
        "行政规范性文件", "规范性文件", "规章", "行政许可", "行政处罚", "行政强制"};

    private FlatText()
    {
    }

    /**
     * The lines with every flat line cut into its pieces; the list itself when no line is flat (the usual case).
     *
     * @param lines normalised lines ({@link TextNormalizer#line})
     */
    public static List<String> rebreak(List<String> lines)
    {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++)
        {
            String line = lines.get(i);
            List<String> pieces = pieces(line);
            if (pieces != null && out == null)
            {
                out = new ArrayList<>(lines.size() + 64);
                out.addAll(lines.subList(0, i));
            }
            if (out != null)
            {
                if (pieces == null)
                {
                    out.add(line);
                }
                else
                {
                    out.addAll(pieces);
                }
            }
        }
        return out == null ? lines : out;
    }

    /** The pieces of a flat line, or null when the line is not flat. */
    static List<String> pieces(String line)
    {
        if (line == null || line.length() < MIN_LENGTH || line.indexOf('\t') >= 0)
        {
            return null;
        }
        List<int[]> headings = sectionHeadings(line); // {start, titleEnd, section 1–6}
        int t2 = line.indexOf("第二十条第");
        int t3 = firstOf(line, "本列数据", "申请人情况");
        int t4 = line.indexOf("结果维持");
        boolean flat = headings.size() >= 2
                || (t3 >= 0 && distinctT3Labels(line, t3) >= 3)
                || (t2 >= 0 && countT2Labels(line, t2) >= 2)
                || (t4 >= 0 && line.indexOf("结果维持", t4 + 4) > 0);
        if (!flat)
        {
            return null;
        }
        BitSet cuts = new BitSet(line.length() + 1); // positions to cut at: linear, sorted by construction
        int firstHeading = headings.isEmpty() ? line.length() : headings.get(0)[0];
        int title = line.indexOf("年度报告");
        if (title >= 0 && title < Math.min(firstHeading, MAX_TITLE_POSITION))
        {
            cuts.set(title + 4);
        }
        for (int[] h : headings)
        {
            cuts.set(h[0]);
            cuts.set(h[1]);
        }
        Zones zones = new Zones(line, headings, t2, t3, t4);
        BitSet tableCuts = new BitSet(line.length() + 1);
        cutTable2(line, zones, tableCuts);
        cutTable3(line, zones, tableCuts);
        cutTable4(line, zones, tableCuts);
        for (int cut = tableCuts.nextSetBit(0); cut >= 0; cut = tableCuts.nextSetBit(cut + 1))
        {
            if (!insideHeading(headings, cut))
            {
                cuts.set(cut);
            }
        }
        List<String> pieces = new ArrayList<>(cuts.cardinality() + 1);
        int from = 0;
        for (int cut = cuts.nextSetBit(0); cut >= 0; cut = cuts.nextSetBit(cut + 1))
        {
            add(pieces, line, from, cut);
            from = cut;
        }
        add(pieces, line, from, line.length());
        return pieces.size() <= 1 ? null : pieces;
    }

    /**
     * A table's words inside a heading's own title ("四、政府信息公开行政复议、…") cut nothing. Headings are in line
     * order and do not overlap: the one that may hold the cut is the last starting before it (binary search).
     */
    private static boolean insideHeading(List<int[]> headings, int cut)
    {
        int lo = 0;
        int hi = headings.size() - 1;
        int last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (headings.get(mid)[0] < cut)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return last >= 0 && cut < headings.get(last)[1];
    }

    private static void add(List<String> pieces, String line, int from, int to)
    {
        if (to > from)
        {
            String p = line.substring(from, to).strip();
            if (!p.isEmpty())
            {
                pieces.add(p);
            }
        }
    }

    // ---- section headings

    /**
     * Every "N、title" in the line whose title names one of the six sections, as {start, end of title, section}. The
     * title ends at the first of 情况/事项/打算/措施/概述/概况, else at a space or a stop.
     */
    private static List<int[]> sectionHeadings(String line)
    {
        List<int[]> out = new ArrayList<>();
        for (int i = line.indexOf('、'); i > 0; i = line.indexOf('、', i + 1))
        {
            char n = line.charAt(i - 1);
            int number = NUMERALS.indexOf(n) + 1;
            if (number < 1 || number > 6 || (i >= 2 && NUMERALS.indexOf(line.charAt(i - 2)) >= 0))
            {
                continue;
            }
            int from = i + 1;
            while (from < line.length() && line.charAt(from) == ' ')
            {
                from++;
            }
            int end = titleEnd(line, from);
            if (end < 0)
            {
                continue;
            }
            int section = section(TextNormalizer.keyOfNormalised(line.substring(from, end)));
            if (section > 0)
            {
                out.add(new int[] {i - 1, end, section});
            }
        }
        return out;
    }

    private static int titleEnd(String line, int from)
    {
        int limit = Math.min(line.length(), from + MAX_TITLE);
        for (int j = from; j < limit; j++)
        {
            char c = line.charAt(j);
            if (j + 1 < line.length() && j > from && isTitleEndWord(c, line.charAt(j + 1)))
            {
                return j + 2;
            }
            if (c == ' ' || c == ':' || c == '。' || c == ';' || c == ',' || c == '!' || c == '?')
            {
                return j > from + 1 ? j : -1;
            }
        }
        return limit == line.length() && limit > from + 1 ? limit : -1;
    }

    private static boolean isTitleEndWord(char a, char b)
    {
        return (a == '情' && b == '况') || (a == '事' && b == '项') || (a == '打' && b == '算') || (a == '措' && b == '施')
                || (a == '概' && (b == '述' || b == '况'));
    }

    /** The section (1–6) a title key names, or 0; table 三's row labels name none. */
    static int section(String key)
    {
        if (key.length() < 2 || key.length() > 32)
        {
            return 0;
        }
        if (key.contains("需要报告") || key.contains("其他事项") || key.contains("其它事项"))
        {
            return 6;
        }
        if (key.contains("复议") || key.contains("诉讼"))
        {
            return 4;
        }
        if (key.contains("问题") || key.contains("改进") || key.contains("打算") || key.contains("整改"))
        {
            return 5;
        }
        if (key.contains("申请") && (key.contains("收到") || key.contains("处理") || key.contains("受理"))
                && !key.contains("数量") && !key.contains("结转") && !key.contains("结果"))
        {
            return 3;
        }
        if (key.contains("主动公开"))
        {
            return 2;
        }
        if (key.contains("总体情况") || key.equals("概述") || key.contains("总体概况"))
        {
            return 1;
        }
        return 0;
    }

    // ---- table stretches

    /**
     * The table stretch each position belongs to: from the section headings 二/三/四 (五, 六 and 一 end a stretch),
     * and from each table's own header ("第二十条第", "本列数据"/"申请人情况", "行政复议 … 结果维持"), whichever comes later.
     */
    private static final class Zones
    {
        private final int[] positions;
        private final Zone[] zones;

        Zones(String line, List<int[]> headings, int t2, int t3, int t4)
        {
            List<int[]> marks = new ArrayList<>(); // {position, zone ordinal}
            for (int[] h : headings)
            {
                Zone z = switch (h[2])
                {
                    case 2 -> Zone.T2;
                    case 3 -> Zone.T3;
                    case 4 -> Zone.T4;
                    default -> Zone.NONE;
                };
                marks.add(new int[] {h[0], z.ordinal()});
            }
            if (t2 >= 0)
            {
                marks.add(new int[] {t2, Zone.T2.ordinal()});
            }
            if (t3 >= 0)
            {
                marks.add(new int[] {t3, Zone.T3.ordinal()});
            }
            if (t4 >= 0)
            {
                int review = line.lastIndexOf("行政复议", t4);
                marks.add(new int[] {review >= 0 && t4 - review < 40 ? review : t4, Zone.T4.ordinal()});
            }
            marks.sort((a, b) -> Integer.compare(a[0], b[0]));
            positions = new int[marks.size()];
            zones = new Zone[marks.size()];
            for (int k = 0; k < marks.size(); k++)
            {
                positions[k] = marks.get(k)[0];
                zones[k] = Zone.values()[marks.get(k)[1]];
            }
        }

        /** The zone of a position: that of the last mark at or before it (binary search: a line may hold many). */
        Zone at(int position)
        {
            int k = Arrays.binarySearch(positions, position);
            if (k < 0)
            {
                k = -k - 2; // the mark before the insertion point
            }
            else
            {
                while (k + 1 < positions.length && positions[k + 1] == position)
                {
                    k++; // of marks at the same position, the last one sorted counts
                }
            }
            return k < 0 ? Zone.NONE : zones[k];
        }
    }

    private static void cutTable2(String line, Zones zones, BitSet cuts)
    {
        int i = 0;
        while (i < line.length())
        {
            String hit = null;
            if (zones.at(i) == Zone.T2)
            {
                for (String label : T2_LABELS)
                {
                    if (line.startsWith(label, i))
                    {
                        hit = label;
                        break;
                    }
                }
            }
            if (hit != null)
            {
                cuts.set(i);
                i += hit.length();
            }
            else
            {
                i++;
            }
        }
    }

    private static void cutTable3(String line, Zones zones, BitSet cuts)
    {
        for (Label label : T3_LABELS)
        {
            int covered = -1; // an alternative found inside an earlier one is the same label
            for (String start : label.starts())
            {
                for (int at = line.indexOf(start); at >= 0; at = line.indexOf(start, at + 1))
                {
                    if (at < covered || zones.at(at) != Zone.T3 || !fits(line, at, start))
                    {
                        continue;
                    }
                    int begin = numberingBefore(line, at, label.number());
                    if (begin < 0 && label.numbered())
                    {
                        continue;
                    }
                    begin = begin >= 0 ? begin : at;
                    if (begin > 0 && line.charAt(begin - 1) == '(')
                    {
                        begin--; // "(本列数据…)"
                    }
                    cuts.set(begin);
                    covered = Math.max(covered, at + start.length());
                }
            }
        }
    }

    /** "其他" only as the label "3.其他", not in "其他处理", "其他法律" or the column header. */
    private static boolean fits(String line, int at, String start)
    {
        if (!start.equals("其他"))
        {
            return true;
        }
        int after = at + 2;
        return after >= line.length() || !isHan(line.charAt(after)) || line.startsWith("总计", after)
                || line.startsWith("(七)", after);
    }

    /**
     * Where the numbering {@code number} ("2" → "2." / "2、" / "(2)"; "三" → "三、" / "(三)") stands right before
     * position {@code at}, or -1.
     */
    static int numberingBefore(String line, int at, String number)
    {
        if (number == null)
        {
            return -1;
        }
        int i = at;
        while (i > 0 && line.charAt(i - 1) == ' ')
        {
            i--;
        }
        int numberStart = i - 1 - number.length();
        if (numberStart < 0 || !line.startsWith(number, numberStart))
        {
            return -1;
        }
        char separator = line.charAt(i - 1);
        if (separator == ')')
        {
            return numberStart > 0 && line.charAt(numberStart - 1) == '(' ? numberStart - 1 : numberStart;
        }
        return separator == '.' || separator == '、' ? numberStart : -1;
    }

    private static void cutTable4(String line, Zones zones, BitSet cuts)
    {
        boolean first = true;
        for (int at = line.indexOf("行政复议"); at >= 0; at = line.indexOf("行政复议", at + 1))
        {
            if (zones.at(at) == Zone.T4 && first)
            {
                cuts.set(at);
                first = false;
            }
        }
        for (int at = line.indexOf("结果维持"); at >= 0; at = line.indexOf("结果维持", at + 1))
        {
            if (zones.at(at) == Zone.T4)
            {
                cuts.set(at);
            }
        }
    }

    // ---- helpers

    private static int firstOf(String line, String a, String b)
    {
        int i = line.indexOf(a);
        int j = line.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static int distinctT3Labels(String line, int from)
    {
        int n = 0;
        for (Label label : T3_LABELS)
        {
            for (String start : label.starts())
            {
                if (line.indexOf(start, from) >= 0)
                {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static int countT2Labels(String line, int from)
    {
        int n = 0;
        for (int k = 1; k < T2_LABELS.length; k++)
        {
            if (line.indexOf(T2_LABELS[k], from) >= 0)
            {
                n++;
            }
        }
        return n;
    }

    private static boolean isHan(char c)
    {
        return c >= '\u4E00' && c <= '\u9FFF';
    }
}
