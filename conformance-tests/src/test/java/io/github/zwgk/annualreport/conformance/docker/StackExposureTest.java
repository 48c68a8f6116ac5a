package io.github.zwgk.annualreport.conformance.docker;

import static io.github.zwgk.annualreport.conformance.docker.DockerStack.environment;
import static io.github.zwgk.annualreport.conformance.docker.DockerStack.placeholder;
import static io.github.zwgk.annualreport.conformance.docker.DockerStack.read;
import static io.github.zwgk.annualreport.conformance.docker.DockerStack.service;
import static io.github.zwgk.annualreport.conformance.docker.DockerStack.services;
import static io.github.zwgk.annualreport.conformance.docker.DockerStack.systemProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The docker stack is safe to put on a network (issue 13, point 6): only the proxy is published beyond the loopback
 * interface, every secret comes from docker/.env with no usable default, none of the public default secrets of
 * Alfresco's sample stack is left, and Share's CSRF check and the repository's public address follow PUBLIC_URL.
 */
class StackExposureTest
{
    /** Variable names that hold a secret. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|HASH|TOKEN|KEY).*");

    /** Published secrets of Alfresco's sample stack and of a repository bootstrapped with defaults. */
    private static final List<String> PUBLIC_DEFAULTS = List.of(
            "mp6yc0UD9e", "oKIWzVdEdA",                // metadata keystore passwords of community-compose.yaml
            "209c6174da490caeb422f3fa5a7ae634",        // MD4 of "admin", alfresco_user_store.adminpassword in repository.properties
            "sharedSecret=secret", "secureComms.secret=secret", "Search-Secret: secret");

    @Test
    void onlyTheProxyIsPublishedBeyondTheLoopbackInterface()
    {
        Map<String, List<Published>> published = new LinkedHashMap<>();
        services().forEach((name, service) -> published.put(name, published(service)));
        published.forEach((name, ports) -> {
            assertThat(services().get(name)).as("%s: host networking would bypass every port rule", name)
                    .doesNotContainKey("network_mode");
            if (!name.equals("proxy"))
            {
                assertThat(ports).as("%s publishes on 127.0.0.1 only", name).allMatch(p -> p.hostIp().equals("127.0.0.1"));
            }
        });
        assertThat(published.get("proxy")).extracting(Published::containerPort).containsExactlyInAnyOrder("8080", "8443");
        assertThat(published.get("proxy")).as("the proxy is the way in").allMatch(p -> p.hostIp().isEmpty());
        assertThat(published.get("alfresco")).as("the repository is reached through the proxy").isEmpty();
        assertThat(published.get("share")).as("Share is reached through the proxy").isEmpty();
    }

    @Test
    void theShortPortSyntaxIsReadAsDockerReadsIt()
    {
        assertThat(parse("8080:8080")).isEqualTo(new Published("", "8080", "8080"));
        assertThat(parse("127.0.0.1:5555:5432")).isEqualTo(new Published("127.0.0.1", "5555", "5432"));
        assertThat(parse("0.0.0.0:80:8080/tcp")).isEqualTo(new Published("0.0.0.0", "80", "8080"));
        assertThat(parse("[::1]:80:8080")).isEqualTo(new Published("::1", "80", "8080"));
        assertThat(parse("9000")).isEqualTo(new Published("", "", "9000"));
    }

    @Test
    void everySecretIsARequiredVariableOfDockerEnvWithoutDefault()
    {
        Matcher m = DockerStack.VARIABLE.matcher(read(DockerStack.COMPOSE_FILE));
        Set<String> secrets = new TreeSet<>();
        int references = 0;
        while (m.find())
        {
            String name = m.group(1);
            if (!SECRET_NAME.matcher(name).matches())
            {
                continue;
            }
            references++;
            secrets.add(name);
            assertThat(m.group(2)).as("%s must be required (${%s:?...}), never defaulted", name, name).isEqualTo(":?");
            assertThat(m.group(3)).as("the error message of %s says where to set it", name)
                    .contains("docker/.env").contains("docs/OPERATIONS.md");
        }
        assertThat(secrets).containsExactlyInAnyOrder("POSTGRES_PASSWORD", "SOLR_SHARED_SECRET", "ACTIVEMQ_ADMIN_PASSWORD",
                "METADATA_KEYSTORE_PASSWORD", "ALFRESCO_ADMIN_PASSWORD_HASH");
        assertThat(references).as("each occurrence checked").isGreaterThan(secrets.size());

        Map<String, String> example = DockerStack.envFile(DockerStack.ENV_EXAMPLE);
        for (String secret : secrets)
        {
            assertThat(example).as(".env.example lists %s, empty: it fails loudly until set", secret).containsEntry(secret, "");
        }
    }

    @Test
    void composeRefusesToStartWithoutDockerEnvOrWithTheExampleAsItIs()
    {
        assertThatThrownBy(() -> DockerStack.compose(Map.of()))
                .isInstanceOf(DockerStack.MissingVariableException.class);
        assertThatThrownBy(() -> DockerStack.compose(DockerStack.envFile(DockerStack.ENV_EXAMPLE)))
                .as("docker/.env.example copied unchanged").isInstanceOf(DockerStack.MissingVariableException.class);
        // every required variable is needed on its own: drop any one and Compose stops
        Map<String, String> complete = DockerStack.testEnvironment();
        for (String name : requiredVariables())
        {
            Map<String, String> without = new LinkedHashMap<>(complete);
            without.put(name, "");
            assertThatThrownBy(() -> DockerStack.compose(without)).as(name)
                    .isInstanceOfSatisfying(DockerStack.MissingVariableException.class, e -> assertThat(e.variable).isEqualTo(name));
        }
    }

    @Test
    void everyRequiredVariableIsListedInTheExample()
    {
        assertThat(DockerStack.envFile(DockerStack.ENV_EXAMPLE).keySet()).containsAll(requiredVariables());
    }

    @Test
    void everySecretTheContainersGetComesFromDockerEnv()
    {
        Map<String, String> repository = new LinkedHashMap<>();
        repository.putAll(systemProperties(environment(service("alfresco")).get("JAVA_OPTS")));
        repository.putAll(systemProperties(environment(service("alfresco")).get("JAVA_TOOL_OPTIONS")));
        assertThat(repository)
                .containsEntry("db.password", placeholder("POSTGRES_PASSWORD"))
                .containsEntry("solr.sharedSecret", placeholder("SOLR_SHARED_SECRET"))
                .containsEntry("messaging.broker.password", placeholder("ACTIVEMQ_ADMIN_PASSWORD"))
                .containsEntry("metadata-keystore.password", placeholder("METADATA_KEYSTORE_PASSWORD"))
                .containsEntry("metadata-keystore.metadata.password", placeholder("METADATA_KEYSTORE_PASSWORD"))
                .containsEntry("alfresco_user_store.adminpassword", placeholder("ALFRESCO_ADMIN_PASSWORD_HASH"));
        assertThat(environment(service("postgres"))).containsEntry("POSTGRES_PASSWORD", placeholder("POSTGRES_PASSWORD"));
        assertThat(environment(service("activemq"))).containsEntry("ACTIVEMQ_ADMIN_PASSWORD", placeholder("ACTIVEMQ_ADMIN_PASSWORD"));
        assertThat(systemProperties(environment(service("solr6")).get("JAVA_TOOL_OPTIONS")))
                .containsEntry("alfresco.secureComms.secret", placeholder("SOLR_SHARED_SECRET"));
        assertThat(String.valueOf(service("solr6").get("healthcheck"))).contains(placeholder("SOLR_SHARED_SECRET"));
        assertThat(environment(service("keystore"))).containsEntry("METADATA_KEYSTORE_PASSWORD", placeholder("METADATA_KEYSTORE_PASSWORD"));
    }

    @Test
    void noPublicDefaultSecretIsLeftInTheStack()
    {
        for (String file : List.of("docker-compose.yml", ".env.example", "repository/alfresco-global.properties"))
        {
            String text = read(DockerStack.DOCKER.resolve(file));
            for (String secret : PUBLIC_DEFAULTS)
            {
                assertThat(text).as("%s contains the public default %s", file, secret).doesNotContain(secret);
            }
        }
    }

    @Test
    void theMetadataKeystoreIsMadeForThisStackAndTheRepositoryReadsThatOne()
    {
        Map<String, String> keystore = systemProperties(environment(service("alfresco")).get("JAVA_TOOL_OPTIONS"));
        String location = keystore.get("encryption.keystore.location");
        assertThat(location).as("not the keystore in the image").doesNotStartWith("/usr/local/tomcat/shared/classes");
        // the file is in the volume the keystore service writes, mounted read-only in the repository
        assertThat(String.valueOf(service("alfresco").get("volumes"))).contains("alf-keystore:/usr/local/tomcat/keystore:ro");
        assertThat(location).startsWith("/usr/local/tomcat/keystore/");
        String script = String.valueOf(service("keystore").get("command"));
        String file = location.substring("/usr/local/tomcat/keystore/".length());
        assertThat(String.valueOf(service("keystore").get("volumes"))).contains("alf-keystore:/keystore");
        assertThat(script).contains("ks=/keystore/" + file)
                .contains("-genseckey -alias metadata -keyalg AES -keysize 256 -storetype PKCS12")
                .contains("-storepass:env METADATA_KEYSTORE_PASSWORD")
                .as("an existing keystore is never replaced").contains("if [ ! -s \"$ks\" ]");
        assertThat(keystore).containsEntry("encryption.keystore.type", "pkcs12")
                .containsEntry("encryption.keyAlgorithm", "AES")
                .containsEntry("metadata-keystore.metadata.algorithm", "AES")
                .containsEntry("metadata-keystore.aliases", "metadata");
        // the keystore service runs the image the repository image is built FROM (keytool, user alfresco)
        assertThat(service("keystore").get("image")).isEqualTo(
                DockerStack.rootProperty("docker.acs.image") + ":" + DockerStack.rootProperty("alfresco.platform.version"));
    }

    @Test
    void shareCsrfAndTheRepositorysPublicAddressFollowPublicUrl()
    {
        Map<String, String> env = DockerStack.testEnvironment();
        String url = env.get("PUBLIC_URL");
        assertThat(environment(service("share")))
                .containsEntry("CSRF_FILTER_ORIGIN", url)
                .containsEntry("CSRF_FILTER_REFERER", url + "/share/.*");
        Map<String, String> repository = systemProperties(environment(service("alfresco")).get("JAVA_OPTS"));
        assertThat(repository)
                .containsEntry("csrf.filter.origin", url)
                .containsEntry("csrf.filter.referer", url + "/.*")
                .containsEntry("alfresco.protocol", env.get("PUBLIC_PROTOCOL"))
                .containsEntry("alfresco.host", env.get("PUBLIC_HOST"))
                .containsEntry("alfresco.port", env.get("PUBLIC_PORT"))
                .containsEntry("share.protocol", env.get("PUBLIC_PROTOCOL"))
                .containsEntry("share.host", env.get("PUBLIC_HOST"))
                .containsEntry("share.port", env.get("PUBLIC_PORT"));
        assertThat(environment(service("proxy"))).containsEntry("PUBLIC_URL", url).containsEntry("PROXY_TLS", "off");
    }

    @Test
    void theExamplesPublicAddressIsConsistentWithItsParts()
    {
        Map<String, String> env = DockerStack.envFile(DockerStack.ENV_EXAMPLE);
        String port = env.get("PUBLIC_PORT");
        String defaultPort = env.get("PUBLIC_PROTOCOL").equals("https") ? "443" : "80";
        String expected = env.get("PUBLIC_PROTOCOL") + "://" + env.get("PUBLIC_HOST") + (port.equals(defaultPort) ? "" : ":" + port);
        assertThat(env.get("PUBLIC_URL")).isEqualTo(expected);
        assertThat(env.get("PROXY_TLS")).isEqualTo(env.get("PUBLIC_PROTOCOL").equals("https") ? "on" : "off");
        assertThat(env.get("PROXY_HTTP_PORT")).as("the proxy's host port is the public port").isEqualTo(port);
    }

    @Test
    void dockerEnvAndPrivateKeysAreNeverCommitted() throws Exception
    {
        List<String> ignored = read(DockerStack.ROOT.resolve(".gitignore")).lines().map(String::strip).toList();
        assertThat(ignored).contains("/docker/.env", "/docker/certs/*", "!/docker/certs/README.md");
        assertThat(String.valueOf(service("proxy").get("volumes"))).contains("./certs:/etc/nginx/certs:ro");
        // and nothing of the kind is tracked (when the sources are a git checkout)
        Process git;
        try
        {
            git = new ProcessBuilder("git", "-C", DockerStack.ROOT.toString(), "ls-files", "--", "docker/.env", "docker/certs")
                    .redirectErrorStream(true).start();
        }
        catch (java.io.IOException e)
        {
            Assumptions.abort("git is not installed: " + e.getMessage());
            return;
        }
        String tracked = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        Assumptions.assumeTrue(git.waitFor() == 0, "not a git checkout: " + tracked);
        assertThat(tracked.lines()).as("tracked files").allMatch("docker/certs/README.md"::equals);
    }

    /** The variables Compose requires (${NAME:?...} or ${NAME?...}). */
    static Set<String> requiredVariables()
    {
        Set<String> required = new LinkedHashSet<>();
        Matcher m = DockerStack.VARIABLE.matcher(read(DockerStack.COMPOSE_FILE));
        while (m.find())
        {
            if (m.group(2) != null && m.group(2).contains("?"))
            {
                required.add(m.group(1));
            }
        }
        return required;
    }

    /** One published port: host IP ("" for every interface), host port, container port. */
    record Published(String hostIp, String hostPort, String containerPort)
    {
    }

    private static List<Published> published(Map<String, Object> service)
    {
        List<Published> out = new ArrayList<>();
        if (service.get("ports") instanceof List<?> list)
        {
            for (Object p : list)
            {
                if (p instanceof Map<?, ?> longSyntax)
                {
                    out.add(new Published(String.valueOf(longSyntax.containsKey("host_ip") ? longSyntax.get("host_ip") : ""),
                            String.valueOf(longSyntax.get("published")), String.valueOf(longSyntax.get("target"))));
                }
                else
                {
                    out.add(parse(String.valueOf(p)));
                }
            }
        }
        return out;
    }

    /** Compose's short syntax: [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL], an IPv6 host IP in brackets. */
    static Published parse(String spec)
    {
        String s = spec.replaceFirst("/(tcp|udp)$", "");
        String ip = "";
        if (s.startsWith("["))
        {
            ip = s.substring(1, s.indexOf(']'));
            s = s.substring(s.indexOf(']') + 2);
        }
        String[] parts = s.split(":");
        return switch (parts.length)
        {
            case 1 -> new Published(ip, "", parts[0]);
            case 2 -> new Published(ip, parts[0], parts[1]);
            case 3 -> new Published(parts[0], parts[1], parts[2]);
            default -> throw new AssertionError("unexpected port syntax " + spec);
        };
    }
}
