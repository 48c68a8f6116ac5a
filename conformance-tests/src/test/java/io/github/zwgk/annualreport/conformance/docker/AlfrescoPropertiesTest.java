package io.github.zwgk.annualreport.conformance.docker;

import static io.github.zwgk.annualreport.conformance.docker.DockerStack.environment;
import static io.github.zwgk.annualreport.conformance.docker.DockerStack.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every setting the docker stack gives the repository must be one ACS 26.1 actually reads (a misspelt or retired key
 * is silently ignored by Alfresco), or one of the module's own {@code annual-report.*} keys.
 */
class AlfrescoPropertiesTest
{
    static final String MODULE_PREFIX = "annual-report.";
    static final Path MODULE_DEFAULTS = DockerStack.ROOT.resolve(
            "platform-module/src/main/resources/alfresco/module/annual-report-platform/alfresco-global.properties");

    private static AlfrescoRepositoryProperties alfresco;

    @BeforeAll
    static void loadAlfrescoKeys()
    {
        alfresco = AlfrescoRepositoryProperties.load().orElse(null);
    }

    /** Standard JVM system properties the stack sets besides Alfresco's. */
    static final Set<String> JVM_PROPERTIES = Set.of("user.language", "user.country");

    @BeforeEach
    void needsAlfrescoSources()
    {
        Assumptions.assumeTrue(alfresco != null,
                "Alfresco 26.1 sources not found: set ALFRESCO_REPO_MIRROR to a clone of Alfresco/alfresco-community-repo"
                        + " (ref ALFRESCO_REPO_REF, default " + AlfrescoRepositoryProperties.DEFAULT_REF
                        + ") or put org.alfresco:alfresco-repository:26.1.x in ~/.m2");
    }

    @Test
    void everyKeyOfTheDockerGlobalPropertiesIsReadByAlfresco261OrIsAModuleKey() throws IOException
    {
        Set<String> keys = properties(DockerStack.DOCKER.resolve("repository/alfresco-global.properties")).stringPropertyNames();
        assertThat(keys).isNotEmpty();
        assertThat(unknown(keys)).as("keys ACS 26.1 does not define (%s)", alfresco.source()).isEmpty();
    }

    @Test
    void everySystemPropertyOfTheRepositoryContainerIsReadByAlfresco261()
    {
        var env = environment(service("alfresco"));
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(DockerStack.systemProperties(env.get("JAVA_OPTS")).keySet());
        keys.addAll(DockerStack.systemProperties(env.get("JAVA_TOOL_OPTIONS")).keySet());
        assertThat(keys).contains("db.url", "localTransform.core-aio.url", "metadata-keystore.password",
                "user.language", "user.country");
        // the JVM's own locale, not an Alfresco setting: zh_CN, so that text written outside a request is Chinese
        keys.removeAll(JVM_PROPERTIES);
        assertThat(unknown(keys)).as("-D keys ACS 26.1 does not define (%s)", alfresco.source()).isEmpty();
    }

    @Test
    void moduleKeysSetForDockerAreDefinedByTheModule() throws IOException
    {
        List<String> moduleKeys = properties(DockerStack.DOCKER.resolve("repository/alfresco-global.properties")).stringPropertyNames()
                .stream().filter(k -> k.startsWith(MODULE_PREFIX)).toList();
        Assumptions.assumeTrue(Files.exists(MODULE_DEFAULTS) || moduleKeys.isEmpty(), "platform module defaults not written yet");
        if (!moduleKeys.isEmpty())
        {
            assertThat(properties(MODULE_DEFAULTS).stringPropertyNames()).containsAll(moduleKeys);
        }
    }

    @Test
    void theCheckKnowsAlfrescoKeysAndRejectsRetiredOrMisspeltOnes()
    {
        assertThat(alfresco.size()).isGreaterThan(500);
        assertThat(alfresco.defines("db.url")).isTrue();
        assertThat(alfresco.defines("solr.baseUrl")).as("Search/solr6 subsystem").isTrue();
        assertThat(alfresco.defines("messaging.broker.url")).as("Messaging subsystem").isTrue();
        assertThat(alfresco.defines("metadata-keystore.metadata.algorithm")).as("keystore JVM property").isTrue();
        // Keys the SDK's generated docker config or the official compose still set, which 26.1 does not read:
        assertThat(alfresco.defines("index.recovery.mode")).isFalse();
        assertThat(alfresco.defines("transform.service.enabled")).isFalse();
        assertThat(alfresco.defines("solr.base.url")).isFalse();
        assertThat(alfresco.defines("metadata-keystore.metadata.colour")).isFalse();
    }

    private static List<String> unknown(Set<String> keys)
    {
        List<String> unknown = new ArrayList<>();
        for (String key : keys)
        {
            if (!key.startsWith(MODULE_PREFIX) && !alfresco.defines(key))
            {
                unknown.add(key);
            }
        }
        return unknown;
    }

    private static Properties properties(Path file) throws IOException
    {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1))
        {
            p.load(in);
        }
        return p;
    }
}
