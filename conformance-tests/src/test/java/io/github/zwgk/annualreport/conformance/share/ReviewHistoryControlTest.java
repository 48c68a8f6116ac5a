package io.github.zwgk.annualreport.conformance.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;

/**
 * The form control of ar:reviewHistory rendered by FreeMarker as Share's form UI renders a control: the value as
 * Share's form service hands it over (the lines of the multi-valued property joined with commas, repository
 * PropertyFieldProcessor) becomes a dated list, newest first, even where an entry holds commas of its own.
 */
class ReviewHistoryControlTest
{
    private static final String TEMPLATE = "io/github/zwgk/annualreport/components/form/controls/review-history.ftl";

    private static Document render(String value) throws IOException, TemplateException
    {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_30);
        freemarker.setDirectoryForTemplateLoading(ShareModuleFiles.SHARE_RESOURCES.resolve("alfresco/web-extension/site-webscripts").toFile());
        freemarker.setDefaultEncoding("UTF-8");
        // Share's msg(): the only key the control asks for
        TemplateMethodModelEx msg = args -> "form.control.novalue".equals(String.valueOf(args.get(0))) ? "(无)" : "?" + args.get(0);
        StringWriter out = new StringWriter();
        freemarker.getTemplate(TEMPLATE).process(Map.of("field", Map.of("label", "审核记录", "value", value),
                "form", Map.of("mode", "view"), "msg", msg), out);
        return Jsoup.parseBodyFragment(out.toString());
    }

    @Test
    void theStepsAreADatedListNewestFirstWithTheirOwnCommasKept() throws Exception
    {
        // three steps as ReviewStateRecorder writes them ("yyyy-MM-dd HH:mm event"), joined as the form service joins them
        String value = String.join(",", List.of(
                "2026-01-20 10:00 已报送（自动校验：合格（有警告））",
                "2026-01-21 09:30 zwgk.reviewer 审核退回：表三不平衡，请核对“自然人”列, 然后重新上传",
                "2026-01-22 08:05 送审核（自动校验：合格）"));
        Document html = render(value);
        assertThat(html.select("li.annual-report-history-entry")).hasSize(3);
        assertThat(html.select(".annual-report-history-date").eachText())
                .containsExactly("2026-01-22 08:05", "2026-01-21 09:30", "2026-01-20 10:00");
        assertThat(html.select("li.annual-report-history-entry").get(1).text())
                .isEqualTo("2026-01-21 09:30 zwgk.reviewer 审核退回：表三不平衡，请核对“自然人”列, 然后重新上传");
        assertThat(html.select(".viewmode-label").text()).isEqualTo("审核记录:");
    }

    @Test
    void anEmptyHistoryShowsNoValueAndMarkupInAStepStaysText() throws Exception
    {
        assertThat(render("").select(".viewmode-value").text()).isEqualTo("(无)");
        Document html = render("2026-01-20 10:00 <script>alert(1)</script>\"><img src=x onerror=alert(2)>");
        assertThat(html.select("script, img")).isEmpty();
        assertThat(html.select("li").text()).isEqualTo("2026-01-20 10:00 <script>alert(1)</script>\"><img src=x onerror=alert(2)>");
        // a line not in the recorder's format is shown as it is
        assertThat(render("imported by hand").select("li").text()).isEqualTo("imported by hand");
    }
}
