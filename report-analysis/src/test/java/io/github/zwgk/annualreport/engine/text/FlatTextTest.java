package io.github.zwgk.annualreport.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.fixtures.Growth;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;

/** Where a body written on one line is cut back into lines, and that nothing else is cut. */
class FlatTextTest
{
    private static List<String> pieces(String line)
    {
        return FlatText.pieces(TextNormalizer.line(line));
    }

    @Test
    void cutsBeforeAndAfterEachSectionHeadingAndAfterTheTitle()
    {
        List<String> p = pieces("某某县人民政府2023年政府信息公开工作年度报告 现将有关情况报告如下： 一、总体情况 2023年，我县认真贯彻落实条例。"
                + " 五、存在的主要问题及改进情况 一是解读不够。 六、其他需要报告的事项 本年度未收取信息处理费。");

        assertThat(p).containsExactly("某某县人民政府2023年政府信息公开工作年度报告", "现将有关情况报告如下:", "一、总体情况",
                "2023年,我县认真贯彻落实条例。", "五、存在的主要问题及改进情况", "一是解读不够。", "六、其他需要报告的事项",
                "本年度未收取信息处理费。");
    }

    @Test
    void findsAHeadingWrittenAgainstItsTextWithoutSpaces()
    {
        List<String> p = pieces("报告如下:一、总体情况2023年,我局全年主动公开政府信息312条。二、主动公开政府信息情况第二十条第(一)项"
                + "信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件3127三、收到和处理政府信息公开申请情况");

        assertThat(p).containsExactly("报告如下:", "一、总体情况", "2023年,我局全年主动公开政府信息312条。", "二、主动公开政府信息情况",
                "第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数", "规章000", "行政规范性文件3127",
                "三、收到和处理政府信息公开申请情况");
    }

    @Test
    void cutsTable3BeforeEachRowLabelWithItsNumberingEvenAfterRunTogetherDigits()
    {
        List<String> p = pieces("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)申请人情况自然人法人或其他组织总计商业企业科研机构"
                + "社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量640020470二、上年结转政府信息公开申请数量3000003"
                + "三、本年度办理结果(一)予以公开300102033(二)部分公开(区分处理的,只计这一情形,不计其他情形)5000005"
                + "(三)不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000(六)其他处理1.申请人无正当理由逾期不补正、"
                + "行政机关不再处理其政府信息公开申请20000133.其他0000000(七)总计640020470四、结转下年度继续办理3000003");

        assertThat(p).containsExactly("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
                "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他", "一、本年新收政府信息公开申请数量640020470",
                "二、上年结转政府信息公开申请数量3000003", "三、本年度办理结果", "(一)予以公开300102033",
                "(二)部分公开(区分处理的,只计这一情形,不计其他情形)5000005", "(三)不予公开", "1.属于国家秘密0000000",
                "2.其他法律行政法规禁止公开0000000", "(六)其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请2000013",
                "3.其他0000000", "(七)总计640020470", "四、结转下年度继续办理3000003");
    }

    @Test
    void cutsTable4BeforeItsHeaderAndEachGroupButNotInsideItsHeading()
    {
        List<String> p = pieces("四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉"
                + " 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 2 1 0 1 4 1 0 0 0 1 0 0 0 0 0"
                + " 五、存在的主要问题及改进情况 无。");

        assertThat(p).containsExactly("四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼",
                "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉", "结果维持 结果纠正 其他结果 尚未审结 总计",
                "结果维持 结果纠正 其他结果 尚未审结 总计 2 1 0 1 4 1 0 0 0 1 0 0 0 0 0", "五、存在的主要问题及改进情况", "无。");
    }

    @Test
    void leavesLinesThatAreNotFlatAlone()
    {
        // a long overview paragraph naming outcomes, a table row, a heading with its text, prose with "一、"
        assertThat(pieces("全年共办理政府信息公开申请34件，其中予以公开12件，部分公开4件，不予公开3件，无法提供6件，不予处理3件，"
                + "其他处理6件，均在法定期限内答复，未发生因政府信息公开引发的行政复议、行政诉讼。")).isNull();
        assertThat(pieces("一、本年新收政府信息公开申请数量\t34\t0\t0\t0\t0\t0\t34")).isNull();
        assertThat(pieces("六、其他需要报告的事项：本年度未收取信息处理费，无其他需要报告的事项。全年共办理人大代表建议和政协提案23件。")).isNull();
        assertThat(pieces("下一步工作打算如下：一、加强组织领导，二、完善工作机制，三、强化监督考核，确保各项工作落到实处，不断提升政务公开工作水平。"))
                .isNull();
    }

    @Test
    void leavesTheSeedsExactlyAsTheyAre()
    {
        for (String seed : List.of("000", "001", "002", "003", "004"))
        {
            List<String> normalised = LineBreaks.split(Seeds.text(seed)).stream().map(TextNormalizer::line).toList();
            assertThat(FlatText.rebreak(normalised)).as("seed %s", seed).isSameAs(normalised);
        }
    }

    @Test
    void readsALongFlatLineInLinearTime()
    {
        String row = "1.属于国家秘密 0 0 0 0 0 0 0 ";
        String small = "一、总体情况 三、收到和处理政府信息公开申请情况 申请人情况 " + row.repeat(2_000);
        String big = "一、总体情况 三、收到和处理政府信息公开申请情况 申请人情况 " + row.repeat(20_000);

        Growth.assertLinear("FlatText", 10, () -> FlatText.pieces(small), () -> FlatText.pieces(big));
        assertThat(FlatText.pieces(big)).hasSize(3 + 20_000);
    }

    /** Hostile: a line of headings and table anchors repeated tens of thousands of times is still cut in linear time. */
    @Test
    void cutsALineOfThousandsOfHeadingsInLinearTime()
    {
        String unit = "二、主动公开政府信息情况 第二十条第(一)项 规章 0 0 0 三、收到和处理政府信息公开申请情况 申请人情况 (七)总计 0 0 0 0 0 0 0 "
                + "四、政府信息公开行政复议、行政诉讼情况 行政复议 结果维持 0 ";
        String small = unit.repeat(1_000);
        String big = unit.repeat(10_000);

        Growth.assertLinear("FlatText, many headings", 10, () -> FlatText.pieces(small), () -> FlatText.pieces(big));
        assertThat(FlatText.pieces(big)).hasSizeGreaterThan(60_000);
    }
}
