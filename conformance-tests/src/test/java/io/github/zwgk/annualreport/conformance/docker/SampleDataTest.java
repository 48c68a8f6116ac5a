package io.github.zwgk.annualreport.conformance.docker;

import static io.github.zwgk.annualreport.conformance.docker.DockerStack.ROOT;
import static io.github.zwgk.annualreport.conformance.docker.DockerStack.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.model.AgencyKind;
import io.github.zwgk.annualreport.engine.model.AgencyLevel;
import io.github.zwgk.annualreport.engine.model.Status;

/**
 * scripts/load-sample-data.sh against the names contract (docs/DESIGN.md) and the files it uploads: agency folders
 * with valid ar:agencyLevel/ar:agencyKind values and existing groups, reports uploaded by a member of the folder's
 * agency group, reports outside agency folders uploaded as ar:annualReport (nothing else makes them reports), the
 * status it expects of each report being the checker's, pooled tasks asked for with candidateUser, and sample files
 * named after the agency and year they really contain.
 */
class SampleDataTest
{
    static final Path SCRIPT = ROOT.resolve("scripts/load-sample-data.sh");
    static final Path SAMPLES = ROOT.resolve("scripts/sample-data");

    record AgencyFolder(String name, String level, String kind, String group, String variable)
    {
    }

    @Test
    void agencyFoldersCarryListValuesOfTheModelAndGroupsTheScriptCreates()
    {
        List<AgencyFolder> folders = agencyFolders();
        assertThat(folders).extracting(AgencyFolder::name).containsExactly("滑县人民政府办公室", "息县关店乡人民政府");
        List<String> groups = calls("ensure_group").stream().map(args -> args.get(0)).toList();
        assertThat(groups).contains("GROUP_ANNUAL_REPORT_REVIEWERS");
        for (AgencyFolder folder : folders)
        {
            assertThatCode(() -> AgencyLevel.valueOf(folder.level())).as("ar:agencyLevel of %s", folder.name()).doesNotThrowAnyException();
            assertThatCode(() -> AgencyKind.valueOf(folder.kind())).as("ar:agencyKind of %s", folder.name()).doesNotThrowAnyException();
            assertThat(folder.group()).matches("GROUP_AR_AGENCY_[A-Z0-9_]+");
            assertThat(groups).as("group of %s is created", folder.name()).contains(folder.group());
        }
        // the JSON the script sends, as written inside its double-quoted shell strings
        assertThat(read(SCRIPT)).contains("\\\"aspectNames\\\":[\\\"ar:agencyFolder\\\"]")
                .contains("\\\"ar:agencyName\\\"").contains("\\\"ar:agencyGroup\\\"")
                .contains("\\\"isInheritanceEnabled\\\":false");
    }

    @Test
    void eachClerkUploadsOnlyIntoTheFolderOfTheirAgencyGroup()
    {
        Map<String, String> groupOfUser = new LinkedHashMap<>();
        calls("ensure_user").forEach(args -> groupOfUser.put(args.get(0), args.get(3)));
        Map<String, String> groupOfFolderVariable = new LinkedHashMap<>();
        agencyFolders().forEach(f -> groupOfFolderVariable.put(f.variable(), f.group()));
        assertThat(groupOfUser).containsValue("GROUP_ANNUAL_REPORT_REVIEWERS");

        int clerkUploads = 0;
        for (List<String> args : calls("upload"))
        {
            String user = args.get(0).split(":")[0];
            String folderVariable = args.get(1).replaceAll("^\\$", "");
            if (groupOfFolderVariable.containsKey(folderVariable))
            {
                assertThat(groupOfUser.get(user)).as("%s uploads %s into %s", user, args.get(2), folderVariable)
                        .isEqualTo(groupOfFolderVariable.get(folderVariable));
                clerkUploads++;
            }
        }
        assertThat(clerkUploads).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aReportOutsideTheAgencyFoldersIsUploadedAsAnAnnualReport()
    {
        Map<String, String> groupOfFolderVariable = new LinkedHashMap<>();
        agencyFolders().forEach(f -> groupOfFolderVariable.put(f.variable(), f.group()));
        int outside = 0;
        for (List<String> args : calls("upload"))
        {
            String folderVariable = args.get(1).replaceAll("^\\$", "");
            if (!groupOfFolderVariable.containsKey(folderVariable))
            {
                // no ar:agencyFolder above it: only an explicit type makes the module analyse it (ReportTypeBehaviour)
                assertThat(args).as("upload of %s", args.get(2)).hasSize(5);
                assertThat(args.get(4)).isEqualTo("ar:annualReport");
                outside++;
            }
        }
        assertThat(outside).isEqualTo(2);
        assertThat(read(SCRIPT)).contains("-F \"nodeType=$5\"");
    }

    @Test
    void theStatusTheScriptExpectsOfEachReportIsTheCheckersAndTheReadmeSaysSo()
    {
        ReportAnalyzer analyzer = new ReportAnalyzer();
        String readme = read(SAMPLES.resolve("README.md"));
        for (List<String> args : calls("upload"))
        {
            Path file = ROOT.resolve("scripts").resolve(args.get(2));
            Status expected = Status.valueOf(args.get(3));
            assertThat(analyzer.analyze(file, AnalysisOptions.DEFAULT).status()).as("%s", file.getFileName()).isEqualTo(expected);
            assertThat(readme).as("README row of %s", file.getFileName())
                    .containsPattern("(?m)^\\| " + Pattern.quote(file.getFileName().toString()) + " \\|.*\\| `" + expected + "` \\|$");
        }
    }

    @Test
    void pooledTasksAreAskedForAsTheirCandidateAndEveryJsonBodyIsDeclared()
    {
        String script = read(SCRIPT);
        // GET /tasks lists a non-administrator's tasks they are involved in only (TasksImpl, ACS 26.1)
        assertThat(script).contains("where=$(urlenc \"(candidateUser='$(usr \"$1\")')\")");
        assertThat(script).contains("json_post() { api \"$1\" \"$2\" \"$3\" -H 'Content-Type: application/json; charset=UTF-8'");
        // every request with a body goes through json_post, except the multipart upload
        Matcher raw = Pattern.compile("(?m)^\\s*api .*(--data|-d )").matcher(script);
        assertThat(raw.find()).as("a body sent without its content type").isFalse();
        assertThat(script).contains("WS=\"$ALFRESCO_URL/service/annual-report\"");
    }

    @Test
    void everySampleReportIsUploadedOnceAndExists() throws IOException
    {
        List<String> uploaded = calls("upload").stream().map(args -> args.get(2)).toList();
        List<String> files = new ArrayList<>();
        try (var list = Files.list(SAMPLES))
        {
            list.filter(p -> p.toString().endsWith(".txt")).forEach(p -> files.add("sample-data/" + p.getFileName()));
        }
        assertThat(files).hasSize(5);
        assertThat(uploaded).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void sampleFilesAreNamedAfterTheAgencyAndYearTheyReport() throws IOException
    {
        Pattern name = Pattern.compile("(.+)-(\\d{4})\\.txt");
        try (var list = Files.list(SAMPLES))
        {
            for (Path file : list.filter(p -> p.toString().endsWith(".txt")).toList())
            {
                Matcher m = name.matcher(file.getFileName().toString());
                assertThat(m.matches()).as("file name %s is 机关-年份.txt", file.getFileName()).isTrue();
                String text = read(file);
                assertThat(text).as(file.getFileName().toString()).contains(m.group(1)).contains(m.group(2) + "年");
            }
        }
    }

    /** The arguments of each call of a shell function {@code name} at the start of a line (quotes removed). */
    static List<List<String>> calls(String function)
    {
        List<List<String>> calls = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(function) + " (.+?)(?:;.*)?$").matcher(read(SCRIPT));
        while (m.find())
        {
            List<String> args = new ArrayList<>();
            Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(m.group(1));
            while (word.find())
            {
                args.add(word.group(1) != null ? word.group(1) : word.group(2));
            }
            calls.add(args);
        }
        return calls;
    }

    static List<AgencyFolder> agencyFolders()
    {
        List<AgencyFolder> folders = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^agency_folder (\\S+) (\\S+) (\\S+) (\\S+); (\\w+)=\\$FOLDER$").matcher(read(SCRIPT));
        while (m.find())
        {
            folders.add(new AgencyFolder(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
        }
        return folders;
    }
}
