package io.github.zwgk.annualreport.conformance.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Share module's configuration names only what the content model defines, uses labels that exist in English
 * and Chinese, evaluators that exist, and icons that the module ships.
 */
class ShareConfigConformanceTest
{
    @Test
    void everyXmlFileOfTheShareModuleIsWellFormed() throws IOException
    {
        List<Path> files = ShareModuleFiles.shareXmlFiles();
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("share-config-custom.xml",
                "annual-report-share-slingshot-application-context.xml", "annual-report-share-extension.xml",
                "validation-findings.get.desc.xml");
        for (Path file : files)
        {
            assertThatCode(() -> Xml.parse(file)).as(file.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void theContentModelParsesAndDefinesTheReportTypeWithItsAspects()
    {
        ContentModels models = ShareModuleFiles.models();
        assertThat(models.type("ar:annualReport")).isPresent();
        assertThat(models.propertiesOf("ar:annualReport", new HashSet<>()))
                .containsKeys("ar:reportYear", "ar:agencyName", "ar:validationStatus", "ar:applicationsNew");
    }

    @Test
    void shareConfigurationIsConsistentWithModelsBundlesEvaluatorsAndIcons()
    {
        assertThat(ShareModuleFiles.checker().check()).isEmpty();
    }

    @Test
    void everyValidationStatusHasExactlyOneIndicatorWithItsOwnEvaluator()
    {
        ShareConfigChecker checker = ShareModuleFiles.checker();
        List<String> statuses = ShareModuleFiles.models().property("ar:validationStatus").orElseThrow().allowedValues();
        Document config = Xml.parse(ShareModuleFiles.SHARE_CONFIG);
        Map<String, String> indicatorByStatus = new TreeMap<>();
        for (Element indicator : Xml.descendants(config.getDocumentElement(), "indicator"))
        {
            for (Element evaluator : Xml.children(indicator, "evaluator"))
            {
                checker.comparedValue(evaluator.getTextContent().trim(), "ar:validationStatus").ifPresent(status -> {
                    assertThat(indicatorByStatus.put(status, indicator.getAttribute("id")))
                            .as("second indicator for " + status).isNull();
                });
            }
        }
        assertThat(indicatorByStatus.keySet()).containsExactlyInAnyOrderElementsOf(statuses);
        assertThat(statuses).contains("VALID", "VALID_WITH_WARNINGS", "INVALID", "PENDING", "UNREADABLE", "NOT_A_REPORT");
    }

    @Test
    void theReportFormHasTheFourNamedSetsWithEngineWrittenFieldsReadOnly()
    {
        Document config = Xml.parse(ShareModuleFiles.SHARE_CONFIG);
        Element form = Xml.children(config.getDocumentElement(), "config").stream()
                .filter(c -> "node-type".equals(c.getAttribute("evaluator")) && "ar:annualReport".equals(c.getAttribute("condition")))
                .flatMap(c -> Xml.descendants(c, "form").stream()).filter(f -> !f.hasAttribute("id")).findFirst().orElseThrow();
        List<String> setLabels = Xml.descendants(form, "set").stream().map(s -> s.getAttribute("label-id"))
                .filter(s -> !s.isEmpty()).toList();
        assertThat(setLabels).containsExactly("annual-report.form.set.basic", "annual-report.form.set.figures",
                "annual-report.form.set.validation", "annual-report.form.set.review");
        Bundles share = ShareModuleFiles.shareBundles();
        assertThat(setLabels).extracting(k -> share.zhCN().getProperty(k)).containsExactly("基本信息", "统计数据", "校验结果", "审核状态");
        ContentModels models = ShareModuleFiles.models();
        for (Element field : Xml.descendants(form, "field"))
        {
            String id = field.getAttribute("id");
            boolean engineOrWorkflowWritten = models.aspect("ar:validation").orElseThrow().properties().containsKey(id)
                    || models.aspect("ar:review").orElseThrow().properties().containsKey(id)
                    || models.aspect("ar:reportFigures").orElseThrow().properties().containsKey(id);
            if (engineOrWorkflowWritten)
            {
                assertThat(field.getAttribute("read-only")).as(id + " read-only").isEqualTo("true");
            }
        }
    }

    @Test
    void theRevalidateActionCallsTheRepositoryActionOnAnnualReportsOnly()
    {
        Document config = Xml.parse(ShareModuleFiles.SHARE_CONFIG);
        Element action = revalidateAction(config);
        Map<String, String> params = new TreeMap<>();
        Xml.children(action, "param").forEach(p -> params.put(p.getAttribute("name"), p.getTextContent().trim()));
        assertThat(params).containsEntry("function", "onActionSimpleRepoAction")
                .containsEntry("action", "annual-report-platform.revalidate");
        assertThat(Xml.children(action, "evaluator")).extracting(e -> e.getTextContent().trim())
                .contains("annual-report-share.evaluator.isAnnualReport");
        assertThat(ShareModuleFiles.shareBundles().zhCN().getProperty(action.getAttribute("label"))).isEqualTo("重新校验");
        List<String> groups = Xml.descendants(config.getDocumentElement(), "actionGroup").stream()
                .filter(g -> Xml.children(g, "action").stream().anyMatch(a -> "annual-report-revalidate".equals(a.getAttribute("id"))))
                .map(g -> g.getAttribute("id")).toList();
        assertThat(groups).containsExactlyInAnyOrder("document-browse", "document-details");
    }

    private static Element revalidateAction(Document config)
    {
        return Xml.descendants(config.getDocumentElement(), "action").stream()
                .filter(a -> "annual-report-revalidate".equals(a.getAttribute("id")) && a.hasAttribute("type"))
                .findFirst().orElseThrow();
    }

    /**
     * docs/REPOSITORY.md: writers of the report, reviewers and administrators may re-validate. Share offers the action
     * to users with Write on the report or in the reviewers' group, who only read agency folders (Consumer): an
     * evaluator chain, as a <permissions> element could only ask for Write.
     */
    @Test
    void theRevalidateActionIsOfferedToWritersAndToReviewers() throws IOException
    {
        Element action = revalidateAction(Xml.parse(ShareModuleFiles.SHARE_CONFIG));
        assertThat(Xml.children(action, "permissions")).isEmpty();
        assertThat(Xml.children(action, "evaluator")).extracting(e -> e.getTextContent().trim())
                .contains("annual-report-share.evaluator.mayRevalidate");
        Document context = Xml.parse(ShareModuleFiles.SPRING_CONTEXT);
        Element may = bean(context, "annual-report-share.evaluator.mayRevalidate");
        assertThat(may.getAttribute("parent")).isEqualTo("evaluator.doclib.action.chainedMatchOne");
        assertThat(Xml.descendants(may, "ref")).extracting(r -> r.getAttribute("bean"))
                .containsExactly("annual-report-share.evaluator.hasWritePermission", "annual-report-share.evaluator.isReviewer");
        Element write = bean(context, "annual-report-share.evaluator.hasWritePermission");
        assertThat(write.getAttribute("parent")).isEqualTo("evaluator.doclib.action.value");
        assertThat(Xml.descendants(write, "property")).extracting(p -> p.getAttribute("value")).contains("node.permissions.user.Write", "true");
        Element reviewer = bean(context, "annual-report-share.evaluator.isReviewer");
        assertThat(reviewer.getAttribute("parent")).isEqualTo("evaluator.doclib.action.groupMembership");
        List<String> reviewerGroups = Xml.descendants(reviewer, "value").stream().map(v -> v.getTextContent().trim()).toList();
        assertThat(reviewerGroups).containsExactly("GROUP_ANNUAL_REPORT_REVIEWERS");
        // the group the platform module creates and gives Consumer on agency folders
        Path model = ShareModuleFiles.ROOT.resolve("platform-module/src/main/java/io/github/zwgk/annualreport/repo/model/AnnualReportModel.java");
        if (Files.isRegularFile(model))
        {
            assertThat(Files.readString(model, StandardCharsets.UTF_8))
                    .contains("GROUP_REVIEWERS = \"" + reviewerGroups.getFirst() + "\"");
        }
    }

    private static Element bean(Document context, String id)
    {
        return Xml.descendants(context.getDocumentElement(), "bean").stream().filter(b -> id.equals(b.getAttribute("id")))
                .findFirst().orElseThrow(() -> new AssertionError("no bean " + id));
    }

    /** Share 26.1's advsearch.get.js reads every <forms> element: the module adds its form, replaces nothing. */
    @Test
    void theAdvancedSearchAddsTheReportFormWithoutReplacingShareOrOtherModules()
    {
        Element config = Xml.children(Xml.parse(ShareModuleFiles.SHARE_CONFIG).getDocumentElement(), "config").stream()
                .filter(c -> "AdvancedSearch".equals(c.getAttribute("condition"))).findFirst().orElseThrow();
        assertThat(config.hasAttribute("replace")).isFalse();
        assertThat(Xml.descendants(config, "form")).extracting(f -> f.getTextContent().trim()).containsExactly("ar:annualReport");
    }

    @Test
    void everyShareBundleKeyExistsInBothLanguagesAndChineseIsEscaped() throws IOException
    {
        Bundles share = ShareModuleFiles.shareBundles();
        assertThat(share.en().stringPropertyNames()).containsExactlyInAnyOrderElementsOf(share.zhCN().stringPropertyNames());
        for (String name : List.of("annual-report-share.properties", "annual-report-share_en.properties", "annual-report-share_zh_CN.properties"))
        {
            String text = Files.readString(ShareModuleFiles.SHARE_MESSAGES.resolve(name),
                    StandardCharsets.ISO_8859_1);
            assertThat(text.chars().allMatch(c -> c < 128)).as(name + " is ASCII with \\u escapes").isTrue();
        }
    }

    /**
     * ResourceBundle falls back to the JVM's default locale before the default bundle: on a Share whose JVM runs in
     * Chinese, an English browser would get the _zh_CN labels. The _en copy holds exactly the default bundle.
     */
    @Test
    void theEnglishCopyOfTheShareBundleIsTheDefaultBundle()
    {
        Bundles en = Bundles.load(ShareModuleFiles.SHARE_MESSAGES, "annual-report-share");
        Properties copy = new Properties();
        try (var reader = Files.newBufferedReader(ShareModuleFiles.SHARE_MESSAGES.resolve("annual-report-share_en.properties"),
                StandardCharsets.ISO_8859_1))
        {
            copy.load(reader);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        assertThat(copy).isEqualTo(en.en());
    }
}
