package io.github.zwgk.annualreport.conformance.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/init-env.sh, which ./run.sh runs on the first start: it must write a docker/.env that docker compose
 * accepts, with random secrets that differ on every run, the admin password's hash as the repository's bootstrap
 * reads it, and the public address in its parts; and it must never overwrite an existing file.
 */
class InitEnvScriptTest
{
    static final Path SCRIPT = DockerStack.ROOT.resolve("scripts/init-env.sh");
    /** alfresco_user_store.adminpassword in ACS 26.1 repository.properties: the bootstrap hash of "admin". */
    static final String ADMIN_HASH = "209c6174da490caeb422f3fa5a7ae634";

    record Run(int exitCode, String output)
    {
    }

    @Test
    void writesEveryVariableOfTheExampleWithRandomSecretsThatComposeAccepts(@TempDir Path dir) throws Exception
    {
        Map<String, String> first = generate(dir.resolve("first.env"), Map.of());
        Map<String, String> second = generate(dir.resolve("second.env"), Map.of());
        Map<String, String> example = DockerStack.envFile(DockerStack.ENV_EXAMPLE);

        assertThat(first.keySet()).containsExactlyElementsOf(example.keySet());
        assertThat(first.values()).allMatch(v -> !v.isBlank());
        List<String> secrets = example.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        assertThat(secrets).contains("POSTGRES_PASSWORD", "SOLR_SHARED_SECRET", "METADATA_KEYSTORE_PASSWORD");
        Set<String> values = new HashSet<>();
        for (String name : secrets)
        {
            assertThat(first.get(name)).as(name).matches("[0-9a-f]{24,}");
            assertThat(first.get(name)).as("%s is new on every run", name).isNotEqualTo(second.get(name));
            assertThat(values.add(first.get(name))).as("%s differs from the other secrets", name).isTrue();
        }
        assertThat(first).containsEntry("PUBLIC_URL", "http://localhost:8080").containsEntry("PROXY_TLS", "off");
        assertThat(Files.getPosixFilePermissions(dir.resolve("first.env"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        // Compose interpolates the whole stack with it
        assertThat(DockerStack.compose(first)).containsKey("services");
    }

    @Test
    void theAdminHashIsWhatTheRepositorysBootstrapExpects(@TempDir Path dir) throws Exception
    {
        Run admin = run(dir, List.of("--md4", "admin"), Map.of());
        assumeMd4(admin);
        assertThat(admin.output().strip()).isEqualTo(ADMIN_HASH);
        Run chinese = run(dir, List.of("--md4", "Zwgk-2024!"), Map.of());
        assertThat(chinese.output().strip()).matches("[0-9a-f]{32}").isNotEqualTo(ADMIN_HASH);

        Map<String, String> env = generate(dir.resolve("a.env"), Map.of());
        Run hash = run(dir, List.of("--md4", env.get("ALFRESCO_ADMIN_PASSWORD")), Map.of());
        assertThat(env.get("ALFRESCO_ADMIN_PASSWORD_HASH")).isEqualTo(hash.output().strip()).isNotEqualTo(ADMIN_HASH);
    }

    @Test
    void anHttpsAddressTurnsTlsOnAndIsSplitAsTheRepositoryNeedsIt(@TempDir Path dir) throws Exception
    {
        Map<String, String> standard = generate(dir.resolve("a.env"), Map.of("PUBLIC_URL", "https://zwgk.example.gov.cn/"));
        assertThat(standard).containsEntry("PUBLIC_URL", "https://zwgk.example.gov.cn")
                .containsEntry("PUBLIC_PROTOCOL", "https").containsEntry("PUBLIC_HOST", "zwgk.example.gov.cn")
                .containsEntry("PUBLIC_PORT", "443").containsEntry("PROXY_TLS", "on")
                .containsEntry("PROXY_HTTPS_PORT", "443").containsEntry("PROXY_HTTP_PORT", "80");
        Map<String, String> ported = generate(dir.resolve("b.env"), Map.of("PUBLIC_URL", "https://localhost:8443"));
        assertThat(ported).containsEntry("PUBLIC_URL", "https://localhost:8443").containsEntry("PUBLIC_PORT", "8443")
                .containsEntry("PROXY_HTTPS_PORT", "8443").containsEntry("PROXY_HTTP_PORT", "8080");
        Map<String, String> plain = generate(dir.resolve("c.env"), Map.of("PUBLIC_URL", "http://10.1.2.3:80"));
        assertThat(plain).containsEntry("PUBLIC_URL", "http://10.1.2.3").containsEntry("PUBLIC_PORT", "80")
                .containsEntry("PROXY_HTTP_PORT", "80").containsEntry("PROXY_TLS", "off");
    }

    @Test
    void aValueFromTheEnvironmentIsTakenAsItIs(@TempDir Path dir) throws Exception
    {
        Map<String, String> env = generate(dir.resolve("a.env"), Map.of("POSTGRES_PASSWORD", "MyOwnDatabasePassword123"));
        assertThat(env).containsEntry("POSTGRES_PASSWORD", "MyOwnDatabasePassword123");
        Run quoted = run(dir, List.of(dir.resolve("b.env").toString()), Map.of("SOLR_SHARED_SECRET", "has space"));
        assertThat(quoted.exitCode()).isNotZero();
        assertThat(quoted.output()).contains("SOLR_SHARED_SECRET");
        assertThat(dir.resolve("b.env")).doesNotExist();
    }

    @Test
    void neverOverwritesAndRefusesAnAddressWithAPath(@TempDir Path dir) throws Exception
    {
        Path existing = dir.resolve("existing.env");
        Files.writeString(existing, "POSTGRES_PASSWORD=keep\n");
        Run again = run(dir, List.of(existing.toString()), Map.of());
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.output()).contains("never overwritten");
        assertThat(Files.readString(existing)).isEqualTo("POSTGRES_PASSWORD=keep\n");

        Run path = run(dir, List.of(dir.resolve("x.env").toString()), Map.of("PUBLIC_URL", "https://example.org/alfresco"));
        assertThat(path.exitCode()).isNotZero();
        assertThat(path.output()).contains("PUBLIC_URL");
        assertThat(dir.resolve("x.env")).doesNotExist();
    }

    private static Map<String, String> generate(Path target, Map<String, String> env) throws Exception
    {
        Run run = run(target.getParent(), List.of(target.toString()), env);
        assumeMd4(run);
        assertThat(run.exitCode()).as(run.output()).isZero();
        return DockerStack.envFile(target);
    }

    private static void assumeMd4(Run run)
    {
        Assumptions.assumeFalse(run.output().contains("cannot compute MD4"),
                "no MD4 on this machine (openssl with its legacy provider, or python3's hashlib): " + run.output());
    }

    private static Run run(Path dir, List<String> args, Map<String, String> env) throws Exception
    {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> environment = pb.environment();
        // nothing of the caller's environment may leak into the generated values
        for (String name : new TreeMap<>(DockerStack.envFile(DockerStack.ENV_EXAMPLE)).keySet())
        {
            environment.remove(name);
        }
        environment.putAll(env);
        Process p;
        try
        {
            p = pb.start();
        }
        catch (java.io.IOException e)
        {
            Assumptions.abort("bash is not installed: " + e.getMessage());
            return null;
        }
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }
}
