package io.github.zwgk.annualreport.conformance.docker;

import static io.github.zwgk.annualreport.conformance.docker.DockerStack.ROOT;
import static io.github.zwgk.annualreport.conformance.docker.DockerStack.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** run.sh, run.bat and .ci/run: every SDK verb handled and documented, and the shell scripts parse. */
class RunScriptsTest
{
    static final List<String> VERBS = List.of("build_start", "start", "stop", "purge", "tail", "reload_acs", "reload_share",
            "build_test", "test", "check", "dist", "bench");

    @Test
    void runShHandlesEverySdkVerbAndTheEngineVerbs()
    {
        assertThat(runShVerbs()).containsAll(VERBS);
    }

    @Test
    void runShUsageListsEveryVerbItHandles()
    {
        String usage = between(read(ROOT.resolve("run.sh")), "usage() {", "\n}\n");
        for (String verb : runShVerbs())
        {
            if (!verb.startsWith("-") && !verb.equals("help") && !verb.equals("*"))
            {
                assertThat(usage).as("usage mentions %s", verb).containsPattern("(?m)^  " + Pattern.quote(verb) + "\\b");
            }
        }
    }

    @Test
    void runBatDispatchesEveryVerbToAnExistingLabel()
    {
        String bat = read(ROOT.resolve("run.bat"));
        Map<String, String> dispatch = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^IF /I \"%VERB%\"==\"(\\w+)\" GOTO (\\w+)\\r?$").matcher(bat);
        while (m.find())
        {
            dispatch.put(m.group(1), m.group(2));
        }
        assertThat(dispatch.keySet()).containsExactlyInAnyOrderElementsOf(VERBS);
        dispatch.values().forEach(label -> assertThat(bat).as("label :%s", label).containsPattern("(?m)^:" + label + "\\r?$"));
        assertThat(bat).as("batch files need CRLF line ends").contains("\r\n").doesNotContainPattern("[^\r]\n");
    }

    @ParameterizedTest(name = "bash -n {0}")
    @ValueSource(strings = {"run.sh", ".ci/run", "scripts/load-sample-data.sh", "scripts/init-env.sh"})
    void shellScriptParsesAndIsExecutable(String script) throws Exception
    {
        Path file = ROOT.resolve(script);
        assertThat(file).isRegularFile();
        assertThat(Files.isExecutable(file)).as("%s is executable", script).isTrue();
        assertThat(read(file)).startsWith("#!/usr/bin/env bash\n");
        Assumptions.assumeTrue(bashAvailable(), "bash is not installed");
        Process bash = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as("bash -n %s: %s", script, output).isZero();
    }

    @Test
    void everyShellScriptInTheProjectIsCovered() throws IOException
    {
        List<String> scripts = new ArrayList<>();
        try (var files = Files.list(ROOT.resolve("scripts")))
        {
            files.filter(p -> p.toString().endsWith(".sh")).forEach(p -> scripts.add(ROOT.relativize(p).toString().replace('\\', '/')));
        }
        assertThat(scripts).containsExactlyInAnyOrder("scripts/load-sample-data.sh", "scripts/init-env.sh");
    }

    @Test
    void theProxysEntryScriptParsesAsPosixSh() throws Exception
    {
        Path file = ROOT.resolve("docker/proxy/40-annual-report-server.sh");
        assertThat(read(file)).startsWith("#!/bin/sh\n");
        assertThat(Files.isExecutable(file)).isTrue();
        Assumptions.assumeTrue(bashAvailable(), "no shell");
        Process sh = new ProcessBuilder("sh", "-n", file.toString()).redirectErrorStream(true).start();
        String output = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sh.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sh.exitValue()).as("sh -n: %s", output).isZero();
    }

    @Test
    void theStackVerbsCreateDockerEnvBeforeComposeStartsAnything()
    {
        String sh = read(ROOT.resolve("run.sh"));
        String up = between(sh, "stack_up() {", "\n}\n");
        assertThat(up.indexOf("ensure_env")).as("stack_up creates docker/.env first").isNotNegative()
                .isLessThan(up.indexOf("compose up"));
        assertThat(between(sh, "ensure_env() {", "\n}\n")).contains("scripts/init-env.sh")
                .as("existing volumes with unknown secrets stop the start").contains("docker volume inspect annual-report_pg-data");
        String bat = read(ROOT.resolve("run.bat"));
        String batUp = bat.substring(bat.indexOf(":up\r\n"));
        assertThat(batUp.indexOf("CALL :ensure_env")).isNotNegative().isLessThan(batUp.indexOf("up -d --build --wait"));
        assertThat(bat).contains("bash scripts/init-env.sh docker/.env");
    }

    @Test
    void runShStopsAStackWithoutDockerEnvByHandingComposePlaceholders(@TempDir Path dir) throws Exception
    {
        Assumptions.assumeTrue(bashAvailable(), "bash is not installed");
        Assumptions.assumeFalse(Files.exists(DockerStack.DOCKER.resolve(".env")), "this checkout has a docker/.env");
        // a docker that records its calls, and the env file compose is given
        Path log = dir.resolve("calls.log");
        Path docker = dir.resolve("docker");
        Files.writeString(docker, """
                #!/bin/sh
                echo "docker $*" >> "$FAKE_LOG"
                for a in "$@"; do [ "$prev" = --env-file ] && cat "$a" >> "$FAKE_LOG"; prev=$a; done
                exit 0
                """);
        Files.setPosixFilePermissions(docker, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder("bash", ROOT.resolve("run.sh").toString(), "stop").redirectErrorStream(true);
        pb.environment().put("PATH", dir + java.io.File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("FAKE_LOG", log.toString());
        Process run = pb.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        String calls = Files.readString(log);
        assertThat(calls).containsPattern("docker compose --env-file \\S+ -f \\S+docker-compose.yml down");
        Map<String, String> given = new LinkedHashMap<>();
        calls.lines().filter(l -> l.matches("[A-Z_]+=.*")).forEach(l -> given.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        assertThat(given).as("every variable of the example, the secrets unusable").containsKeys(
                DockerStack.envFile(DockerStack.ENV_EXAMPLE).keySet().toArray(String[]::new));
        DockerStack.envFile(DockerStack.ENV_EXAMPLE).forEach((name, value) -> {
            if (value.isEmpty())
            {
                assertThat(given).containsEntry(name, "not-set");
            }
        });
        assertThat(DockerStack.DOCKER.resolve(".env")).as("stop never creates docker/.env").doesNotExist();
    }

    @Test
    void runBatStopsAStackWithoutDockerEnvWithPlaceholdersForExactlyTheSecrets()
    {
        String bat = read(ROOT.resolve("run.bat"));
        Matcher m = Pattern.compile("FOR %%V IN \\(([A-Z_ ]+)\\) DO SET \"%%V=not-set\"").matcher(bat);
        assertThat(m.find()).as("run.bat :down sets placeholders").isTrue();
        List<String> placeholders = List.of(m.group(1).strip().split("\\s+"));
        List<String> empty = DockerStack.envFile(DockerStack.ENV_EXAMPLE).entrySet().stream()
                .filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        assertThat(placeholders).containsExactlyInAnyOrderElementsOf(empty);
    }

    @Test
    void ciEntryPointInstallsTheFontsAndMavenThenRunsTheTestVerbWithoutInput()
    {
        String ci = read(ROOT.resolve(".ci/run"));
        assertThat(ci).contains("fonts-droid-fallback").contains("fonts-wqy-zenhei").contains("need+=(maven)")
                .contains("need+=(nginx)").contains("policy-rc.d").doesNotContain("read ");
        assertThat(ci.strip()).endsWith("exec ./run.sh test < /dev/null");
        assertThat(ci.split("apt-get update", -1)).as("apt-get update once").hasSize(2);
    }

    /** The branch labels of run.sh's top-level {@code case "$cmd" in ... esac}. */
    static Set<String> runShVerbs()
    {
        String body = between(read(ROOT.resolve("run.sh")), "case \"$cmd\" in\n", "\nesac");
        Set<String> verbs = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^  ([^\\s()]+)\\)").matcher(body);
        while (m.find())
        {
            verbs.addAll(List.of(m.group(1).split("\\|")));
        }
        return verbs;
    }

    private static String between(String text, String start, String end)
    {
        int from = text.indexOf(start);
        assertThat(from).as("found %s", start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        assertThat(to).as("found %s after %s", end, start).isPositive();
        return text.substring(from + start.length(), to);
    }

    private static boolean bashAvailable()
    {
        try
        {
            return new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0;
        }
        catch (IOException e)
        {
            return false;
        }
        catch (InterruptedException e)
        {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
