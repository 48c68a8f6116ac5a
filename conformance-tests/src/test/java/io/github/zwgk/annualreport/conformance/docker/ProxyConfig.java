package io.github.zwgk.annualreport.conformance.docker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the proxy's nginx configuration (docker/proxy): its files, and the rules of the {@code $ar_blocked} map. */
final class ProxyConfig
{
    static final Path DIR = DockerStack.DOCKER.resolve("proxy");
    /** The files the image installs under /etc/nginx/annual-report/ (the Dockerfile copies them). */
    static final List<String> INCLUDED_FILES = List.of("http.conf", "backends.conf", "routes.conf", "server-http.conf", "server-https.conf");
    static final String ENTRY_SCRIPT = "40-annual-report-server.sh";

    private ProxyConfig()
    {
    }

    static String read(String file)
    {
        return DockerStack.read(DIR.resolve(file));
    }

    /** The regular expressions of {@code map $uri $ar_blocked}, whose value is 1, as nginx (PCRE) reads them. */
    static List<Pattern> blockRules()
    {
        String http = read("http.conf");
        Matcher block = Pattern.compile("(?s)map\\s+\\$uri\\s+\\$ar_blocked\\s*\\{(.*?)\\n}").matcher(http);
        if (!block.find())
        {
            throw new AssertionError("http.conf has no map $uri $ar_blocked");
        }
        List<Pattern> rules = new ArrayList<>();
        Matcher entry = Pattern.compile("(?m)^\\s*\"(~\\*?)(.*)\"\\s+1;\\s*$").matcher(block.group(1));
        while (entry.find())
        {
            rules.add(Pattern.compile(entry.group(2), entry.group(1).equals("~*") ? Pattern.CASE_INSENSITIVE : 0));
        }
        return rules;
    }

    static boolean blocked(List<Pattern> rules, String uri)
    {
        return rules.stream().anyMatch(r -> r.matcher(uri).find());
    }

    /** nginx size syntax (100m, 512k, 1g, bytes) in bytes. */
    static long size(String value)
    {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(value.strip());
        if (!m.matches())
        {
            throw new AssertionError("not an nginx size: " + value);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase())
        {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
    }

    /** nginx time syntax (300s, 5m, 300) in seconds. */
    static long seconds(String value)
    {
        Matcher m = Pattern.compile("(\\d+)(s|m|h)?").matcher(value.strip());
        if (!m.matches())
        {
            throw new AssertionError("not an nginx time: " + value);
        }
        long n = Long.parseLong(m.group(1));
        return m.group(2) == null || m.group(2).equals("s") ? n : m.group(2).equals("m") ? n * 60 : n * 3600;
    }

    /** The argument of a directive that occurs once in a file ({@code name value;}). */
    static String directive(String file, String name)
    {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s+([^;]+);").matcher(read(file));
        if (!m.find())
        {
            throw new AssertionError(file + " has no " + name);
        }
        String value = m.group(1).strip();
        if (m.find())
        {
            throw new AssertionError(file + " sets " + name + " twice");
        }
        return value;
    }
}
