package io.github.zwgk.annualreport.engine.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Figures stated in words (e.g. "受理政府信息公开申请20件"), to be compared with the tables (R10): in 一、总体情况, and
 * where 总体情况 states no such figure, in the prose of 三、收到和处理政府信息公开申请情况, 四 and 六. A null component was not
 * stated (or stated with two different values in one place).
 *
 * @param applicationsReceived       applications received in the year (收到/受理 … 申请 N 件): new ones, or new ones plus
 *                                   those carried over — the rule accepts either
 * @param applicationsCarriedOver    carried over from the previous year (上年结转 N 件)
 * @param applicationsHandled        handled/closed in the year (办结/答复 N 件)
 * @param applicationsCarriedForward carried forward to the next year (结转下年度 N 件)
 * @param reviewTotal                administrative reviews (行政复议 N 件)
 * @param litigationTotal            lawsuits (行政诉讼 N 件)
 * @param applicationsDisclosed      an outcome: disclosed in full (予以公开/同意公开（答复） N 件), 表三 （一）予以公开
 * @param sources                    where each stated figure was read, by its JSON name ("applicationsReceived" →
 *                                   OVERVIEW); empty when nothing was stated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NarrativeFigures(
        Integer applicationsReceived,
        Integer applicationsCarriedOver,
        Integer applicationsHandled,
        Integer applicationsCarriedForward,
        Integer reviewTotal,
        Integer litigationTotal,
        Integer applicationsDisclosed,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Section> sources)
{
    /** The JSON names of the figures, in component order. */
    private static final String[] NAMES = {"applicationsReceived", "applicationsCarriedOver", "applicationsHandled",
        "applicationsCarriedForward", "reviewTotal", "litigationTotal", "applicationsDisclosed"};

    public NarrativeFigures
    {
        sources = ordered(sources);
    }

    /** A copy in the figures' order (the JSON is the same on every run), unknown names last in their order. */
    private static Map<String, Section> ordered(Map<String, Section> sources)
    {
        if (sources == null || sources.isEmpty())
        {
            return Map.of();
        }
        Map<String, Section> out = new LinkedHashMap<>();
        for (String name : NAMES)
        {
            if (sources.get(name) != null)
            {
                out.put(name, sources.get(name));
            }
        }
        sources.forEach((k, v) -> {
            if (k != null && v != null)
            {
                out.putIfAbsent(k, v);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** The figures of the first six kinds, without an outcome or sources (as read before sources were kept). */
    public NarrativeFigures(Integer applicationsReceived, Integer applicationsCarriedOver, Integer applicationsHandled,
            Integer applicationsCarriedForward, Integer reviewTotal, Integer litigationTotal)
    {
        this(applicationsReceived, applicationsCarriedOver, applicationsHandled, applicationsCarriedForward, reviewTotal,
                litigationTotal, null, Map.of());
    }

    public static NarrativeFigures none()
    {
        return new NarrativeFigures(null, null, null, null, null, null);
    }

    /** Where a figure was stated (its JSON name, e.g. "applicationsReceived"), or null when it was not. */
    public Section sourceOf(String figure)
    {
        return sources.get(figure);
    }

    /** These figures, each stated one marked as read in {@code section}. */
    public NarrativeFigures in(Section section)
    {
        Integer[] v = values();
        Map<String, Section> s = new HashMap<>();
        for (int i = 0; i < v.length; i++)
        {
            if (v[i] != null)
            {
                s.put(NAMES[i], section);
            }
        }
        return new NarrativeFigures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], s);
    }

    /**
     * These figures, with the ones not stated here taken from {@code other} (a later section): 总体情况 first, then the
     * prose of the sections after it, so that a figure is compared once, where it is first stated.
     */
    public NarrativeFigures orElse(NarrativeFigures other)
    {
        if (other == null)
        {
            return this;
        }
        Integer[] a = values();
        Integer[] b = other.values();
        Map<String, Section> s = new HashMap<>(sources);
        for (int i = 0; i < a.length; i++)
        {
            if (a[i] == null && b[i] != null)
            {
                a[i] = b[i];
                Section from = other.sources.get(NAMES[i]);
                if (from != null)
                {
                    s.put(NAMES[i], from);
                }
            }
        }
        return new NarrativeFigures(a[0], a[1], a[2], a[3], a[4], a[5], a[6], s);
    }

    /** Whether no figure was stated. */
    @JsonIgnore
    public boolean isEmpty()
    {
        for (Integer v : values())
        {
            if (v != null)
            {
                return false;
            }
        }
        return true;
    }

    private Integer[] values()
    {
        return new Integer[] {applicationsReceived, applicationsCarriedOver, applicationsHandled, applicationsCarriedForward,
            reviewTotal, litigationTotal, applicationsDisclosed};
    }
}
