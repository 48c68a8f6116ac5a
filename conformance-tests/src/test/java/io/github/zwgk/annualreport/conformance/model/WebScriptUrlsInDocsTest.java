package io.github.zwgk.annualreport.conformance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The module's web scripts as the documentation, run.sh and the scripts call them: under
 * {@code /alfresco/service/annual-report/...} (the repository's web script servlet), on a path one of the module's
 * descriptors defines, and every POST in a curl example saying it sends JSON (the module's POST web scripts refuse
 * other content types, so that a form on another site cannot trigger them).
 */
class WebScriptUrlsInDocsTest
{
    static final Path ROOT = Paths.get(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path DESCRIPTORS = ROOT.resolve(
            "platform-module/src/main/resources/alfresco/extension/templates/webscripts/io/github/zwgk/annualreport");
    /**
     * A module web script address: /alfresco/&lt;servlet&gt;/annual-report[/&lt;path&gt;] (up to a quote, space or ?), also
     * written $ALFRESCO_URL/&lt;servlet&gt;/annual-report in the scripts.
     */
    static final Pattern MODULE_URL = Pattern.compile("(?:/alfresco|\\$\\{?ALFRESCO_URL}?)/([A-Za-z]+)/annual-report(?![\\w-])(/[^\\s'\"`?)]*)?");

    @Test
    void everyModuleWebScriptAddressUsesTheServiceServletAndADescribedPath() throws IOException
    {
        List<Pattern> templates = templates();
        assertThat(templates).hasSizeGreaterThanOrEqualTo(4);
        int found = 0;
        for (Path file : files())
        {
            Matcher m = MODULE_URL.matcher(read(file));
            while (m.find())
            {
                found++;
                String where = ROOT.relativize(file) + ": " + m.group();
                assertThat(m.group(1)).as(where).isEqualTo("service");
                if (m.group(2) == null)
                {
                    continue;
                }
                // "…/validation/…" in prose: the part before the ellipsis must begin a described path
                String path = "/annual-report" + m.group(2).replaceAll("[.…]+$", "");
                assertThat(templates).as("%s is a path a descriptor defines", where).anyMatch(t -> t.matcher(path).matches()
                        || path.endsWith("/") && t.pattern().replace("\\Q", "").replace("\\E[^/]+", "X").replace("\\E", "").startsWith(path));
            }
        }
        assertThat(found).as("addresses found in the docs and scripts").isGreaterThanOrEqualTo(8);
    }

    @Test
    void everyCurlPostOrPutSaysWhatItSends() throws IOException
    {
        int posts = 0;
        for (Path file : files())
        {
            for (String command : curlCommands(read(file)))
            {
                boolean sends = command.matches("(?s).*\\s-X\\s*(POST|PUT)\\b.*") || command.matches("(?s).*\\s(-d|--data[a-z-]*)\\s.*");
                if (!sends || command.contains(" -F "))
                {
                    continue;
                }
                posts++;
                assertThat(command).as("%s: %s", ROOT.relativize(file), command)
                        .containsPattern("-H '?\"?Content-Type: application/json");
            }
        }
        assertThat(posts).isGreaterThanOrEqualTo(4);
    }

    /** README.md, docs/*.md, run.sh and the scripts. */
    static List<Path> files() throws IOException
    {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("run.sh")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs")); Stream<Path> scripts = Files.list(ROOT.resolve("scripts")))
        {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
            scripts.filter(p -> p.toString().endsWith(".sh")).forEach(files::add);
        }
        return files;
    }

    /** The URL templates of the module's descriptors as regular expressions ({var} is one path segment). */
    static List<Pattern> templates() throws IOException
    {
        List<Pattern> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(DESCRIPTORS))
        {
            for (Path desc : files.filter(p -> p.toString().endsWith(".desc.xml")).toList())
            {
                Matcher url = Pattern.compile("<url>([^<?]+)").matcher(read(desc));
                while (url.find())
                {
                    templates.add(Pattern.compile(Pattern.quote(url.group(1)).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")));
                }
            }
        }
        return templates;
    }

    /** Each curl command of a text, continuation lines ("\" at the end) joined. */
    static List<String> curlCommands(String text)
    {
        List<String> commands = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++)
        {
            int at = lines[i].indexOf("curl ");
            if (at < 0)
            {
                continue;
            }
            StringBuilder command = new StringBuilder(lines[i].substring(at));
            while (lines[i].endsWith("\\") && i + 1 < lines.length)
            {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines[++i].strip());
            }
            commands.add(command.toString());
        }
        return commands;
    }

    static String read(Path file)
    {
        try
        {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }
}
