package io.github.zwgk.annualreport.engine.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.zwgk.annualreport.engine.model.AgencyKind;
import io.github.zwgk.annualreport.engine.model.AgencyLevel;

/**
 * Tells the administrative level and the kind of a reporting organ from its name ("滑县人民政府办公室" → 县级, a
 * department; "石泉县人民政府" → 县级, the 本级政府's report). The place names come from GB/T 2260 ({@code divisions.txt}),
 * so that a 地级市 (安阳市) is told from a 县级市 (林州市) and "息县" is read as a county; an unknown name gives null.
 */
final class AgencyClassifier
{
    /** Level and kind; either may be null. */
    record Classification(AgencyLevel level, AgencyKind kind)
    {
        static final Classification NONE = new Classification(null, null);
    }

    /**
     * 乡镇人民政府 and 街道办事处: 国办公开办函〔2021〕30号 二 has them report "参照对县级以上人民政府部门的要求", so their kind is
     * DEPARTMENT (FORMAT.md §7). "城乡建设局" or "乡村振兴局" are not townships: 乡/镇 must be followed by 人民政府/政府.
     */
    private static final Pattern TOWNSHIP = Pattern.compile("(乡|镇|苏木)(人民)?政府|街道办事处|街道办|街道党工委");
    /** A county written without being in the gazetteer (rare: renamed counties); 区 and 市 are never guessed. */
    private static final Pattern UNLISTED_COUNTY = Pattern.compile("^[\\u4e00-\\u9fff]{1,6}?(自治县|自治旗|县|旗)");
    private static final Pattern GOVERNMENT = Pattern.compile("^(人民)?政府$");
    /** Endings of an organ's own name: its office, a bureau, a commission, … */
    private static final Pattern ORGAN = Pattern.compile(
            ".*(办公室|办公厅|局|委员会|委|厅|办|中心|院|署|处|所|站|队|会|部|室|馆|社|台|公司|党工委|管委会|政府)$");
    private static final int LONGEST_PLACE = 16;

    private static final Map<String, AgencyLevel> DIVISIONS = load();

    private AgencyClassifier()
    {
    }

    /** Classifies an organ's name; {@link Classification#NONE} when the name tells nothing certain. */
    static Classification classify(String name)
    {
        if (name == null)
        {
            return Classification.NONE;
        }
        String n = name.replaceAll("\\s+", "");
        if (n.isEmpty() || n.length() > 80)
        {
            return Classification.NONE;
        }
        if (TOWNSHIP.matcher(n).find())
        {
            return new Classification(AgencyLevel.TOWNSHIP, AgencyKind.DEPARTMENT);
        }
        // Read the chain of place names from the start ("北京市" "朝阳区"), the lowest one gives the level.
        AgencyLevel level = null;
        int p = 0;
        while (p < n.length())
        {
            int end = placeEnd(n, p);
            if (end < 0)
            {
                break;
            }
            AgencyLevel l = DIVISIONS.get(n.substring(p, end));
            level = l != null ? l : AgencyLevel.COUNTY;
            p = end;
        }
        String organ = n.substring(p);
        AgencyKind kind = null;
        if (GOVERNMENT.matcher(organ).matches())
        {
            // "<X>人民政府" itself: the aggregated 本级政府 report (条例 第四十九条, due 3月31日) — only 县 and above.
            kind = level == null ? null : AgencyKind.GOVERNMENT;
        }
        else if (!organ.isEmpty() && ORGAN.matcher(organ).matches())
        {
            kind = AgencyKind.DEPARTMENT;
        }
        return new Classification(level, kind);
    }

    /** End of the place name starting at p (shortest listed name first), or -1. */
    private static int placeEnd(String n, int p)
    {
        int max = Math.min(n.length(), p + LONGEST_PLACE);
        for (int end = p + 2; end <= max; end++)
        {
            if (DIVISIONS.containsKey(n.substring(p, end)))
            {
                return end;
            }
        }
        var m = UNLISTED_COUNTY.matcher(n.substring(p, max));
        if (m.find() && !n.startsWith("人民", p) && !n.startsWith("政府", p))
        {
            return p + m.end();
        }
        return -1;
    }

    private static Map<String, AgencyLevel> load()
    {
        Map<String, AgencyLevel> map = new HashMap<>(4096);
        try (InputStream in = AgencyClassifier.class.getResourceAsStream("divisions.txt"))
        {
            if (in == null)
            {
                return map;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null)
            {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab <= 0)
                {
                    continue;
                }
                try
                {
                    map.putIfAbsent(line.substring(0, tab), AgencyLevel.valueOf(line.substring(tab + 1).strip()));
                }
                catch (IllegalArgumentException ignored)
                {
                    // a malformed line: skip it
                }
            }
        }
        catch (IOException e)
        {
            // without the gazetteer only townships and unlisted counties are recognised
        }
        return Map.copyOf(map);
    }
}
