package io.github.zwgk.annualreport.conformance.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the project's docker stack the way Docker Compose, BuildKit and Maven would: the compose file interpolated
 * with the variables of docker/.env.example (every secret, empty there, replaced by a {@code test-…} placeholder),
 * Dockerfiles with ARG defaults substituted, and the artifact names the modules' poms produce.
 */
final class DockerStack
{
    static final Path ROOT = Paths.get(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path DOCKER = ROOT.resolve("docker");
    static final Path COMPOSE_FILE = DOCKER.resolve("docker-compose.yml");
    static final Path ENV_EXAMPLE = DOCKER.resolve(".env.example");

    /** ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}, ${NAME:+alternative}, ${NAME+alternative} */
    static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}");

    /** What Compose says when a required variable ({@code ${NAME:?message}}) is unset or empty. */
    static final class MissingVariableException extends IllegalStateException
    {
        private static final long serialVersionUID = 1L;

        final String variable;

        MissingVariableException(String variable, String message)
        {
            super("required variable " + variable + " is missing a value: " + message);
            this.variable = variable;
        }
    }

    private DockerStack()
    {
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

    /** The compose file as Compose sees it with {@link #testEnvironment()} as docker/.env. */
    static Map<String, Object> compose()
    {
        return compose(testEnvironment());
    }

    /** The compose file as Compose sees it with {@code env} as docker/.env (and nothing in the shell's environment). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> compose(Map<String, String> env)
    {
        return (Map<String, Object>) interpolate(rawCompose(), env);
    }

    /** The compose file's YAML before interpolation. */
    static Object rawCompose()
    {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(read(COMPOSE_FILE));
    }

    /** The NAME=value lines of an env file (comments and blank lines skipped), in order. */
    static Map<String, String> envFile(Path file)
    {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : read(file).split("\\R"))
        {
            Matcher m = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)=(.*)$").matcher(line);
            if (m.matches())
            {
                env.put(m.group(1), m.group(2));
            }
        }
        return env;
    }

    /** docker/.env.example with every empty value (the secrets) replaced by {@code test-<name>}. */
    static Map<String, String> testEnvironment()
    {
        Map<String, String> env = envFile(ENV_EXAMPLE);
        env.replaceAll((name, value) -> value.isEmpty() ? placeholder(name) : value);
        return env;
    }

    static String placeholder(String variable)
    {
        return "test-" + variable.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services()
    {
        return (Map<String, Map<String, Object>>) compose().get("services");
    }

    static Map<String, Object> service(String name)
    {
        Map<String, Object> service = services().get(name);
        if (service == null)
        {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    /** A service's environment as a map, whichever of the two Compose notations (map or KEY=VALUE list) it uses. */
    static Map<String, String> environment(Map<String, Object> service)
    {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> map)
        {
            map.forEach((k, v) -> env.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        else if (raw instanceof List<?> list)
        {
            for (Object item : list)
            {
                String entry = String.valueOf(item);
                int eq = entry.indexOf('=');
                env.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
            }
        }
        return env;
    }

    /** The -Dkey=value system properties in a JVM options string, in order (quotes around values allowed). */
    static Map<String, String> systemProperties(String jvmOptions)
    {
        Map<String, String> props = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?:^|\\s)-D([^=\\s]+)(?:=(\"[^\"]*\"|\\S*))?").matcher(jvmOptions == null ? "" : jvmOptions);
        while (m.find())
        {
            String value = m.group(2) == null ? "" : m.group(2);
            props.put(m.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
        }
        return props;
    }

    private static Object interpolate(Object node, Map<String, String> env)
    {
        if (node instanceof String s)
        {
            return interpolate(s, env);
        }
        if (node instanceof Map<?, ?> map)
        {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, interpolate(v, env)));
            return out;
        }
        if (node instanceof List<?> list)
        {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(interpolate(v, env)));
            return out;
        }
        return node;
    }

    /** A value interpolated with an empty environment: every default taken, every required variable refused. */
    static String interpolate(String value)
    {
        return interpolate(value, Map.of());
    }

    /** Compose's interpolation of one value ("$$" is a literal "$" left for the container's shell). */
    static String interpolate(String value, Map<String, String> env)
    {
        String escaped = value.replace("$$", "\u0000");
        Matcher m = VARIABLE.matcher(escaped);
        StringBuilder sb = new StringBuilder();
        while (m.find())
        {
            String name = m.group(1);
            String operator = m.group(2) == null ? "" : m.group(2);
            String argument = m.group(3) == null ? "" : m.group(3);
            String current = env.get(name);
            boolean set = current != null;
            boolean nonEmpty = set && !current.isEmpty();
            String replacement = switch (operator)
            {
                case ":-" -> nonEmpty ? current : argument;
                case "-" -> set ? current : argument;
                case ":?" -> {
                    if (!nonEmpty)
                    {
                        throw new MissingVariableException(name, argument);
                    }
                    yield current;
                }
                case "?" -> {
                    if (!set)
                    {
                        throw new MissingVariableException(name, argument);
                    }
                    yield current;
                }
                case ":+" -> nonEmpty ? argument : "";
                case "+" -> set ? argument : "";
                default -> set ? current : "";
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString().replace("\u0000", "$");
    }

    /** One Dockerfile instruction, continuation lines joined. */
    record Instruction(String keyword, String arguments)
    {
    }

    /** A Dockerfile's instructions with ${ARG} references replaced by the ARG defaults declared before them. */
    static List<Instruction> dockerfile(Path file)
    {
        List<Instruction> instructions = new ArrayList<>();
        Map<String, String> args = new LinkedHashMap<>();
        StringBuilder logical = new StringBuilder();
        for (String line : read(file).split("\\R"))
        {
            String trimmed = line.strip();
            if (logical.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#")))
            {
                continue;
            }
            if (trimmed.endsWith("\\"))
            {
                logical.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            logical.append(trimmed);
            String text = logical.toString().strip();
            logical.setLength(0);
            int space = text.indexOf(' ');
            String keyword = (space < 0 ? text : text.substring(0, space)).toUpperCase();
            String arguments = space < 0 ? "" : text.substring(space + 1).strip();
            arguments = substituteArgs(arguments, args);
            if (keyword.equals("ARG"))
            {
                int eq = arguments.indexOf('=');
                args.put(eq < 0 ? arguments : arguments.substring(0, eq), eq < 0 ? "" : arguments.substring(eq + 1));
            }
            instructions.add(new Instruction(keyword, arguments));
        }
        return instructions;
    }

    static Map<String, String> argDefaults(Path file)
    {
        Map<String, String> args = new LinkedHashMap<>();
        for (Instruction i : dockerfile(file))
        {
            if (i.keyword().equals("ARG"))
            {
                int eq = i.arguments().indexOf('=');
                args.put(eq < 0 ? i.arguments() : i.arguments().substring(0, eq), eq < 0 ? "" : i.arguments().substring(eq + 1));
            }
        }
        return args;
    }

    private static String substituteArgs(String text, Map<String, String> args)
    {
        Matcher m = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find())
        {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(sb, Matcher.quoteReplacement(args.getOrDefault(name, m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The sources of a COPY/ADD instruction (flags such as --chown dropped, the last word is the destination). */
    static List<String> copySources(Instruction copy)
    {
        List<String> words = new ArrayList<>(List.of(copy.arguments().split("\\s+")));
        words.removeIf(w -> w.startsWith("--"));
        return words.subList(0, words.size() - 1);
    }

    static boolean copiesFromAnotherStage(Instruction copy)
    {
        return copy.arguments().contains("--from=");
    }

    // ---- Maven ---------------------------------------------------------------------------------------------------

    static Document pom(Path file)
    {
        try (InputStream in = Files.newInputStream(file))
        {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
        catch (Exception e)
        {
            throw new IllegalStateException("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    /** The text of a direct child element of the pom's project element (or of its parent element), if present. */
    static Optional<String> projectElement(Document pom, String... path)
    {
        Element current = pom.getDocumentElement();
        for (String name : path)
        {
            Element next = null;
            for (Node n = current.getFirstChild(); n != null; n = n.getNextSibling())
            {
                if (n instanceof Element e && e.getTagName().equals(name))
                {
                    next = e;
                    break;
                }
            }
            if (next == null)
            {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.of(current.getTextContent().strip());
    }

    static String rootVersion()
    {
        return projectElement(pom(ROOT.resolve("pom.xml")), "version").orElseThrow();
    }

    static String rootProperty(String name)
    {
        return projectElement(pom(ROOT.resolve("pom.xml")), "properties", name)
                .orElseThrow(() -> new AssertionError("root pom.xml has no property " + name));
    }

    /**
     * The file a module's build leaves in target/: {@code artifactId-version.ext}. Read from the module's pom when it
     * exists, else from the module table of docs/DESIGN.md (the names contract) and the root pom's version. The
     * Alfresco modules are AMPs built by the SDK's assembly (src/main/assembly/amp.xml, appendAssemblyId false).
     */
    static String moduleArtifact(String moduleDir, String extension)
    {
        Path modulePom = ROOT.resolve(moduleDir).resolve("pom.xml");
        if (Files.exists(modulePom))
        {
            Document pom = pom(modulePom);
            String artifactId = projectElement(pom, "artifactId").orElseThrow();
            String version = projectElement(pom, "version").or(() -> projectElement(pom, "parent", "version")).orElseThrow();
            return artifactId + "-" + version + "." + extension;
        }
        Matcher row = Pattern.compile("^\\|\\s*`" + Pattern.quote(moduleDir) + "`\\s*\\|\\s*`([^`]+)`", Pattern.MULTILINE)
                .matcher(read(ROOT.resolve("docs/DESIGN.md")));
        if (!row.find())
        {
            throw new AssertionError("neither " + modulePom + " nor a docs/DESIGN.md module row names " + moduleDir);
        }
        return row.group(1) + "-" + rootVersion() + "." + extension;
    }
}
