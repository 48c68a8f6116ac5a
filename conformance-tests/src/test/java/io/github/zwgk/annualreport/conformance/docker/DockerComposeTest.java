package io.github.zwgk.annualreport.conformance.docker;

import static io.github.zwgk.annualreport.conformance.docker.DockerStack.environment;
import static io.github.zwgk.annualreport.conformance.docker.DockerStack.service;
import static io.github.zwgk.annualreport.conformance.docker.DockerStack.services;
import static io.github.zwgk.annualreport.conformance.docker.DockerStack.systemProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Checks docker/docker-compose.yml: pinned images, build contexts, health checks, memory, volumes, transforms. What
 * makes the stack safe to expose (ports, secrets, proxy) is checked by StackExposureTest and the proxy tests.
 */
class DockerComposeTest
{
    /** name:tag with an explicit version; the tag must not be "latest" and must start with a digit. */
    private static final Pattern PINNED = Pattern.compile("^(?<name>[a-z0-9][a-z0-9._/-]*(?::[0-9]+)?/)?[a-z0-9._/-]+:(?<tag>[0-9][A-Za-z0-9._-]*)$");

    @Test
    void composeFileParsesAndDefinesTheWholeAcsCommunityStack()
    {
        assertThat(services()).containsOnlyKeys("proxy", "keystore", "alfresco", "share", "postgres", "solr6", "activemq",
                "transform-core-aio");
    }

    @Test
    void everyImageIsPinnedToAnExplicitVersion()
    {
        services().forEach((name, service) -> {
            Object image = service.get("image");
            assertThat(image).as("service %s has an image name", name).isInstanceOf(String.class);
            Matcher m = PINNED.matcher((String) image);
            assertThat(m.matches()).as("service %s image %s has an explicit version tag", name, image).isTrue();
            assertThat(m.group("tag")).as(name).isNotEqualToIgnoringCase("latest");
        });
    }

    @Test
    void officialImagesAreThoseOfTheAcsCommunity261Stack()
    {
        // Alfresco/acs-deployment docker-compose/community-compose.yaml at d1d2fbe3 (v10.6.0)
        assertThat(service("postgres").get("image")).isEqualTo("postgres:17.9");
        assertThat(service("solr6").get("image")).isEqualTo("docker.io/alfresco/alfresco-search-services:2.0.20");
        assertThat(service("activemq").get("image")).isEqualTo("docker.io/alfresco/alfresco-activemq:6.2.6-jre17-rockylinux8");
        assertThat((String) service("transform-core-aio").get("image")).matches(".*/alfresco/alfresco-transform-core-aio:5\\.4\\.\\d+");
    }

    @Test
    void builtImagesAreTaggedWithTheProjectVersion()
    {
        assertThat((String) service("proxy").get("image")).endsWith(":" + DockerStack.rootVersion());
        for (String name : List.of("alfresco", "share"))
        {
            assertThat((String) service(name).get("image")).as(name).endsWith(":" + DockerStack.rootVersion());
            @SuppressWarnings("unchecked")
            Map<String, Object> build = (Map<String, Object>) service(name).get("build");
            @SuppressWarnings("unchecked")
            Map<String, Object> args = (Map<String, Object>) build.get("args");
            assertThat(args).as(name + " build args").containsEntry("AR_VERSION", DockerStack.rootVersion());
        }
    }

    @Test
    void everyBuildContextAndDockerfileExists()
    {
        int built = 0;
        for (Map.Entry<String, Map<String, Object>> e : services().entrySet())
        {
            if (!(e.getValue().get("build") instanceof Map<?, ?> build))
            {
                continue;
            }
            built++;
            Path context = DockerStack.DOCKER.resolve(String.valueOf(build.get("context"))).normalize();
            assertThat(context).as("%s build context", e.getKey()).isDirectory();
            Object name = build.containsKey("dockerfile") ? build.get("dockerfile") : "Dockerfile";
            Path dockerfile = context.resolve(String.valueOf(name)).normalize();
            assertThat(dockerfile).as("%s Dockerfile", e.getKey()).isRegularFile();
            assertThat(dockerfile.startsWith(context)).as("%s Dockerfile inside its context", e.getKey()).isTrue();
        }
        assertThat(built).as("proxy, repository and Share are built from our Dockerfiles").isEqualTo(3);
    }

    @Test
    void everyLongRunningServiceHasAHealthCheck()
    {
        services().forEach((name, service) -> {
            if (oneShot(name))
            {
                assertThat(service.get("healthcheck")).as("%s runs once and ends", name).isNull();
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> healthcheck = (Map<String, Object>) service.get("healthcheck");
            assertThat(healthcheck).as("%s healthcheck", name).isNotNull();
            assertThat(healthcheck.get("test")).as("%s healthcheck test", name).isInstanceOf(List.class);
            List<?> test = (List<?>) healthcheck.get("test");
            assertThat(test).as(name).hasSizeGreaterThan(1);
            assertThat(String.valueOf(test.get(0))).as(name).isIn("CMD", "CMD-SHELL");
        });
        assertThat(String.valueOf(((Map<?, ?>) service("alfresco").get("healthcheck")).get("test")))
                .contains("/alfresco/api/-default-/public/alfresco/versions/1/probes/-ready-");
        assertThat(String.valueOf(((Map<?, ?>) service("proxy").get("healthcheck")).get("test")))
                .contains("http://127.0.0.1:8080/proxy-health");
    }

    @Test
    void theKeystoreServiceRunsOnceBeforeTheRepository()
    {
        assertThat(oneShot("keystore")).as("the repository waits until the keystore service has succeeded").isTrue();
        assertThat(services().keySet().stream().filter(DockerComposeTest::oneShot)).containsExactly("keystore");
    }

    /** A service some other service waits for with condition service_completed_successfully. */
    private static boolean oneShot(String name)
    {
        return services().values().stream()
                .map(s -> s.get("depends_on"))
                .filter(Map.class::isInstance)
                .map(d -> ((Map<?, ?>) d).get(name))
                .anyMatch(c -> c instanceof Map<?, ?> m && "service_completed_successfully".equals(m.get("condition")));
    }

    @Test
    void servicesWaitForTheHealthOfWhatTheyNeed()
    {
        Map<String, Object> alfresco = service("alfresco");
        assertThat(keys(alfresco.get("depends_on"))).contains("postgres", "activemq", "transform-core-aio");
        assertThat(keys(alfresco.get("depends_on"))).contains("keystore");
        Map<?, ?> shareDependsOn = (Map<?, ?>) service("share").get("depends_on");
        assertThat(((Map<?, ?>) shareDependsOn.get("alfresco")).get("condition")).isEqualTo("service_healthy");
        Map<?, ?> proxyDependsOn = (Map<?, ?>) service("proxy").get("depends_on");
        assertThat(keys(proxyDependsOn)).containsExactlyInAnyOrder("alfresco", "share");
        services().forEach((name, service) -> {
            if (service.get("depends_on") instanceof Map<?, ?> deps)
            {
                assertThat(services()).as("%s depends on existing services", name).containsKeys(deps.keySet().toArray(String[]::new));
            }
        });
    }

    @Test
    void everyServiceHasAMemoryLimitAndTheStackFitsTwelveGigabytes()
    {
        long total = 0;
        for (Map.Entry<String, Map<String, Object>> e : services().entrySet())
        {
            Object limit = e.getValue().get("mem_limit");
            assertThat(limit).as("%s mem_limit", e.getKey()).isNotNull();
            long bytes = bytes(String.valueOf(limit));
            assertThat(bytes).as("%s mem_limit", e.getKey()).isBetween(64L << 20, 4L << 30);
            total += bytes;
        }
        assertThat(total).as("sum of mem_limit").isLessThanOrEqualTo(12L << 30);
    }

    @Test
    void javaServicesSizeTheirHeapFromTheContainerLimit()
    {
        for (String name : List.of("alfresco", "share", "transform-core-aio"))
        {
            String javaOpts = environment(service(name)).get("JAVA_OPTS");
            assertThat(javaOpts).as(name).containsPattern("-XX:MaxRAMPercentage=\\d+").doesNotContain("-Xmx");
        }
    }

    @Test
    void localTransformsAreOnAndPointAtTheTransformContainer()
    {
        Map<String, String> props = systemProperties(environment(service("alfresco")).get("JAVA_OPTS"));
        assertThat(props).containsEntry("localTransform.core-aio.url", "http://transform-core-aio:8090/");
        String properties = DockerStack.read(DockerStack.DOCKER.resolve("repository/alfresco-global.properties"));
        assertThat(properties).contains("local.transform.service.enabled=true").doesNotContain("local.transform.service.enabled=false");
        assertThat(String.valueOf(service("transform-core-aio").get("healthcheck"))).contains("8090");
    }

    @Test
    void repositoryReachesTheOtherContainersByServiceName()
    {
        Map<String, String> props = systemProperties(environment(service("alfresco")).get("JAVA_OPTS"));
        assertThat(props).containsEntry("db.url", "jdbc:postgresql://postgres:5432/alfresco")
                .containsEntry("solr.host", "solr6")
                .containsEntry("index.subsystem.name", "solr6");
        assertThat(props.get("messaging.broker.url")).contains("nio://activemq:61616");
        assertThat(props.get("solr.sharedSecret")).isEqualTo(
                systemProperties(environment(service("solr6")).get("JAVA_TOOL_OPTIONS")).get("alfresco.secureComms.secret"));
        assertThat(environment(service("share"))).containsEntry("REPO_HOST", "alfresco").containsEntry("REPO_PORT", "8080");
    }

    @Test
    void databaseAndSolrKeepTheSdkPortsOnLocalhost()
    {
        assertThat(ports("postgres")).containsExactly("127.0.0.1:5555:5432");
        assertThat(ports("solr6")).containsExactly("127.0.0.1:8083:8983");
    }

    @Test
    void dataLivesInDeclaredNamedVolumes()
    {
        Map<?, ?> declared = (Map<?, ?>) DockerStack.compose().get("volumes");
        List<String> used = new ArrayList<>();
        services().forEach((name, service) -> {
            if (service.get("volumes") instanceof List<?> volumes)
            {
                volumes.forEach(v -> used.add(String.valueOf(v).split(":")[0]));
            }
        });
        assertThat(used).containsExactlyInAnyOrder("alf-data", "alf-keystore", "alf-keystore", "pg-data", "solr-data", "./certs");
        used.remove("./certs");
        assertThat(keys(declared)).containsExactlyInAnyOrderElementsOf(used.stream().distinct().toList());
        assertThat(String.valueOf(service("postgres").get("volumes"))).contains("pg-data:/var/lib/postgresql/data");
        assertThat(String.valueOf(service("alfresco").get("volumes"))).contains("alf-data:/usr/local/tomcat/alf_data");
    }

    @Test
    void composeVariablesFallBackToDefaultsAndKeepEscapedDollars()
    {
        assertThat(DockerStack.interpolate("-Ddb.username=${POSTGRES_USER:-alfresco}")).isEqualTo("-Ddb.username=alfresco");
        assertThat(DockerStack.interpolate("-Ddb.username=${POSTGRES_USER:-alfresco}", Map.of("POSTGRES_USER", "")))
                .isEqualTo("-Ddb.username=alfresco");
        assertThat(DockerStack.interpolate("${A-x}/${B-x}", Map.of("A", ""))).isEqualTo("/x");
        assertThat(DockerStack.interpolate("${A:+on}${B:+on}", Map.of("A", "1", "B", ""))).isEqualTo("on");
        assertThat(DockerStack.interpolate("pg_isready -U $$POSTGRES_USER")).isEqualTo("pg_isready -U $POSTGRES_USER");
        assertThat(DockerStack.interpolate("-Ddb.password=${POSTGRES_PASSWORD:?set it}", Map.of("POSTGRES_PASSWORD", "s3")))
                .isEqualTo("-Ddb.password=s3");
        assertThatThrownBy(() -> DockerStack.interpolate("${POSTGRES_PASSWORD:?set it}", Map.of("POSTGRES_PASSWORD", "")))
                .isInstanceOf(DockerStack.MissingVariableException.class).hasMessageContaining("POSTGRES_PASSWORD");
        assertThatThrownBy(() -> DockerStack.interpolate("${X?set it}")).isInstanceOf(DockerStack.MissingVariableException.class);
    }

    private static List<String> keys(Object map)
    {
        return ((Map<?, ?>) map).keySet().stream().map(String::valueOf).toList();
    }

    private static List<String> ports(String service)
    {
        List<String> ports = new ArrayList<>();
        if (service(service).get("ports") instanceof List<?> list)
        {
            list.forEach(p -> ports.add(String.valueOf(p)));
        }
        return ports;
    }

    private static long bytes(String limit)
    {
        Matcher m = Pattern.compile("(\\d+)([bkmg]?)b?").matcher(limit.toLowerCase(Locale.ROOT).strip());
        assertThat(m.matches()).as("memory value %s", limit).isTrue();
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2))
        {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
    }
}
