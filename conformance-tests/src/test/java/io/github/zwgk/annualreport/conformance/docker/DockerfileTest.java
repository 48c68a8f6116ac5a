package io.github.zwgk.annualreport.conformance.docker;

import static io.github.zwgk.annualreport.conformance.docker.DockerStack.DOCKER;
import static io.github.zwgk.annualreport.conformance.docker.DockerStack.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.zwgk.annualreport.conformance.docker.DockerStack.Instruction;

/**
 * Checks docker/repository/Dockerfile and docker/share/Dockerfile: pinned FROM images matching the root pom's
 * Alfresco versions, COPY sources that are exactly what the Maven build produces or files in the repository, the
 * MMT installing the AMP, and a .dockerignore that lets those sources through.
 */
class DockerfileTest
{
    @ParameterizedTest(name = "{0} builds FROM the images of {1} and {2}")
    @CsvSource({
        "repository, docker.acs.image,   alfresco.platform.version",
        "share,      docker.share.image, alfresco.share.docker.version"})
    void baseImageIsTheOfficialImageOfTheRootPomsAlfrescoVersion(String dir, String imageProperty, String versionProperty)
    {
        List<String> froms = instructions(dir, "FROM");
        assertThat(froms).as("single-stage build").hasSize(1);
        String expected = DockerStack.rootProperty(imageProperty) + ":" + DockerStack.rootProperty(versionProperty);
        assertThat(froms.get(0)).isEqualTo(expected).doesNotEndWith(":latest");
    }

    @ParameterizedTest(name = "{0} copies {1}/target/*.amp")
    @CsvSource({"repository, platform-module", "share, share-module"})
    void copiesExactlyTheAmpTheMavenBuildProducesAndFilesThatExist(String dir, String module)
    {
        String amp = module + "/target/" + DockerStack.moduleArtifact(module, "amp");
        List<String> sources = new ArrayList<>();
        for (Instruction copy : copies(dir))
        {
            assertThat(DockerStack.copiesFromAnotherStage(copy)).isFalse();
            sources.addAll(DockerStack.copySources(copy));
        }
        assertThat(sources).contains(amp);
        for (String source : sources)
        {
            assertThat(source).as("COPY source").doesNotContain("*").doesNotContain("$").doesNotStartWith("/").doesNotContain("..");
            if (source.contains("/target/"))
            {
                assertThat(source).as("the only build output a Dockerfile copies is its module's AMP").isEqualTo(amp);
            }
            else
            {
                assertThat(ROOT.resolve(source)).as("COPY source in the repository").isRegularFile();
            }
        }
    }

    @ParameterizedTest(name = "{0}: AR_VERSION default is the root pom version")
    @CsvSource({"repository", "share"})
    void versionArgumentDefaultsToTheRootPomVersion(String dir)
    {
        Map<String, String> args = DockerStack.argDefaults(DOCKER.resolve(dir).resolve("Dockerfile"));
        assertThat(args).containsEntry("AR_VERSION", DockerStack.rootVersion());
    }

    @ParameterizedTest(name = "{0} installs {1} with the MMT into {2}")
    @CsvSource({
        "repository, annual-report-platform, /usr/local/tomcat/webapps/alfresco",
        "share,      annual-report-share,    /usr/local/tomcat/webapps/share"})
    void moduleManagementToolInstallsTheAmpAndTheBuildFailsWhenItIsNotListed(String dir, String moduleId, String webapp)
    {
        String run = String.join("\n", instructions(dir, "RUN"));
        assertThat(run).contains("alfresco-mmt").contains(" install ").contains(webapp)
                .contains(" list " + webapp + " | grep -q " + moduleId);
    }

    @Test
    void repositoryImageDropsBackToTheUnprivilegedAlfrescoUser()
    {
        List<String> users = instructions("repository", "USER");
        assertThat(users).isNotEmpty();
        assertThat(users.get(users.size() - 1)).isEqualTo("alfresco");
    }

    @ParameterizedTest(name = "{0}/Dockerfile.dockerignore lets exactly the COPY sources through")
    @CsvSource({"repository", "share"})
    void dockerignoreSendsOnlyWhatTheDockerfileCopies(String dir)
    {
        List<String> lines = DockerStack.read(DOCKER.resolve(dir).resolve("Dockerfile.dockerignore")).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(lines.get(0)).as("ignore everything first").isEqualTo("*");
        List<PathMatcher> allowed = lines.stream().filter(l -> l.startsWith("!"))
                .map(l -> FileSystems.getDefault().getPathMatcher("glob:" + l.substring(1))).toList();
        for (Instruction copy : copies(dir))
        {
            for (String source : DockerStack.copySources(copy))
            {
                assertThat(allowed).as("%s is let through", source).anyMatch(m -> m.matches(Path.of(source)));
            }
        }
        assertThat(allowed).as("nothing but the COPY sources").noneMatch(m -> m.matches(Path.of("report-analysis/pom.xml")));
    }

    private static List<Instruction> copies(String dir)
    {
        return DockerStack.dockerfile(DOCKER.resolve(dir).resolve("Dockerfile")).stream()
                .filter(i -> i.keyword().equals("COPY") || i.keyword().equals("ADD")).toList();
    }

    private static List<String> instructions(String dir, String keyword)
    {
        return DockerStack.dockerfile(DOCKER.resolve(dir).resolve("Dockerfile")).stream()
                .filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }
}
