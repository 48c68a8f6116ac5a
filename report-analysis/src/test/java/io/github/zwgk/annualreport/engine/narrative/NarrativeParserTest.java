package io.github.zwgk.annualreport.engine.narrative;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.zwgk.annualreport.engine.fixtures.Growth;
import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.sections.SectionParser;
import io.github.zwgk.annualreport.engine.sections.Seeds;
import io.github.zwgk.annualreport.engine.text.ReportText;

/** Figures stated in words in 一、总体情况, read from the real reports and from the phrasings agencies use. */
class NarrativeParserTest
{
    private final NarrativeParser parser = new NarrativeParser();

    private NarrativeFigures overviewOf(String seed)
    {
        ReportText text = Seeds.text(seed);
        SectionLayout layout = new SectionParser().parse(text);
        SectionLayout.LineRange r = layout.bodies().get(Section.OVERVIEW);
        return parser.parse(text.text(r.from(), r.to()));
    }

    @Test
    void seed000StatesThirteenOfflineApplications()
    {
        assertThat(overviewOf(Seeds.S000)).isEqualTo(new NarrativeFigures(13, null, null, null, null, null));
    }

    @Test
    void seed001StatesNoApplicationsNoReviewsAndNoLawsuits()
    {
        assertThat(overviewOf(Seeds.S001)).isEqualTo(new NarrativeFigures(0, null, null, null, 0, 0));
    }

    @Test
    void seed002StatesNoFigure()
    {
        assertThat(overviewOf(Seeds.S002)).isEqualTo(NarrativeFigures.none());
    }

    @Test
    void seed003StatesApplicationsCarryOverReviewsAndNoLawsuit()
    {
        // "其中予以公开5件、部分公开4件…": the breakdown gives the outcome 予以公开, nothing else
        assertThat(overviewOf(Seeds.S003)).isEqualTo(new NarrativeFigures(20, 0, null, null, 3, 0, 5, null));
    }

    @Test
    void seed004StatesThirtyFourApplicationsAndNoReviewOrLawsuit()
    {
        assertThat(overviewOf(Seeds.S004)).isEqualTo(new NarrativeFigures(34, null, null, null, 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // text; received; carried over; handled; carried forward; reviews; lawsuits
            "2021年共收到政府信息公开申请15条。;15;-;-;-;-;-",
            "全年共受理依申请公开申请8件,上年结转2件,办结9件,结转下年度办理1件。;8;2;9;1;-;-",
            "本年度新收政府信息公开申请12件(自然人10件)。;12;-;-;-;-;-",
            "无上年结转申请。全年未收到政府信息公开申请。;0;0;-;-;-;-",
            "2022年度未收到政府信息公开申请,未发生行政复议、行政诉讼案件。;0;-;-;-;0;0",
            "发生政府信息公开行政复议2件、行政诉讼1件。;-;-;-;-;2;1",
            "行政复议和行政诉讼均为0件。;-;-;-;-;0;0",
            "因政府信息公开被申请行政复议和提起行政诉讼共3件。;-;-;-;-;-;-",
            "受理政府信息公开申请20件,其中当面申请5件。;20;-;-;-;-;-",
            "收到申请10件。经核实,实际收到申请12件。;-;-;-;-;-;-",
            "接到群众来电查询信息430余次。;-;-;-;-;-;-",
            "收到政府信息公开申请约30余件。;-;-;-;-;-;-",
            "在收到申请后一个工作日内答复。;-;-;-;-;-;-",
            "及时答复群众来电30件。;-;-;-;-;-;-",
            "受理申请30人次。;-;-;-;-;-;-",
            "公开政务信息70万余条,政务新媒体19个。;-;-;-;-;-;-",
    })
    void readsOnlyFiguresStatedUnambiguously(String text, Integer received, Integer carriedOver, Integer handled,
            Integer carriedForward, Integer reviews, Integer lawsuits)
    {
        assertThat(parser.parse(text))
                .isEqualTo(new NarrativeFigures(received, carriedOver, handled, carriedForward, reviews, lawsuits));
    }

    @Test
    void emptyNullAndGarbageTextStateNothing()
    {
        assertThat(parser.parse(null)).isEqualTo(NarrativeFigures.none());
        assertThat(parser.parse("")).isEqualTo(NarrativeFigures.none());
        assertThat(parser.parse("\u0000\t|||9999999999999999999件申请收到")).isEqualTo(NarrativeFigures.none());
        assertThat(parser.parse("收到申请".repeat(200_000) + "99999999999件")).isEqualTo(NarrativeFigures.none());
    }

    /** 5 000 and 50 000 lines of overview: ten times the text may cost at most fifteen times the CPU time. */
    @Test
    void aLongOverviewIsReadInLinearTime()
    {
        String small = "2022年,我局收到政府信息公开申请5件,全部按时办结。\n".repeat(5_000);
        String big = "2022年,我局收到政府信息公开申请5件,全部按时办结。\n".repeat(50_000);
        NarrativeFigures[] figures = new NarrativeFigures[1];

        Growth.assertLinear("NarrativeParser", 10, () -> parser.parse(small), () -> figures[0] = parser.parse(big));

        assertThat(figures[0].applicationsReceived()).isEqualTo(5);
    }
}
