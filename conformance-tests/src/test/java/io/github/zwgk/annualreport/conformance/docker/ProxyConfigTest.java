package io.github.zwgk.annualreport.conformance.docker;

import static io.github.zwgk.annualreport.conformance.docker.ProxyConfig.blocked;
import static io.github.zwgk.annualreport.conformance.docker.ProxyConfig.directive;
import static io.github.zwgk.annualreport.conformance.docker.ProxyConfig.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.conformance.docker.DockerStack.Instruction;
import io.github.zwgk.annualreport.conformance.docker.ProxyProbes.Probe;

/**
 * The proxy's nginx configuration read as text, without nginx: its blocking rules against every probe of
 * {@link ProxyProbes} (as nginx has normalised them), the routes, the headers, the limits against the module's own,
 * the image that installs it. ProxyNginxTest runs the same configuration in a real nginx.
 */
class ProxyConfigTest
{
    @Test
    void theBlockingRulesRefuseEverySpellingOfTheSolrApiAndTheMetrics()
    {
        List<Pattern> rules = ProxyConfig.blockRules();
        assertThat(rules).hasSize(4);
        for (Probe probe : ProxyProbes.REFUSED)
        {
            assertThat(blocked(rules, probe.normalized())).as("%s (%s) is refused", probe.normalized(), probe.why()).isTrue();
        }
    }

    @Test
    void theBlockingRulesLetEverythingElseThrough()
    {
        List<Pattern> rules = ProxyConfig.blockRules();
        for (Probe probe : ProxyProbes.PASSED)
        {
            assertThat(blocked(rules, probe.normalized())).as("%s (%s) passes", probe.normalized(), probe.why()).isFalse();
        }
        assertThat(blocked(rules, "/alfresco/s/api/solrstats/site/x")).isFalse();
        assertThat(blocked(rules, "/alfresco/s/api/people/solr")).as("solr not right after api").isFalse();
        assertThat(blocked(rules, "/alfresco/api/-default-/public/search/versions/1/search")).isFalse();
    }

    @Test
    void everyRequestIsCheckedBeforeItIsRoutedAndOnlyTheRepositoryAndShareAreRouted()
    {
        String routes = read("routes.conf");
        String beforeAnyLocation = routes.substring(0, routes.indexOf("location"));
        assertThat(beforeAnyLocation.replaceAll("(?m)^\\s*#.*$", "")).containsPattern("if \\(\\$ar_blocked\\)\\s*\\{\\s*return 403;\\s*}");
        Matcher pass = Pattern.compile("location\\s+(\\S+)\\s*\\{\\s*proxy_pass\\s+([^;]+);\\s*}").matcher(routes);
        List<String> passed = new ArrayList<>();
        while (pass.find())
        {
            passed.add(pass.group(1) + " -> " + pass.group(2));
        }
        assertThat(passed).containsExactly("/alfresco/ -> http://$ar_repository", "/share/ -> http://$ar_share");
        assertThat(routes.split("proxy_pass", -1)).as("no other proxy_pass").hasSize(3);
        assertThat(routes).containsPattern("location\\s+/\\s*\\{\\s*return 404;\\s*}");
        for (String server : List.of("server-http.conf", "server-https.conf"))
        {
            assertThat(read(server)).as(server).contains("include annual-report/routes.conf;");
        }
    }

    @Test
    void theBackendsAreTheComposeServicesOnTheirContainerPort()
    {
        String backends = read("backends.conf");
        assertThat(backends).containsPattern("map \\$host \\$ar_repository\\s*\\{\\s*default alfresco:8080;")
                .containsPattern("map \\$host \\$ar_share\\s*\\{\\s*default share:8080;");
        assertThat(DockerStack.services()).containsKeys("alfresco", "share");
        assertThat(String.valueOf(DockerStack.service("alfresco").get("healthcheck"))).contains("http://localhost:8080/alfresco/");
        assertThat(String.valueOf(DockerStack.service("share").get("healthcheck"))).contains("http://localhost:8080/share/");
        // names are looked up again (a re-created container gets a new address): Docker's DNS, a short validity
        assertThat(directive("http.conf", "resolver")).startsWith("127.0.0.11 valid=");
    }

    @Test
    void clientsCannotSendTheSolrSecretOrAnExternalUserToTheBackends() throws IOException
    {
        String http = read("http.conf");
        assertThat(http).contains("proxy_set_header X-Alfresco-Search-Secret \"\";")
                .contains("proxy_set_header X-Alfresco-Remote-User \"\";")
                .contains("proxy_set_header X-Forwarded-For $remote_addr;")
                .contains("proxy_set_header X-Forwarded-Proto $scheme;");
        // nginx inherits proxy_set_header only into levels that set none themselves
        try (var files = Files.list(ProxyConfig.DIR))
        {
            for (var file : files.filter(f -> f.toString().endsWith(".conf") && !f.endsWith("http.conf")).toList())
            {
                assertThat(DockerStack.read(file)).as(file.getFileName().toString()).doesNotContain("proxy_set_header");
            }
        }
    }

    @Test
    void uploadsUpToTheModulesLimitGetThroughAndTimeoutsOutlastAnAnalysis() throws IOException
    {
        Properties module = new Properties();
        try (Reader in = Files.newBufferedReader(AlfrescoPropertiesTest.MODULE_DEFAULTS, StandardCharsets.ISO_8859_1))
        {
            module.load(in);
        }
        long maxBytes = Long.parseLong(module.getProperty("annual-report.limits.maxBytes"));
        long budget = Long.parseLong(module.getProperty("annual-report.limits.timeBudgetSeconds"));
        // the module, not the proxy, tells the agency that a file is too big: room for the file and its multipart envelope
        assertThat(ProxyConfig.size(directive("http.conf", "client_max_body_size"))).isGreaterThanOrEqualTo(maxBytes + (1 << 20));
        assertThat(ProxyConfig.seconds(directive("http.conf", "proxy_read_timeout"))).isGreaterThanOrEqualTo(3 * budget);
        assertThat(ProxyConfig.seconds(directive("http.conf", "proxy_send_timeout"))).isGreaterThanOrEqualTo(60);
        assertThat(directive("http.conf", "proxy_request_buffering")).isEqualTo("off");
        assertThat(directive("http.conf", "server_tokens")).isEqualTo("off");
    }

    @Test
    void tlsUsesCurrentProtocolsTheMountedCertificateAndRedirectsPlainHttp()
    {
        String https = read("server-https.conf");
        assertThat(directive("server-https.conf", "ssl_protocols")).isEqualTo("TLSv1.2 TLSv1.3");
        assertThat(directive("server-https.conf", "ssl_certificate")).isEqualTo("certs/tls.crt");
        assertThat(directive("server-https.conf", "ssl_certificate_key")).isEqualTo("certs/tls.key");
        assertThat(https).contains("listen 8443 ssl;").contains("return 301 @PUBLIC_URL@$request_uri;")
                .contains("proxy_cookie_flags ~ secure samesite=lax;").contains("proxy_redirect http:// https://;");
        assertThat(read(ProxyConfig.ENTRY_SCRIPT)).contains("s|@PUBLIC_URL@|$url|g");
    }

    @Test
    void theImageInstallsExactlyTheseFilesWhereNginxConfIncludesThem()
    {
        List<Instruction> dockerfile = DockerStack.dockerfile(ProxyConfig.DIR.resolve("Dockerfile"));
        List<String> from = dockerfile.stream().filter(i -> i.keyword().equals("FROM")).map(Instruction::arguments).toList();
        assertThat(from).singleElement().asString().matches("nginx:\\d+\\.\\d+\\.\\d+-alpine");
        List<String> copies = dockerfile.stream().filter(i -> i.keyword().equals("COPY")).map(Instruction::arguments).toList();
        assertThat(copies).contains("nginx.conf /etc/nginx/nginx.conf",
                String.join(" ", ProxyConfig.INCLUDED_FILES) + " /etc/nginx/annual-report/",
                "--chmod=0755 " + ProxyConfig.ENTRY_SCRIPT + " /docker-entrypoint.d/" + ProxyConfig.ENTRY_SCRIPT);
        String nginx = read("nginx.conf");
        assertThat(nginx).contains("include annual-report/http.conf;").contains("include annual-report/backends.conf;")
                .contains("include conf.d/annual-report-server.conf;");
        assertThat(read(ProxyConfig.ENTRY_SCRIPT)).contains("out=$dir/conf.d/annual-report-server.conf");
        for (String file : ProxyConfig.INCLUDED_FILES)
        {
            assertThat(ProxyConfig.DIR.resolve(file)).isRegularFile();
        }
        assertThat(Files.isExecutable(ProxyConfig.DIR.resolve(ProxyConfig.ENTRY_SCRIPT))).isTrue();
    }
}
