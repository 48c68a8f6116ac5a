package io.github.zwgk.annualreport.engine.sections;

import static io.github.zwgk.annualreport.engine.model.Section.ACTIVE_DISCLOSURE;
import static io.github.zwgk.annualreport.engine.model.Section.APPLICATIONS;
import static io.github.zwgk.annualreport.engine.model.Section.OTHER_MATTERS;
import static io.github.zwgk.annualreport.engine.model.Section.OVERVIEW;
import static io.github.zwgk.annualreport.engine.model.Section.PROBLEMS;
import static io.github.zwgk.annualreport.engine.model.Section.REVIEW_LITIGATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.SectionHit;
import io.github.zwgk.annualreport.engine.sections.SectionLayout.LineRange;
import io.github.zwgk.annualreport.engine.text.ReportText;

/** The section layout of the five real reports. */
class SectionParserSeedTest
{
    private final SectionParser parser = new SectionParser();

    @Test
    void seed000KeepsThePastedWorkSummaryInsideTheOverview()
    {
        ReportText text = Seeds.text(Seeds.S000);
        SectionLayout layout = parser.parse(text);

        assertThat(layout.hits()).extracting(SectionHit::section, SectionHit::heading, SectionHit::line, SectionHit::standard)
                .containsExactly(
                        tuple(OVERVIEW, "一、总体情况", 3, true),
                        tuple(ACTIVE_DISCLOSURE, "二、主动公开政府信息情况", 45, true),
                        tuple(APPLICATIONS, "三、收到和处理政府信息公开申请情况", 63, true),
                        tuple(REVIEW_LITIGATION, "四、政府信息公开行政复议、行政诉讼情况", 95, true),
                        tuple(PROBLEMS, "五、存在的主要问题及改进情况", 102, true),
                        tuple(OTHER_MATTERS, "六、其他需要报告的事项", 108, true));
        // "—. 2021年丁作总结" (OCR, line 11) and "二、2023年工作计划" (line 33) stay in 总体情况's body
        assertThat(text.line(11)).isEqualTo("一、2021年工作总结");
        assertThat(layout.bodies().get(OVERVIEW)).isEqualTo(new LineRange(4, 45));
        assertThat(text.text(4, 45)).contains("二、2023年工作计划", "受理线下依申请公开13件");
        assertThat(layout.bodies().get(OTHER_MATTERS)).isEqualTo(new LineRange(109, 111));
        assertThat(text.text(109, 111).strip()).isEqualTo("无");
    }

    @Test
    void seed001HasSixStandardHeadingsAndItsClosingSentenceIsNotAHeading()
    {
        ReportText text = Seeds.text(Seeds.S001);
        SectionLayout layout = parser.parse(text);

        assertThat(layout.hits()).extracting(SectionHit::line).containsExactly(5, 21, 38, 71, 78, 84);
        assertThat(layout.hits()).allMatch(SectionHit::standard);
        assertThat(layout.bodies()).containsEntry(OVERVIEW, new LineRange(6, 21))
                .containsEntry(APPLICATIONS, new LineRange(39, 71))
                .containsEntry(OTHER_MATTERS, new LineRange(85, 87));
        assertThat(text.text(85, 87).strip()).isEqualTo("无其他需要报告的事项。");
    }

    @Test
    void seed002UsesTheSecondOfTwoOverviewHeadingsAndIgnoresItsOwnSubHeading()
    {
        ReportText text = Seeds.text(Seeds.S002);
        SectionLayout layout = parser.parse(text);

        assertThat(layout.hits()).extracting(SectionHit::section, SectionHit::line, SectionHit::standard)
                .containsExactly(
                        tuple(OVERVIEW, 1, false),
                        tuple(OVERVIEW, 2, true),
                        tuple(ACTIVE_DISCLOSURE, 11, true),
                        tuple(APPLICATIONS, 65, true),
                        tuple(REVIEW_LITIGATION, 264, true),
                        tuple(PROBLEMS, 299, true),
                        tuple(OTHER_MATTERS, 303, true));
        assertThat(layout.bodies().get(OVERVIEW)).isEqualTo(new LineRange(3, 11));
        assertThat(text.text(3, 11)).contains("二、健全政务公开工作举措");
        // the table rows "一、本年新收…数量" (line 76) and "四、结转下年度继续办理" (line 256) are inside 三
        assertThat(layout.bodies().get(APPLICATIONS)).isEqualTo(new LineRange(66, 264));
    }

    @Test
    void seed003ReadsTheRenamedProblemsHeadingAndSkipsThePreambleThatNamesAllSections()
    {
        ReportText text = Seeds.text(Seeds.S003);
        SectionLayout layout = parser.parse(text);

        assertThat(layout.hits()).extracting(SectionHit::section, SectionHit::heading, SectionHit::line, SectionHit::standard)
                .containsExactly(
                        tuple(OVERVIEW, "一、总体情况", 6, true),
                        tuple(ACTIVE_DISCLOSURE, "二、主动公开政府信息情况", 26, true),
                        tuple(APPLICATIONS, "三、收到和处理政府信息公开申请情况", 88, true),
                        tuple(REVIEW_LITIGATION, "四、政府信息公开行政复议、行政诉讼情况", 310, true),
                        tuple(PROBLEMS, "五、存在的主要问题及下步工作打算", 348, false),
                        tuple(OTHER_MATTERS, "六、其他需要报告的事项", 351, true));
        // "(一)主动公开政府信息情况" (line 8) is a sub-heading of 总体情况
        assertThat(layout.bodies().get(OVERVIEW)).isEqualTo(new LineRange(7, 26));
        assertThat(layout.bodies().get(PROBLEMS)).isEqualTo(new LineRange(349, 351));
    }

    @Test
    void seed004FindsTheUnnumberedActiveDisclosureHeadingAfterAnUntitledPreamble()
    {
        ReportText text = Seeds.text(Seeds.S004);
        SectionLayout layout = parser.parse(text);

        assertThat(layout.hits()).extracting(SectionHit::section, SectionHit::heading, SectionHit::line, SectionHit::standard)
                .containsExactly(
                        tuple(OVERVIEW, "一、总体情况", 7, true),
                        tuple(ACTIVE_DISCLOSURE, "主动公开政府信息情况", 16, false),
                        tuple(APPLICATIONS, "三、收到和处理政府信息公开申请情况", 63, true),
                        tuple(REVIEW_LITIGATION, "四、政府信息公开行政复议、行政诉讼情况", 358, true),
                        tuple(PROBLEMS, "五、存在的主要问题及改进情况", 415, true),
                        tuple(OTHER_MATTERS, "六、其他需要报告的事项", 419, true));
        assertThat(layout.bodies().get(OVERVIEW)).isEqualTo(new LineRange(8, 16));
        assertThat(layout.bodies().get(ACTIVE_DISCLOSURE)).isEqualTo(new LineRange(17, 63));
        assertThat(text.text(420, 422)).contains("未收取政府信息公开信息处理费");
    }

    @Test
    void everySeedHasAllSixSectionsInTemplateOrder()
    {
        for (String seed : new String[] {Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004})
        {
            SectionLayout layout = parser.parse(Seeds.text(seed));
            assertThat(layout.bodies().keySet()).as(seed).containsExactlyInAnyOrder(Section.values());
            int previousEnd = 0;
            for (Section s : Section.values())
            {
                LineRange r = layout.bodies().get(s);
                assertThat(r.from()).as(seed + " " + s).isGreaterThan(previousEnd);
                assertThat(r.to()).as(seed + " " + s).isGreaterThanOrEqualTo(r.from());
                previousEnd = r.to() - 1;
            }
        }
    }
}
