package io.github.zwgk.annualreport.conformance.docker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The configuration keys ACS 26.1 defines: alfresco/repository.properties, every subsystem's *.properties, and the
 * JVM-only keystore keys ({@code <keystore-id>.password}, …) of the keystores declared in encryption-context.xml
 * (AlfrescoKeyStoreImpl reads them from system properties). Read from Alfresco's own sources at test time, never
 * copied into this project: a bare git mirror of alfresco-community-repo, or the alfresco-repository jar in ~/.m2.
 */
final class AlfrescoRepositoryProperties
{
    static final String DEFAULT_MIRROR = "/work/.mirror/Alfresco+alfresco-community-repo/repo";
    static final String DEFAULT_REF = "26.1.0.61";

    private static final Pattern SOURCE_PATH =
            Pattern.compile("^(?:[^/]+/src/main/resources/)?alfresco/(?:repository\\.properties|subsystems/.+\\.properties|encryption-context\\.xml)$");
    private static final Pattern KEYSTORE_ID = Pattern.compile("<property\\s+name=\"id\"\\s+value=\"([^\"]+)\"");

    private final Set<String> keys = new HashSet<>();
    private final Set<String> keystoreIds = new HashSet<>();
    private final String source;

    private AlfrescoRepositoryProperties(String source)
    {
        this.source = source;
    }

    String source()
    {
        return source;
    }

    /** Whether Alfresco 26.1 reads this key (a property file default exists, or it is a keystore JVM property). */
    boolean defines(String key)
    {
        if (keys.contains(key))
        {
            return true;
        }
        int dot = key.indexOf('.');
        if (dot > 0 && keystoreIds.contains(key.substring(0, dot)))
        {
            String rest = key.substring(dot + 1);
            return rest.equals("password") || rest.equals("aliases") || rest.matches("[^.]+\\.(password|algorithm|keyData)");
        }
        return false;
    }

    int size()
    {
        return keys.size();
    }

    /** Loads from ALFRESCO_REPO_MIRROR (default the bare mirror) at ALFRESCO_REPO_REF, else from ~/.m2; empty if neither. */
    static Optional<AlfrescoRepositoryProperties> load()
    {
        String mirror = Optional.ofNullable(System.getenv("ALFRESCO_REPO_MIRROR")).orElse(DEFAULT_MIRROR);
        String ref = Optional.ofNullable(System.getenv("ALFRESCO_REPO_REF")).orElse(DEFAULT_REF);
        Optional<AlfrescoRepositoryProperties> fromGit = fromGit(Paths.get(mirror), ref);
        return fromGit.isPresent() ? fromGit : fromMavenRepository(Paths.get(System.getProperty("user.home"), ".m2", "repository"));
    }

    static Optional<AlfrescoRepositoryProperties> fromGit(Path mirror, String ref)
    {
        if (!Files.isDirectory(mirror) || git(mirror, "rev-parse", "--verify", "--quiet", ref + "^{commit}").isEmpty())
        {
            return Optional.empty();
        }
        AlfrescoRepositoryProperties result = new AlfrescoRepositoryProperties("git " + mirror + " " + ref);
        String listing = git(mirror, "ls-tree", "-r", "--name-only", ref).orElse("");
        for (String path : listing.split("\n"))
        {
            if (SOURCE_PATH.matcher(path).matches())
            {
                byte[] content = git(mirror, "show", ref + ":" + path).orElseThrow().getBytes(StandardCharsets.ISO_8859_1);
                result.add(path, new ByteArrayInputStream(content));
            }
        }
        return result.keys.contains("db.url") ? Optional.of(result) : Optional.empty();
    }

    static Optional<AlfrescoRepositoryProperties> fromMavenRepository(Path m2)
    {
        Path dir = m2.resolve("org/alfresco/alfresco-repository");
        if (!Files.isDirectory(dir))
        {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir, 2))
        {
            Optional<Path> jar = files.filter(p -> p.getFileName().toString().matches("alfresco-repository-26\\.1\\.[0-9.]+\\.jar"))
                    .max(Comparator.comparing(Path::toString));
            if (jar.isEmpty())
            {
                return Optional.empty();
            }
            AlfrescoRepositoryProperties result = new AlfrescoRepositoryProperties("jar " + jar.get());
            try (ZipFile zip = new ZipFile(jar.get().toFile()))
            {
                for (ZipEntry entry : zip.stream().toList())
                {
                    if (SOURCE_PATH.matcher(entry.getName()).matches())
                    {
                        try (InputStream in = zip.getInputStream(entry))
                        {
                            result.add(entry.getName(), in);
                        }
                    }
                }
            }
            return result.keys.contains("db.url") ? Optional.of(result) : Optional.empty();
        }
        catch (IOException e)
        {
            return Optional.empty();
        }
    }

    private void add(String path, InputStream in)
    {
        try
        {
            if (path.endsWith(".xml"))
            {
                Matcher m = KEYSTORE_ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find())
                {
                    keystoreIds.add(m.group(1));
                }
            }
            else
            {
                Properties p = new Properties();
                p.load(in);
                keys.addAll(p.stringPropertyNames());
            }
        }
        catch (IOException e)
        {
            throw new IllegalStateException("cannot read " + path + " from " + source, e);
        }
    }

    /** Runs git; the output as ISO-8859-1 text (byte-preserving, as Properties.load expects), empty on failure. */
    private static Optional<String> git(Path dir, String... args)
    {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try
        {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0)
            {
                return Optional.empty();
            }
            return Optional.of(new String(out, StandardCharsets.ISO_8859_1));
        }
        catch (IOException e)
        {
            return Optional.empty();
        }
        catch (InterruptedException e)
        {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
