package io.github.zwgk.annualreport.engine.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checker's command-line arguments turned into report files: a file as it is; a directory → every report in it and
 * its subdirectories (by extension, hidden files and Office lock files {@code ~$…} skipped, in name order); an argument
 * with {@code *} or {@code ?} that names no file → the reports it matches (a glob, expanded here because neither
 * Windows' cmd nor picocli expands it). A file reached twice is checked once.
 */
final class ReportFiles
{
    /** The extensions of the formats the engine reads. */
    static final Set<String> EXTENSIONS = Set.of("docx", "doc", "pdf", "html", "htm", "txt");

    /**
     * One file to check.
     *
     * @param path    the file
     * @param display the name to report it under: the file name, or for a file found in a directory argument its path
     *                below that directory with '/' separators ("滑县/2023.docx")
     */
    record Input(Path path, String display)
    {
    }

    /**
     * The expansion of the arguments.
     *
     * @param inputs   the files to check, in argument order
     * @param problems one message per argument that named nothing to check (Chinese with English)
     */
    record Expansion(List<Input> inputs, List<String> problems)
    {
    }

    private ReportFiles()
    {
    }

    static Expansion expand(List<String> args)
    {
        Map<Path, Input> inputs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String arg : args)
        {
            Path path = pathOrNull(arg);
            if (path != null && Files.isRegularFile(path))
            {
                add(inputs, path, name(path));
            }
            else if (path != null && Files.isDirectory(path))
            {
                List<Path> found = walk(path, Integer.MAX_VALUE, null);
                if (found.isEmpty())
                {
                    problems.add("文件夹中没有报告文件（.docx .doc .pdf .html .htm .txt）(no report files in folder): " + arg);
                }
                found.forEach(f -> add(inputs, f, relative(path, f)));
            }
            else if (isGlob(arg))
            {
                List<Path> found = glob(arg);
                if (found.isEmpty())
                {
                    problems.add("没有与之匹配的报告文件 (no report file matches): " + arg);
                }
                found.forEach(f -> add(inputs, f, name(f)));
            }
            else
            {
                problems.add("文件不存在 (no such file): " + arg);
            }
        }
        return new Expansion(List.copyOf(inputs.values()), problems);
    }

    /** Whether the name is that of a report file the checker looks at inside a directory or a glob. */
    static boolean isReportFile(Path file)
    {
        String name = name(file);
        if (name.startsWith(".") || name.startsWith("~$"))
        {
            return false; // hidden (Unix), and the lock file Word/WPS keep next to an open document
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static boolean isGlob(String arg)
    {
        return arg.indexOf('*') >= 0 || arg.indexOf('?') >= 0;
    }

    private static void add(Map<Path, Input> inputs, Path file, String display)
    {
        inputs.putIfAbsent(file.toAbsolutePath().normalize(), new Input(file, display));
    }

    /** The path, or null when the platform cannot make one of the text ('*' is not allowed in a Windows path). */
    private static Path pathOrNull(String arg)
    {
        try
        {
            return Path.of(arg);
        }
        catch (InvalidPathException e)
        {
            return null;
        }
    }

    /**
     * The files a glob matches: the part before the first component with a wildcard is the directory to search, the
     * rest is matched (java.nio glob syntax) against paths below it, as deep as the pattern has components.
     */
    private static List<Path> glob(String arg)
    {
        String normalised = arg.replace('\\', '/');
        int wildcard = firstWildcard(normalised);
        int slash = normalised.lastIndexOf('/', wildcard);
        String base = slash < 0 ? "" : normalised.substring(0, slash + 1);
        String pattern = normalised.substring(slash + 1);
        Path dir = pathOrNull(base.isEmpty() ? "." : base);
        if (dir == null || !Files.isDirectory(dir) || pattern.isEmpty())
        {
            return List.of();
        }
        int depth = pattern.split("/", -1).length;
        PathMatcher matcher;
        try
        {
            // '/' in a glob matches the platform's separator, on Windows too
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        }
        catch (IllegalArgumentException e) // an unbalanced '[' or '{'
        {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        for (Path p : walk(dir, depth, null))
        {
            if (matcher.matches(dir.relativize(p)))
            {
                found.add(base.isEmpty() ? dir.relativize(p) : p);
            }
        }
        // a directory the glob names is searched as a directory argument would be
        for (Path d : walk(dir, depth, matcher))
        {
            found.addAll(walk(d, Integer.MAX_VALUE, null));
        }
        return found;
    }

    private static int firstWildcard(String s)
    {
        int star = s.indexOf('*');
        int question = s.indexOf('?');
        return star < 0 ? question : question < 0 ? star : Math.min(star, question);
    }

    /**
     * The report files below {@code dir} down to {@code maxDepth}, in name order, hidden directories not entered; or,
     * with a {@code dirMatcher}, the (non-hidden) directories below {@code dir} that it matches.
     */
    private static List<Path> walk(Path dir, int maxDepth, PathMatcher dirMatcher)
    {
        List<Path> out = new ArrayList<>();
        try
        {
            Files.walkFileTree(dir, EnumSet.noneOf(FileVisitOption.class), maxDepth, new SimpleFileVisitor<>()
            {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs)
                {
                    if (!d.equals(dir) && isHidden(d))
                    {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (dirMatcher != null && !d.equals(dir) && dirMatcher.matches(dir.relativize(d)))
                    {
                        out.add(d);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs)
                {
                    if (dirMatcher == null ? attrs.isRegularFile() && isReportFile(f) && !isHidden(f)
                            // a directory at the maximum depth comes here, not to preVisitDirectory
                            : attrs.isDirectory() && !isHidden(f) && dirMatcher.matches(dir.relativize(f)))
                    {
                        out.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e)
                {
                    return FileVisitResult.CONTINUE; // unreadable entry: skipped, as a file manager would
                }
            });
        }
        catch (IOException e)
        {
            // the directory itself vanished or cannot be listed: nothing found
        }
        out.sort(Comparator.comparing(ReportFiles::sortKey));
        return out;
    }

    /** Path order, component by component (the separator sorts before every character). */
    private static String sortKey(Path p)
    {
        return p.toString().replace('\\', '/').replace("/", "\u0000");
    }

    private static boolean isHidden(Path p)
    {
        String name = name(p);
        if (name.startsWith("."))
        {
            return true;
        }
        try
        {
            return Files.isHidden(p); // Windows: the hidden attribute
        }
        catch (IOException | SecurityException e)
        {
            return false;
        }
    }

    private static String name(Path p)
    {
        Path n = p.getFileName();
        return n == null ? p.toString() : n.toString();
    }

    private static String relative(Path dir, Path file)
    {
        return dir.relativize(file).toString().replace('\\', '/');
    }
}
