package io.github.zwgk.annualreport.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.github.zwgk.annualreport.engine.extract.DocumentExtractor;
import io.github.zwgk.annualreport.engine.extract.ExtractedDocument;
import io.github.zwgk.annualreport.engine.extract.Limits;
import io.github.zwgk.annualreport.engine.extract.UnreadableException;
import io.github.zwgk.annualreport.engine.extract.UnreadableReason;
import io.github.zwgk.annualreport.engine.identity.IdentityParser;
import io.github.zwgk.annualreport.engine.identity.ReportEvidence;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.ExtractionInfo;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.SectionHit;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Summary;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.Tables;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;
import io.github.zwgk.annualreport.engine.model.TextFingerprint;
import io.github.zwgk.annualreport.engine.narrative.NarrativeParser;
import io.github.zwgk.annualreport.engine.narrative.SentenceFingerprints;
import io.github.zwgk.annualreport.engine.rules.ParsedReport;
import io.github.zwgk.annualreport.engine.rules.RuleContext;
import io.github.zwgk.annualreport.engine.rules.RuleEngine;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.sections.SectionParser;
import io.github.zwgk.annualreport.engine.tables.TableParser;
import io.github.zwgk.annualreport.engine.text.ReportText;

/**
 * The engine's entry point: file or text in, one {@link AnalysisResult} out. Never throws on any input: a file that
 * cannot be read ends UNREADABLE with the reason, a failure inside a parser ends UNREADABLE with "分析失败：…".
 * <p>
 * Pipeline (docs/DESIGN.md): {@link DocumentExtractor} → {@link ExtractedDocument#lines()} → {@link ReportText#of} →
 * {@link SectionParser} → {@link IdentityParser} → {@link NarrativeParser} (on the 总体情况 body) → {@link TableParser} →
 * {@link RuleEngine} → {@link Status#of}. The time budget of {@link Limits#timeBudget()} covers the whole analysis: the
 * extractor enforces it while reading, the analyzer checks it between stages.
 * <p>
 * Whether a readable text is a report at all (else NOT_A_REPORT, with the reason) is weighed by {@link ReportEvidence}:
 * the template's own sections, tables and title, so that a defective report is still checked and a look-alike
 * (部门预算, a comparison of two years' reports, a page with the title and a link, …) is not.
 * <p>
 * Thread-safe and reusable: it holds only the stateless parsers and rule engine; one instance serves many analyses.
 */
public class ReportAnalyzer
{
    /** The engine version when the jar manifest has no Implementation-Version (running from classes). */
    public static final String FALLBACK_VERSION = "1.0.0-SNAPSHOT";

    private static final String ENGINE_VERSION = engineVersionFromManifest();

    /** Sections whose prose may restate the figures when 总体情况 does not (seed 004's 六: "收到依申请公开事项34件"). */
    private static final List<Section> NARRATIVE_SECTIONS = List.of(Section.APPLICATIONS, Section.REVIEW_LITIGATION,
            Section.OTHER_MATTERS);

    /** Reads a file into blocks; the production one is {@link DocumentExtractor}. */
    @FunctionalInterface
    interface Extractor
    {
        ExtractedDocument extract(InputStream in, String fileName, Limits limits) throws UnreadableException;

        /** Content already in memory; the production extractor reads it without another copy. */
        default ExtractedDocument extract(byte[] content, String fileName, Limits limits) throws UnreadableException
        {
            return extract(new ByteArrayInputStream(content), fileName, limits);
        }
    }

    /** The production extractor: {@link DocumentExtractor}, both ways in. */
    private static Extractor documentExtractor()
    {
        DocumentExtractor extractor = new DocumentExtractor();
        return new Extractor()
        {
            @Override
            public ExtractedDocument extract(InputStream in, String fileName, Limits limits) throws UnreadableException
            {
                return extractor.extract(in, fileName, limits);
            }

            @Override
            public ExtractedDocument extract(byte[] content, String fileName, Limits limits) throws UnreadableException
            {
                return extractor.extract(content, fileName, limits);
            }
        };
    }

    /** The parsing stages between text and rules; the production ones are the engine's parsers. */
    interface Parsers
    {
        SectionLayout sections(ReportText text);

        Identity identity(ReportText text, SectionLayout layout);

        NarrativeFigures narrative(String overviewText);

        Tables tables(ReportText text, SectionLayout layout);
    }

    private final Extractor extractor;
    private final Parsers parsers;
    private final RuleEngine rules;

    public ReportAnalyzer()
    {
        this(documentExtractor(), defaultParsers(), new RuleEngine());
    }

    /** For tests: substitute stages. */
    ReportAnalyzer(Extractor extractor, Parsers parsers, RuleEngine rules)
    {
        this.extractor = extractor;
        this.parsers = parsers;
        this.rules = rules;
    }

    private static Parsers defaultParsers()
    {
        SectionParser sections = new SectionParser();
        IdentityParser identity = new IdentityParser();
        NarrativeParser narrative = new NarrativeParser();
        TableParser tables = new TableParser();
        return new Parsers()
        {
            @Override
            public SectionLayout sections(ReportText text)
            {
                return sections.parse(text);
            }

            @Override
            public Identity identity(ReportText text, SectionLayout layout)
            {
                return identity.parse(text, layout);
            }

            @Override
            public NarrativeFigures narrative(String overviewText)
            {
                return narrative.parseNormalised(overviewText);
            }

            @Override
            public Tables tables(ReportText text, SectionLayout layout)
            {
                return tables.parse(text, layout);
            }
        };
    }

    /** The version written into every result: the jar's Implementation-Version, else {@link #FALLBACK_VERSION}. */
    public static String engineVersion()
    {
        return ENGINE_VERSION;
    }

    private static String engineVersionFromManifest()
    {
        Package p = ReportAnalyzer.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null || v.isBlank() ? FALLBACK_VERSION : v;
    }

    // ------------------------------------------------------------------------------------------------------ entries

    /** Analyses a file. */
    public AnalysisResult analyze(Path file, AnalysisOptions options)
    {
        long start = System.nanoTime();
        AnalysisOptions opts = options == null ? AnalysisOptions.DEFAULT : options;
        String name = file == null || file.getFileName() == null ? String.valueOf(file) : file.getFileName().toString();
        try
        {
            if (file == null || !Files.isRegularFile(file))
            {
                throw new UnreadableException(UnreadableReason.IO_ERROR, "文件不存在或不是普通文件：" + file);
            }
            long size = Files.size(file);
            if (size > opts.limits().maxBytes())
            {
                throw new UnreadableException(UnreadableReason.TOO_LARGE, size + " > " + opts.limits().maxBytes() + " bytes");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file))
            {
                bytes = readBounded(in, opts.limits().maxBytes());
            }
            return analyzeBytes(bytes, name, opts, start);
        }
        catch (UnreadableException e)
        {
            return unreadable(name, e, null, null);
        }
        catch (IOException | RuntimeException e)
        {
            return unreadable(name, UnreadableReason.IO_ERROR, describe(e), null, null);
        }
    }

    /** Analyses a stream (not closed here); {@code fileName} tells the format by its extension. */
    public AnalysisResult analyze(InputStream in, String fileName, AnalysisOptions options)
    {
        long start = System.nanoTime();
        AnalysisOptions opts = options == null ? AnalysisOptions.DEFAULT : options;
        String name = fileName == null ? "" : fileName;
        try
        {
            if (in == null)
            {
                throw new UnreadableException(UnreadableReason.EMPTY, "no input");
            }
            return analyzeBytes(readBounded(in, opts.limits().maxBytes()), name, opts, start);
        }
        catch (UnreadableException e)
        {
            return unreadable(name, e, null, null);
        }
        catch (IOException | RuntimeException e)
        {
            return unreadable(name, UnreadableReason.IO_ERROR, describe(e), null, null);
        }
    }

    /**
     * Analyses content already in memory (the repository reads a report once, bounded by its size limit): the array is
     * read, not copied, and must not change during the call.
     */
    public AnalysisResult analyze(byte[] content, String fileName, AnalysisOptions options)
    {
        long start = System.nanoTime();
        AnalysisOptions opts = options == null ? AnalysisOptions.DEFAULT : options;
        String name = fileName == null ? "" : fileName;
        if (content == null)
        {
            return unreadable(name, UnreadableReason.EMPTY, null, null, null);
        }
        if (content.length > opts.limits().maxBytes())
        {
            return unreadable(name, UnreadableReason.TOO_LARGE, content.length + " > " + opts.limits().maxBytes() + " bytes",
                    null, sha256(content));
        }
        return analyzeBytes(content, name, opts, start);
    }

    /** Analyses text already extracted elsewhere (e.g. by Alfresco's transform service for a PDF). */
    public AnalysisResult analyzeText(String text, String sourceName, AnalysisOptions options)
    {
        long start = System.nanoTime();
        AnalysisOptions opts = options == null ? AnalysisOptions.DEFAULT : options;
        String name = sourceName == null ? "" : sourceName;
        String t = text == null ? "" : text;
        String hash = sha256(t.getBytes(StandardCharsets.UTF_8));
        if (t.isEmpty())
        {
            return unreadable(name, UnreadableReason.EMPTY, null, null, hash);
        }
        if (t.isBlank())
        {
            return unreadable(name, UnreadableReason.NO_TEXT, null, null, hash);
        }
        ExtractionInfo info = new ExtractionInfo("text/plain", "text", null, t.length(), 0, 0);
        return analyzeDocument(ExtractedDocument.ofExtractedText(t, info), name, hash, opts, start);
    }

    // ------------------------------------------------------------------------------------------------------ pipeline

    private AnalysisResult analyzeBytes(byte[] bytes, String name, AnalysisOptions opts, long start)
    {
        String hash = sha256(bytes);
        if (bytes.length == 0)
        {
            return unreadable(name, UnreadableReason.EMPTY, null, null, hash);
        }
        ExtractedDocument doc;
        try
        {
            doc = extractor.extract(bytes, name, opts.limits());
        }
        catch (UnreadableException e)
        {
            return unreadable(name, e, null, hash);
        }
        catch (Throwable e) // NOSONAR: the analyzer never throws, whatever the extractor does (StackOverflowError included)
        {
            return failed(name, e, null, hash);
        }
        if (doc == null)
        {
            return unreadable(name, UnreadableReason.NO_TEXT, null, null, hash);
        }
        return analyzeDocument(doc, name, hash, opts, start);
    }

    private AnalysisResult analyzeDocument(ExtractedDocument doc, String name, String hash, AnalysisOptions opts, long start)
    {
        ExtractionInfo info = doc.info();
        try
        {
            Limits limits = opts.limits();
            List<String> lines = doc.lines();
            checkText(lines, limits);
            checkTime(start, limits);
            ReportText text = ReportText.of(lines);

            SectionLayout layout = orEmpty(parsers.sections(text));
            checkTime(start, limits);
            Identity identity = parsers.identity(text, layout);
            identity = identity == null ? Identity.empty() : identity;
            checkTime(start, limits);
            NarrativeFigures narrative = narrative(text, layout);
            checkTime(start, limits);
            Tables tables = parsers.tables(text, layout);
            tables = tables == null ? Tables.none() : tables;
            checkTime(start, limits);

            ReportEvidence evidence = ReportEvidence.weigh(text, layout, identity, tables);
            if (!evidence.isReport())
            {
                return new AnalysisResult(name, Status.NOT_A_REPORT, evidence.reason(), null, identity.reportYear(),
                        identity.agency(), identity, Summary.empty(), List.of(), layout.hits(), tables, narrative, info,
                        ENGINE_VERSION, hash);
            }

            AnalysisOptions ruleOptions = withPreviousReport(opts, identity.reportYear());
            TextFingerprint fingerprint = SentenceFingerprints.of(text, layout);
            checkTime(start, limits);
            List<Finding> findings = onPages(rules.check(new ParsedReport(text, layout, identity, tables, narrative,
                    fingerprint), ruleOptions), doc, tables, layout);
            checkTime(start, limits);
            return new AnalysisResult(name, Status.of(findings), null, tables.format(), identity.reportYear(),
                    identity.agency(), identity, summarize(tables, identity.reportYear()), findings, layout.hits(), tables,
                    narrative, info, ENGINE_VERSION, hash, null, fingerprint);
        }
        catch (UnreadableException e)
        {
            return unreadable(name, e, info, hash);
        }
        catch (Throwable e) // NOSONAR: a parser bug (StackOverflowError, RuntimeException) must not escape
        {
            return failed(name, e, info, hash);
        }
    }

    /** The options with the previous-year report from the look-up, when one is given and the year is known. */
    private static AnalysisOptions withPreviousReport(AnalysisOptions opts, Integer year)
    {
        if (opts.previousReport() != null || opts.previousReports() == null || year == null)
        {
            return opts;
        }
        return opts.previousReports().find(year - 1).map(opts::withPreviousReport).orElse(opts);
    }

    /**
     * The findings with the page of what each points at, when the document tells pages: the page of the row's own line
     * for a table row or cell (a table may run over pages), else of the finding's line (a heading, a table's start), else
     * of its section's heading.
     */
    static List<Finding> onPages(List<Finding> findings, ExtractedDocument doc, Tables tables, SectionLayout layout)
    {
        if (doc.pageStarts().isEmpty())
        {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings)
        {
            Location l = f.location();
            int line = l.line() == null ? 0 : l.line();
            if (l.table() != null && l.row() != null)
            {
                line = switch (l.table())
                {
                    case T2 -> tables.t2().lineOf(rowId(Table2Row.class, l.row()));
                    case T3 -> tables.t3().lineOf(rowId(Table3Row.class, l.row()));
                    case T4 -> tables.t4().lineOf(rowId(Table4Row.class, l.row()));
                };
            }
            if (line <= 0 && l.table() == null && l.section() != null)
            {
                line = layout.hits().stream().filter(h -> h.section() == l.section() && h.line() > 0)
                        .mapToInt(SectionHit::line).findFirst().orElse(0);
            }
            Integer page = line > 0 ? doc.pageOf(line) : null;
            out.add(page == null ? f : f.withLocation(l.onPage(page)));
        }
        return out;
    }

    private static <E extends Enum<E>> E rowId(Class<E> type, String name)
    {
        try
        {
            return Enum.valueOf(type, name);
        }
        catch (IllegalArgumentException e)
        {
            return null;
        }
    }

    /**
     * The figures stated in words: 总体情况's, completed by those the prose of 三, 四 and 六 states (table rows, with a TAB
     * or '|', are left out), each marked with the section it was read in.
     */
    private NarrativeFigures narrative(ReportText text, SectionLayout layout)
    {
        NarrativeFigures figures = NarrativeFigures.none();
        if (layout.has(Section.OVERVIEW))
        {
            SectionLayout.LineRange r = layout.bodies().get(Section.OVERVIEW);
            figures = orNone(parsers.narrative(text.text(r.from(), r.to()))).in(Section.OVERVIEW);
        }
        for (Section section : NARRATIVE_SECTIONS)
        {
            SectionLayout.LineRange r = layout.bodies().get(section);
            if (r == null)
            {
                continue;
            }
            StringBuilder prose = new StringBuilder();
            for (int line = r.from(); line < r.to() && line <= text.size(); line++)
            {
                String l = text.line(line);
                if (l.indexOf('\t') < 0 && l.indexOf('|') < 0 && !l.isBlank())
                {
                    prose.append(l).append('\n');
                }
            }
            if (!prose.isEmpty())
            {
                figures = figures.orElse(orNone(parsers.narrative(prose.toString())).in(section));
            }
        }
        return figures;
    }

    private static NarrativeFigures orNone(NarrativeFigures figures)
    {
        return figures == null ? NarrativeFigures.none() : figures;
    }

    private static SectionLayout orEmpty(SectionLayout layout)
    {
        return layout == null ? new SectionLayout(List.of(), java.util.Map.of()) : layout;
    }

    private static void checkText(List<String> lines, Limits limits) throws UnreadableException
    {
        if (lines.size() > limits.maxLines())
        {
            throw new UnreadableException(UnreadableReason.TOO_MUCH_TEXT, lines.size() + " > " + limits.maxLines() + " lines");
        }
        long characters = 0;
        for (String l : lines)
        {
            characters += l.length();
        }
        if (characters > limits.maxCharacters())
        {
            throw new UnreadableException(UnreadableReason.TOO_MUCH_TEXT, characters + " > " + limits.maxCharacters() + " characters");
        }
    }

    private static void checkTime(long start, Limits limits) throws UnreadableException
    {
        long elapsed = System.nanoTime() - start;
        if (limits.timeBudget() != null && elapsed > limits.timeBudget().toNanos())
        {
            throw new UnreadableException(UnreadableReason.TIMEOUT,
                    "分析用时超过 " + limits.timeBudget().toMillis() + " ms");
        }
    }

    // ------------------------------------------------------------------------------------------------------ summary

    /** The key figures, as documented on {@link Summary}; null where the cell is not a whole number. */
    public static Summary summarize(Tables tables, Integer reportYear)
    {
        TemplateFormat format = RuleContext.effectiveFormat(tables, reportYear);
        var t2 = tables.t2();
        var t3 = tables.t3();
        var t4 = tables.t4();
        boolean f2019 = format == TemplateFormat.FORMAT_2019;
        boolean f2021 = format == TemplateFormat.FORMAT_2021;
        Table2Column issued = f2019 ? Table2Column.NEWLY_MADE : Table2Column.ISSUED;
        Table2Column inForce = f2019 ? Table2Column.TOTAL_PUBLISHED : Table2Column.IN_FORCE;
        Table2Column decisions = f2019 ? Table2Column.DECISIONS : Table2Column.DECISIONS_THIS_YEAR;
        boolean t2Known = t2.found() && format != null;
        return new Summary(
                count(t3.cell(Table3Row.NEW, Table3Column.TOTAL)),
                count(t3.cell(Table3Row.CARRIED_OVER, Table3Column.TOTAL)),
                count(t3.cell(Table3Row.TOTAL, Table3Column.TOTAL)),
                count(t3.cell(Table3Row.CARRIED_FORWARD, Table3Column.TOTAL)),
                count(t4.cell(Table4Row.CASES, Table4Column.REVIEW_TOTAL)),
                count(t4.cell(Table4Row.CASES, Table4Column.LITIGATION_DIRECT_TOTAL)),
                count(t4.cell(Table4Row.CASES, Table4Column.LITIGATION_AFTER_REVIEW_TOTAL)),
                t2Known ? count(t2.cell(Table2Row.REGULATIONS, issued)) : null,
                t2Known ? count(t2.cell(Table2Row.NORMATIVE_DOCUMENTS, issued)) : null,
                t2Known ? count(t2.cell(Table2Row.NORMATIVE_DOCUMENTS, inForce)) : null,
                t2Known ? count(t2.cell(Table2Row.LICENSING, decisions)) : null,
                t2Known ? count(t2.cell(Table2Row.PENALTY, decisions)) : null,
                t2Known ? count(t2.cell(Table2Row.ENFORCEMENT, decisions)) : null,
                t2.found() && f2021 && t2.cell(Table2Row.FEES, Table2Column.FEE_AMOUNT).isNumber()
                        ? t2.cell(Table2Row.FEES, Table2Column.FEE_AMOUNT).value() : null);
    }

    private static Integer count(Cell cell)
    {
        if (cell == null || !cell.isNumber())
        {
            return null;
        }
        try
        {
            BigDecimal v = cell.value();
            return v.stripTrailingZeros().scale() > 0 ? null : v.intValueExact();
        }
        catch (ArithmeticException e)
        {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static AnalysisResult unreadable(String name, UnreadableException e, ExtractionInfo info, String hash)
    {
        return unreadable(name, e.reason(), e.statusReason(), info, hash);
    }

    /** An UNREADABLE result; {@code statusReason} null: the reason's own message, else with the detail. */
    private static AnalysisResult unreadable(String name, UnreadableReason reason, String detail, ExtractionInfo info,
            String hash)
    {
        String statusReason = detail == null ? reason.message()
                : detail.startsWith(reason.message()) ? detail : reason.message() + "（" + detail + "）";
        return new AnalysisResult(name, Status.UNREADABLE, statusReason, null, null, null, null, null, null, null, null,
                null, info, ENGINE_VERSION, hash, reason);
    }

    private static AnalysisResult failed(String name, Throwable e, ExtractionInfo info, String hash)
    {
        if (e instanceof InterruptedException)
        {
            Thread.currentThread().interrupt();
        }
        return unreadable(name, UnreadableReason.ANALYSIS_FAILED, "分析失败：" + describe(e), info, hash);
    }

    private static String describe(Throwable e)
    {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + truncate(m, 300));
    }

    private static String truncate(String s, int max)
    {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** Reads at most {@code max} bytes; one more means the input is over the limit. */
    private static byte[] readBounded(InputStream in, long max) throws IOException, UnreadableException
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0)
        {
            total += n;
            if (total > max)
            {
                throw new UnreadableException(UnreadableReason.TOO_LARGE, "> " + max + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes)
    {
        try
        {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e)
        {
            throw new IllegalStateException("SHA-256 is required of every JRE", e);
        }
    }
}
