package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;

/**
 * The report names another agency than the one it is filed for (the repository's agency folder): a wrong file uploaded,
 * or another organ's report passed off as one's own. A WARNING, so that the reviewer sees it: names are written in
 * more than one way ("滑县人民政府办公室" / "滑县政府办公室"), so a difference is a question, not a proof. Names are
 * compared without spaces and punctuation and with 人民政府 as 政府, 办公室 as 办; one containing the other counts as the
 * same ("滑县人民政府" in a report of "滑县人民政府办公室"). No finding when either name is unknown.
 */
public final class AgencyMismatchRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        String expected = ctx.options().expectedAgency();
        String named = ctx.identity().agency();
        if (expected == null || named == null || sameAgency(expected, named))
        {
            return;
        }
        out.add(Finding.of(RuleCode.AGENCY_MISMATCH, Location.document(),
                "报告中的机关名称“" + named + "”与报送机关“" + expected + "”不一致，请核对是否上传了其他机关的报告",
                "The report names \"" + named + "\", but it is filed for \"" + expected + "\""));
    }

    /** Whether two spellings name the same organ: equal, or one contains the other, ignoring spaces and punctuation. */
    static boolean sameAgency(String a, String b)
    {
        String x = key(a);
        String y = key(b);
        if (x.isEmpty() || y.isEmpty())
        {
            return true;
        }
        return x.contains(y) || y.contains(x);
    }

    /**
     * The name without spaces and punctuation, in its short official form: 人民政府 is written 政府 and 办公室 办 as often
     * as not ("河东区政府办公室" in the report of 河东区人民政府办公室).
     */
    private static String key(String name)
    {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(sb::appendCodePoint);
        return sb.toString().replace("人民政府", "政府").replace("办公室", "办");
    }
}
