package io.github.zwgk.annualreport.engine.rules;

import static io.github.zwgk.annualreport.engine.rules.ArithmeticRulesTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/** SECTION_MISSING, HEADING_VARIANT, TITLE_MISSING, YEAR_MISSING, FORMAT_MISMATCH, FEE_STATEMENT_MISSING. */
class StructureRulesTest
{
    @Test
    void sectionMissingRuleFlagsEachAbsentSection()
    {
        assertThat(run(new SectionMissingRule(), ReportFixture.seed002())).isEmpty();
        List<Finding> findings = run(new SectionMissingRule(), ReportFixture.seed002().withoutSection(Section.PROBLEMS));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().section()).isEqualTo(Section.PROBLEMS);
            assertThat(f.message()).isEqualTo("缺少章节“五、存在的主要问题及改进情况”");
        });
    }

    @Test
    void headingVariantRuleShowsTheHeadingAsWrittenAndTheTemplates()
    {
        // seed 004 writes "主动公开政府信息情况" without its number
        List<Finding> findings = run(new HeadingVariantRule(), ReportFixture.seed004());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().section()).isEqualTo(Section.ACTIVE_DISCLOSURE);
            assertThat(f.location().line()).isNotNull();
            assertThat(f.message()).contains("“主动公开政府信息情况”与模板不一致", "模板为“二、主动公开政府信息情况”");
        });
    }

    @Test
    void headingVariantRuleFlagsARepeatedHeadingOnce()
    {
        // seed 002 repeats "一、总体情况"
        List<Finding> findings = run(new HeadingVariantRule(), ReportFixture.seed002().duplicateHeading(Section.OVERVIEW));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("“一、总体情况”重复出现"));
    }

    @Test
    void headingVariantRuleFlagsAHeadingOutOfOrder()
    {
        ReportFixture f = ReportFixture.seed002().order(Section.OVERVIEW, Section.ACTIVE_DISCLOSURE, Section.APPLICATIONS,
                Section.REVIEW_LITIGATION, Section.OTHER_MATTERS, Section.PROBLEMS);
        assertThat(run(new HeadingVariantRule(), f)).singleElement().satisfies(x -> {
            assertThat(x.location().section()).isEqualTo(Section.PROBLEMS);
            assertThat(x.message()).contains("顺序与模板不符");
        });
    }

    @Test
    void headingVariantRuleAcceptsTheTemplatesHeadings()
    {
        assertThat(run(new HeadingVariantRule(), ReportFixture.seed002())).isEmpty();
    }

    @Test
    void titleMissingRuleFlagsAReportWithoutTitle()
    {
        assertThat(run(new TitleMissingRule(), ReportFixture.seed002())).isEmpty();
        assertThat(run(new TitleMissingRule(), ReportFixture.seed002().title(null))).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo(RuleCode.TITLE_MISSING));
    }

    @Test
    void yearMissingRuleFlagsAnUnknownReportYear()
    {
        assertThat(run(new YearMissingRule(), ReportFixture.seed004())).isEmpty();
        assertThat(run(new YearMissingRule(), ReportFixture.seed004().year(null))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void formatMismatchRuleMakesOldTablesInANewReportAnError()
    {
        List<Finding> findings = run(new FormatMismatchRule(), ReportFixture.seed002().year(2022));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("2022年度报告应使用国办公开办函〔2021〕30号格式（2021版），统计表为2019版格式");
        });
    }

    @Test
    void formatMismatchRuleMakesNewTablesInAnOldReportAWarning()
    {
        assertThat(run(new FormatMismatchRule(), ReportFixture.seed004().year(2020))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void formatMismatchRuleAcceptsTheFormatOfTheYearAndSkipsAnUnknownYear()
    {
        assertThat(run(new FormatMismatchRule(), ReportFixture.seed002())).isEmpty();
        assertThat(run(new FormatMismatchRule(), ReportFixture.seed004())).isEmpty();
        assertThat(run(new FormatMismatchRule(), ReportFixture.seed002().year(null))).isEmpty();
    }

    @Test
    void feeStatementRuleAcceptsEveryPhrasingSeenInRealReports()
    {
        for (String six : List.of("无收取信息处理费情况。", "本年度收取信息处理费共计380元。", "未发生收费情况。",
                "本机关未收取政府信息公开信息处理费。", "未发生政府信息公开收费事项。", "全年收取政府信息公开信息处理费 0 元。",
                // seed 004: inside other matters
                "2023年，我县收到依申请公开事项34件均在规定时间内办结，未发生行政复议或行政诉讼情况，未收取政府信息公开信息处理费。"))
        {
            assertThat(run(new FeeStatementRule(), ReportFixture.seed004().body(Section.OTHER_MATTERS, six))).as(six).isEmpty();
        }
    }

    @Test
    void feeStatementRuleFlagsASection6ThatSaysOnlyNone()
    {
        for (String six : List.of("无", "无其他需要报告的事项。"))
        {
            assertThat(run(new FeeStatementRule(), ReportFixture.seed004().body(Section.OTHER_MATTERS, six))).as(six)
                    .singleElement().satisfies(f -> {
                        assertThat(f.code()).isEqualTo(RuleCode.FEE_STATEMENT_MISSING);
                        assertThat(f.location().section()).isEqualTo(Section.OTHER_MATTERS);
                    });
        }
    }

    @Test
    void feeStatementRuleDoesNotApplyToThe2019FormatOrAMissingSection6()
    {
        // seed 002 (2019 format) says only "无" in 六
        assertThat(run(new FeeStatementRule(), ReportFixture.seed002())).isEmpty();
        assertThat(run(new FeeStatementRule(), ReportFixture.seed004().withoutSection(Section.OTHER_MATTERS))).isEmpty();
    }

    @Test
    void feeStatementRuleUsesTheYearsFormatWhenTheTablesDoNotTellIt()
    {
        ReportFixture f = ReportFixture.seed004().tablesFormat(null).body(Section.OTHER_MATTERS, "无");
        assertThat(f.context().format()).isEqualTo(TemplateFormat.FORMAT_2021);
        assertThat(run(new FeeStatementRule(), f)).hasSize(1);
    }
}
