package io.github.zwgk.annualreport.engine.cli;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.io.ResultCsv;
import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.rules.PreviousReport;
import io.github.zwgk.annualreport.engine.view.HtmlReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The offline checker ({@code ./run.sh check FILE...}, {@code bin/annual-report-check} in the distribution): analyses
 * report files, folders of them or wildcards ({@link ReportFiles}) and prints a readable report (Chinese by default)
 * and a tally, JSON or CSV; a progress line on standard error for more than a few files ({@link Progress}). Exit code 0
 * when every report is valid (warnings allowed), 1 when any is INVALID or NOT_A_REPORT, 2 when any input is UNREADABLE
 * or the command line is wrong (a missing file included).
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = CheckCommand.Version.class,
        description = {"检查政府信息公开工作年度报告（docx、doc、pdf、html、txt）。",
                "Checks government information-disclosure annual reports.",
                "退出码 Exit codes: 0 合格 valid (warnings allowed), 1 不合格或不是年度报告 invalid / not a report, "
                        + "2 无法读取或用法错误 unreadable / usage error."})
public class CheckCommand implements Callable<Integer>
{
    public static final int EXIT_VALID = 0;
    public static final int EXIT_INVALID = 1;
    public static final int EXIT_UNREADABLE_OR_USAGE = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER",
            description = "report files, folders (every .docx .doc .pdf .html .htm .txt in them, subfolders included) "
                    + "or wildcards (*.pdf)")
    List<String> files = new ArrayList<>();

    @Option(names = "--json", description = "JSON output (an object for one file, an array for several)")
    boolean json;

    @Option(names = "--csv", description = "CSV output, one row per file")
    boolean csv;

    @Option(names = "--bom", description = "with --csv: start with a UTF-8 byte order mark (for Excel)")
    boolean bom;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "the same agency's previous-year report, or its result JSON, for the carry-over and text-repetition checks")
    Path previous;

    @Option(names = "--html", paramLabel = "OUT.html",
            description = "also write one self-contained HTML page with the results of all files (tables drawn, findings marked)")
    Path html;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of the report (default zh)")
    Lang lang = Lang.zh;

    @Spec
    CommandSpec spec;

    /** Whether standard error is a terminal: the progress line is then rewritten in place. */
    boolean terminal;

    private final ReportAnalyzer analyzer;

    public CheckCommand()
    {
        this(new ReportAnalyzer());
    }

    public CheckCommand(ReportAnalyzer analyzer)
    {
        this.analyzer = analyzer;
    }

    /** A command line with the checker's exit codes: usage errors and unexpected failures exit 2. */
    public static CommandLine commandLine(ReportAnalyzer analyzer)
    {
        CommandLine cl = new CommandLine(new CheckCommand(analyzer));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("检查失败 (check failed): " + e);
            return EXIT_UNREADABLE_OR_USAGE;
        });
        return cl;
    }

    public static void main(String[] args)
    {
        // Nothing but the results on the terminal: the JDK's own logging (java.util.logging, System.Logger) is off;
        // the libraries' SLF4J and Log4j logging is bound to no-op providers in the distribution (checker-dist).
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        // UTF-8 whatever the platform encoding: the report is Chinese
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        CommandLine cl = commandLine(new ReportAnalyzer()).setOut(out).setErr(err);
        ((CheckCommand) cl.getCommand()).terminal = Progress.onTerminal();
        int code = cl.execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    @Override
    public Integer call() throws IOException
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json && csv)
        {
            throw new CommandLine.ParameterException(spec.commandLine(), "--json 与 --csv 只能选一个 (choose --json or --csv)");
        }
        ReportFiles.Expansion expansion = ReportFiles.expand(files);
        List<String> problems = new ArrayList<>(expansion.problems());
        if (previous != null && !Files.isRegularFile(previous))
        {
            problems.add("文件不存在 (no such file): " + previous + " (--previous)");
        }
        if (!problems.isEmpty())
        {
            problems.forEach(err::println);
            return EXIT_UNREADABLE_OR_USAGE;
        }

        AnalysisOptions options = AnalysisOptions.DEFAULT;
        if (previous != null)
        {
            Optional<PreviousReport> prev = readPrevious(previous, err);
            if (prev == null)
            {
                return EXIT_UNREADABLE_OR_USAGE;
            }
            if (prev.isPresent())
            {
                options = options.withPreviousReport(prev.get());
            }
            else
            {
                err.println("上一年度报告中没有可用的“结转下年度”数据或正文，未检查上年结转和正文雷同 (no usable carried-forward "
                        + "figures or text in --previous; carry-over and repetition not checked): " + previous);
            }
        }

        List<ReportFiles.Input> inputs = expansion.inputs();
        boolean human = !json && !csv;
        Progress progress = new Progress(err, inputs.size(), terminal);
        List<AnalysisResult> results = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++)
        {
            ReportFiles.Input input = inputs.get(i);
            progress.show(i + 1, input.display());
            AnalysisResult r = analyzer.analyze(input.path(), options);
            if (!input.display().equals(r.file()))
            {
                r = r.withFile(input.display());
            }
            results.add(r);
            if (human)
            {
                progress.clear();
                out.println(HumanReport.render(r, lang));
                out.flush();
            }
        }
        progress.clear();

        if (html != null)
        {
            HtmlReport.write(results, html);
        }
        if (json)
        {
            out.println(results.size() == 1 ? ResultJson.write(results.get(0)) : ResultJson.writeAll(results));
        }
        else if (csv)
        {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            ResultCsv.write(results, buf, bom);
            out.print(buf.toString(StandardCharsets.UTF_8));
        }
        if (results.size() > 1)
        {
            // with --json/--csv standard output holds only JSON/CSV: the tally goes to standard error
            (human ? out : err).println(HumanReport.tally(results, lang));
        }
        out.flush();
        err.flush();
        return exitCode(results);
    }

    /** 2 if any UNREADABLE, else 1 if any INVALID or NOT_A_REPORT, else 0. */
    public static int exitCode(List<AnalysisResult> results)
    {
        boolean invalid = false;
        for (AnalysisResult r : results)
        {
            if (r.status() == Status.UNREADABLE)
            {
                return EXIT_UNREADABLE_OR_USAGE;
            }
            invalid |= r.status() == Status.INVALID || r.status() == Status.NOT_A_REPORT;
        }
        return invalid ? EXIT_INVALID : EXIT_VALID;
    }

    /** The previous report from a result JSON or a report file; null (after a message) when it cannot be read. */
    private Optional<PreviousReport> readPrevious(Path file, PrintWriter err)
    {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".json"))
        {
            try
            {
                return PreviousReport.of(ResultJson.read(file), name);
            }
            catch (IOException | RuntimeException e)
            {
                err.println("无法读取上一年度结果 JSON (cannot read --previous JSON): " + file + ": " + e.getMessage());
                return null;
            }
        }
        AnalysisResult result = analyzer.analyze(file, AnalysisOptions.DEFAULT);
        if (result.status() == Status.UNREADABLE)
        {
            err.println("无法读取上一年度报告 (--previous unreadable): " + file + ": " + result.statusReason());
            return null;
        }
        return PreviousReport.of(result, name);
    }

    /** The engine version for --version. */
    static final class Version implements CommandLine.IVersionProvider
    {
        @Override
        public String[] getVersion()
        {
            return new String[] {"annual-report check " + ReportAnalyzer.engineVersion()};
        }
    }
}
