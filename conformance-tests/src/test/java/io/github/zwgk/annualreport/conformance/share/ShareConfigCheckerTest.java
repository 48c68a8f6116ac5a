package io.github.zwgk.annualreport.conformance.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker finds each kind of mistake it is there for, when it is planted into a copy of the real configuration.
 */
class ShareConfigCheckerTest
{
    private static String config() throws IOException
    {
        return Files.readString(ShareModuleFiles.SHARE_CONFIG, StandardCharsets.UTF_8);
    }

    private static String context() throws IOException
    {
        return Files.readString(ShareModuleFiles.SPRING_CONTEXT, StandardCharsets.UTF_8);
    }

    private static List<String> check(String config, String context)
    {
        return check(config, context, ShareModuleFiles.SHARE_RESOURCES);
    }

    private static List<String> check(String config, String context, Path resources)
    {
        return new ShareConfigChecker(Xml.parse(config), Xml.parse(context), ShareModuleFiles.models(),
                ShareModuleFiles.workflowModelPresent(), ShareModuleFiles.shareBundles(), ShareModuleFiles.modelBundles(),
                resources).check();
    }

    private static String replaceOnce(String text, String from, String to)
    {
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void aConfigThatIsNotWellFormedIsRejected() throws IOException
    {
        String broken = replaceOnce(config(), "</alfresco-config>", "</alfresco-config");
        assertThatThrownBy(() -> Xml.parse(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not well-formed");
    }

    @Test
    void aFormFieldNamingAnUndefinedPropertyIsReported() throws IOException
    {
        String config = replaceOnce(config(), "<show id=\"ar:reportTitle\"/>", "<show id=\"ar:reportTitel\"/>");
        assertThat(check(config, context())).anyMatch(v -> v.contains("shows ar:reportTitel, which no model defines"));
    }

    @Test
    void aSearchFormFieldOfAnOptionalAspectWithoutForceIsReported() throws IOException
    {
        String config = replaceOnce(config(), "<show id=\"ar:reviewState\" force=\"true\"/>", "<show id=\"ar:reviewState\"/>");
        assertThat(check(config, context())).anyMatch(v -> v.startsWith("model-type ar:annualReport form \"search\": shows ar:reviewState"));
    }

    @Test
    void aFormForAnUndefinedTypeIsReported() throws IOException
    {
        String config = replaceOnce(config(), "condition=\"ar:annualReport\">\n        <forms>\n            <form>",
                "condition=\"ar:annualReprt\">\n        <forms>\n            <form>");
        assertThat(check(config, context())).anyMatch(v -> v.contains("no model defines the type ar:annualReprt"));
    }

    @Test
    void aSetLabelMissingFromTheBundlesIsReported() throws IOException
    {
        String config = replaceOnce(config(), "label-id=\"annual-report.form.set.figures\"", "label-id=\"annual-report.form.set.numbers\"");
        assertThat(check(config, context())).anyMatch(v -> v.contains("label annual-report.form.set.numbers is missing"));
    }

    @Test
    void anIndicatorWhoseEvaluatorBeanIsNotDefinedIsReported() throws IOException
    {
        String context = replaceOnce(context(), "id=\"annual-report-share.evaluator.status.invalid\"",
                "id=\"annual-report-share.evaluator.status.broken\"");
        assertThat(check(config(), context)).anyMatch(v -> v.contains("indicator annual-report-invalid")
                && v.contains("annual-report-share.evaluator.status.invalid is not defined"));
    }

    @Test
    void anEvaluatorComparingWithAValueOutsideTheListConstraintIsReported() throws IOException
    {
        String context = replaceOnce(context(), "<property name=\"value\" value=\"INVALID\"/>",
                "<property name=\"value\" value=\"FAILED\"/>");
        assertThat(check(config(), context)).anyMatch(v -> v.contains("compares ar:validationStatus with \"FAILED\""));
    }

    @Test
    void anEvaluatorReadingAnUndefinedPropertyIsReported() throws IOException
    {
        String context = replaceOnce(context(), "node.properties.ar:validationStatus", "node.properties.ar:status");
        assertThat(check(config(), context)).anyMatch(v -> v.contains("no model defines the property ar:status"));
    }

    @Test
    void anIndicatorIconThatTheJarDoesNotShipIsReported(@TempDir Path empty) throws IOException
    {
        Files.createDirectories(empty.resolve("alfresco/web-extension/messages"));
        Files.writeString(empty.resolve("alfresco/web-extension/messages/annual-report-share.properties"), "");
        assertThat(check(config(), context(), empty))
                .anyMatch(v -> v.contains("icon META-INF/components/documentlibrary/indicators/annual-report-valid-16.png does not exist"))
                .anyMatch(v -> v.contains("icon META-INF/components/documentlibrary/actions/annual-report-revalidate-16.png does not exist"));
    }

    @Test
    void aSelectOneWhoseOptionsDifferFromTheListConstraintIsReported() throws IOException
    {
        String config = replaceOnce(config(), ",PROVINCE|{annual-report.agencyLevel.PROVINCE}", "");
        assertThat(check(config, context())).anyMatch(v -> v.contains("selectone options [TOWNSHIP, COUNTY, PREFECTURE]"));
    }

    @Test
    void aMetadataTemplateLineNamingAnUndefinedPropertyIsReported() throws IOException
    {
        String config = replaceOnce(config(), "{ar_agencyName annual-report.metadata.agencyName}", "{ar_agency annual-report.metadata.agencyName}");
        assertThat(check(config, context())).anyMatch(v -> v.contains("{ar_agency} is neither a Share renderer nor a model property"));
    }

    @Test
    void aFieldConfiguredButNeverShownIsReported() throws IOException
    {
        String config = replaceOnce(config(), "<show id=\"ar:engineVersion\"/>", "");
        assertThat(check(config, context())).anyMatch(v -> v.contains("field ar:engineVersion: configured in <appearance> but not shown"));
    }

    @Test
    void replacingTheAdvancedSearchConfigOrListingShareOwnFormsAgainIsReported() throws IOException
    {
        String replaced = replaceOnce(config(), "condition=\"AdvancedSearch\">", "condition=\"AdvancedSearch\" replace=\"true\">");
        assertThat(check(replaced, context())).anyMatch(v -> v.contains("AdvancedSearch: replace=\"true\" drops Share's"));
        String twice = replaceOnce(config(), "<form labelId=\"search.form.label.ar_annualReport\"",
                "<form labelId=\"search.form.label.cm_content\" descriptionId=\"search.form.desc.cm_content\">cm:content</form>\n"
                        + "                <form labelId=\"search.form.label.ar_annualReport\"");
        assertThat(check(twice, context())).anyMatch(v -> v.contains("AdvancedSearch form cm:content: Share's own form"));
    }

    @Test
    void aPermissionEvaluatorOnAPermissionTheDoclistDoesNotListOrAForeignGroupIsReported() throws IOException
    {
        String permission = replaceOnce(context(), "value=\"node.permissions.user.Write\"", "value=\"node.permissions.user.Review\"");
        assertThat(check(config(), permission)).anyMatch(v -> v.contains("node.permissions.user has no Review"));
        String group = replaceOnce(context(), "<value>GROUP_ANNUAL_REPORT_REVIEWERS</value>", "<value>GROUP_EVERYONE</value>");
        assertThat(check(config(), group)).anyMatch(v -> v.contains("group GROUP_EVERYONE is not one of"));
        String chain = replaceOnce(context(), "<ref bean=\"annual-report-share.evaluator.isReviewer\"/>",
                "<ref bean=\"annual-report-share.evaluator.isReviewr\"/>");
        assertThat(check(config(), chain)).anyMatch(v -> v.contains("evaluator annual-report-share.evaluator.isReviewr is not defined"));
    }

    @Test
    void aModuleControlTemplateThatTheModuleDoesNotShipIsReported() throws IOException
    {
        String config = replaceOnce(config(), "controls/review-history.ftl", "controls/review-histories.ftl");
        assertThat(check(config, context())).anyMatch(v -> v.contains("review-histories.ftl is not in the module's site-webscripts"));
    }
}
