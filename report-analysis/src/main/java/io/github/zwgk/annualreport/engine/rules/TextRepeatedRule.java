package io.github.zwgk.annualreport.engine.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.TextFingerprint;
import io.github.zwgk.annualreport.engine.narrative.SentenceFingerprints;

/**
 * 国办公开办函〔2019〕60号 and 〔2021〕30号: "不得出现敷衍了事甚至年年雷同现象". When the previous year's report is known
 * (its sentence fingerprint, {@link PreviousReport#fingerprint()}), the share of this report's distinct sentences that
 * the previous one has too (years and figures ignored) is reported: an INFO below the thresholds, a WARNING from
 * {@value #WARNING_PERCENT} % of the body up, or when 五、存在的主要问题及改进情况 — the part the notices speak of — repeats
 * at least {@value #PROBLEMS_WARNING_PERCENT} % of its sentences (at least {@value #MIN_PROBLEM_SENTENCES} of them).
 * Nothing when this report has fewer than {@value #MIN_SENTENCES} sentences, when the previous report is not the year
 * before this one, or when the two fingerprints were computed differently.
 */
public final class TextRepeatedRule implements Rule
{
    /** Share of the body's sentences repeated from which the finding is a WARNING. */
    public static final int WARNING_PERCENT = 50;
    /** Share of 五's sentences repeated from which the finding is a WARNING. */
    public static final int PROBLEMS_WARNING_PERCENT = 80;
    /** Fewest sentences in 五 for its own share to count. */
    public static final int MIN_PROBLEM_SENTENCES = 2;
    /** Fewest sentences in the body for any finding (a share of a handful says little). */
    public static final int MIN_SENTENCES = 5;

    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        PreviousReport previous = ctx.options().previousReport();
        Integer year = ctx.reportYear();
        if (previous == null || previous.fingerprint() == null || year == null || previous.reportYear() != year - 1)
        {
            return;
        }
        TextFingerprint mine = ctx.textFingerprint();
        TextFingerprint last = previous.fingerprint();
        if (mine.version() != last.version() || mine.sentences().size() < MIN_SENTENCES)
        {
            return;
        }
        Set<String> lastSentences = new HashSet<>(last.sentences());
        int[] body = SentenceFingerprints.repeated(mine.sentences(), lastSentences);
        int[] five = SentenceFingerprints.repeated(mine.problems(), lastSentences);
        int bodyPercent = percent(body);
        int fivePercent = percent(five);
        boolean fiveRepeated = five[1] >= MIN_PROBLEM_SENTENCES && fivePercent >= PROBLEMS_WARNING_PERCENT;
        boolean warning = bodyPercent >= WARNING_PERCENT || fiveRepeated;

        String source = previous.source() == null ? "" : "（" + previous.source() + "）";
        StringBuilder zh = new StringBuilder("正文 " + body[1] + " 句中有 " + body[0] + " 句（" + bodyPercent + "%）与"
                + previous.reportYear() + "年度报告" + source + "相同（不计年份和数字）");
        StringBuilder en = new StringBuilder(body[0] + " of the " + body[1] + " sentences (" + bodyPercent
                + "%) are the same as in the " + previous.reportYear() + " report (years and figures ignored)");
        if (five[1] > 0)
        {
            zh.append("，其中“五、存在的主要问题及改进情况” ").append(five[1]).append(" 句中有 ").append(five[0]).append(" 句相同");
            en.append("; in section 5, ").append(five[0]).append(" of ").append(five[1]);
        }
        if (warning)
        {
            zh.append("：国办公开办函〔2021〕30号要求存在的问题和改进举措不得敷衍了事甚至年年雷同");
            en.append(": the format notices forbid reports that repeat themselves year after year");
        }
        out.add(new Finding(RuleCode.TEXT_REPEATED, warning ? Severity.WARNING : Severity.INFO, zh.toString(), en.toString(),
                Location.document(), null, null));
    }

    private static int percent(int[] share)
    {
        return share[1] == 0 ? 0 : (int) Math.round(100.0 * share[0] / share[1]);
    }
}
