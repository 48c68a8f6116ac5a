package io.github.zwgk.annualreport.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.zwgk.annualreport.engine.extract.ExtractedDocument;
import io.github.zwgk.annualreport.engine.extract.Limits;
import io.github.zwgk.annualreport.engine.extract.UnreadableReason;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.ExtractionInfo;
import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Summary;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Tables;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;
import io.github.zwgk.annualreport.engine.rules.ParsedReport;
import io.github.zwgk.annualreport.engine.rules.ReportFixture;
import io.github.zwgk.annualreport.engine.rules.RuleEngine;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.ReportText;

/**
 * The analyzer's orchestration: stages in order, summary, status, hash, limits, and never throwing. The parsers are
 * substituted by ones that return a hand-built report (seeds 002/004 figures), so that the orchestration is tested on
 * its own; the end-to-end seed tests run with the real parsers.
 */
class ReportAnalyzerTest
{
    /** Parsers that return the parts of a fixture, whatever the text. */
    static ReportAnalyzer.Parsers parsersOf(ParsedReport r, AtomicReference<String> overviewSeen)
    {
        return new ReportAnalyzer.Parsers()
        {
            @Override
            public SectionLayout sections(ReportText text)
            {
                return r.layout();
            }

            @Override
            public Identity identity(ReportText text, SectionLayout layout)
            {
                return r.identity();
            }

            @Override
            public NarrativeFigures narrative(String text)
            {
                overviewSeen.compareAndSet(null, text); // the first text read is 总体情况's, then the prose of 三, 四, 六
                return r.narrative();
            }

            @Override
            public Tables tables(ReportText text, SectionLayout layout)
            {
                return r.tables();
            }
        };
    }

    static ReportAnalyzer.Extractor utf8Extractor()
    {
        return (in, name, limits) -> {
            try
            {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return ExtractedDocument.ofText(text, new ExtractionInfo("text/plain", "test", "UTF-8", text.length(), 0, 1));
            }
            catch (IOException e)
            {
                throw new IllegalStateException(e);
            }
        };
    }

    private static ReportAnalyzer analyzerOf(ParsedReport r, AtomicReference<String> overview)
    {
        return new ReportAnalyzer(utf8Extractor(), parsersOf(r, overview), new RuleEngine());
    }

    private static String textOf(ParsedReport r)
    {
        return String.join("\n", r.text().lines());
    }

    @Test
    void analyzeTextRunsEveryStageAndDerivesTheSummaryOfA2021Report()
    {
        ParsedReport seed = ReportFixture.seed004().build();
        AtomicReference<String> overview = new AtomicReference<>();
        String text = textOf(seed);
        AnalysisResult r = analyzerOf(seed, overview).analyzeText(text, "004.txt", AnalysisOptions.DEFAULT);

        assertThat(r.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
        assertThat(r.statusReason()).isNull();
        assertThat(r.findings()).extracting(f -> f.code()).containsExactly(RuleCode.HEADING_VARIANT);
        assertThat(r.file()).isEqualTo("004.txt");
        assertThat(r.format()).isEqualTo(TemplateFormat.FORMAT_2021);
        assertThat(r.reportYear()).isEqualTo(2023);
        assertThat(r.agency()).isEqualTo("石泉县人民政府");
        assertThat(overview.get()).contains("累计收到政府信息依申请公开34件");
        assertThat(r.summary()).isEqualTo(new Summary(34, 0, 34, 0, 0, 0, 0, 0, 2, 14, 28364, 1021, 623, new BigDecimal("924.19")));
        assertThat(r.sections()).hasSize(6);
        assertThat(r.extraction().extractor()).isEqualTo("text");
        assertThat(r.contentHash()).isEqualTo(ReportAnalyzer.sha256(text.getBytes(StandardCharsets.UTF_8))).hasSize(64);
        assertThat(r.engineVersion()).isEqualTo(ReportAnalyzer.engineVersion()).isNotBlank();
    }

    @Test
    void summaryOfA2019ReportReadsThe2019Columns()
    {
        ParsedReport seed = ReportFixture.seed002().build();
        AnalysisResult r = analyzerOf(seed, new AtomicReference<>()).analyzeText(textOf(seed), "002.txt", null);
        assertThat(r.status()).isEqualTo(Status.VALID);
        // 规章 本年新制作 1; 规范性文件 本年新制作 24, 对外公开总数量 17; no 收费金额 in 2019
        assertThat(r.summary()).isEqualTo(new Summary(269, 0, 269, 0, 0, 0, 0, 1, 24, 17, 0, 0, 0, null));
    }

    @Test
    void summaryLeavesAFigureNullWhenItsCellIsNotAWholeNumber()
    {
        ParsedReport seed = ReportFixture.seed004().t3(Table3Row.NEW, Table3Column.TOTAL, Cell.BLANK)
                .t3(Table3Row.TOTAL, Table3Column.TOTAL, Cell.number(new BigDecimal("34.5"), "34.5")).build();
        Summary s = ReportAnalyzer.summarize(seed.tables(), 2023);
        assertThat(s.applicationsNew()).isNull();
        assertThat(s.applicationsHandled()).isNull();
        assertThat(s.applicationsCarriedOver()).isZero();
        assertThat(ReportAnalyzer.summarize(Tables.none(), null)).isEqualTo(Summary.empty());
    }

    @Test
    void analyzeStreamHashesTheBytesAndFindsErrors() throws IOException
    {
        ParsedReport seed = ReportFixture.seed002().t3(Table3Row.CARRIED_FORWARD, Table3Column.NATURAL_PERSON, 1).build();
        byte[] bytes = textOf(seed).getBytes(StandardCharsets.UTF_8);
        AnalysisResult r;
        try (InputStream in = new ByteArrayInputStream(bytes))
        {
            r = analyzerOf(seed, new AtomicReference<>()).analyze(in, "002.docx", AnalysisOptions.DEFAULT);
        }
        assertThat(r.status()).isEqualTo(Status.INVALID);
        assertThat(r.findings().get(0).code()).isEqualTo(RuleCode.T3_BALANCE);
        assertThat(r.contentHash()).isEqualTo(ReportAnalyzer.sha256(bytes));
        assertThat(r.extraction().extractor()).isEqualTo("test");
    }

    @Test
    void sha256IsTheStandardDigest()
    {
        assertThat(ReportAnalyzer.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void textWithoutTitleSectionsOrTablesIsNotAReport()
    {
        ParsedReport none = new ParsedReport(new ReportText(List.of()), new SectionLayout(List.of(), java.util.Map.of()),
                Identity.empty(), Tables.none(), NarrativeFigures.none());
        AnalysisResult r = analyzerOf(none, new AtomicReference<>()).analyzeText("今天天气很好。\n明天也是。", "note.txt", null);
        assertThat(r.status()).isEqualTo(Status.NOT_A_REPORT);
        assertThat(r.statusReason()).contains("未找到政府信息公开工作年度报告");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aTitleWithoutBodyIsNotAReportAndSaysWhatIsMissing()
    {
        ParsedReport titleOnly = new ParsedReport(new ReportText(List.of("石泉县人民政府2023年政府信息公开工作年度报告", "附件下载")),
                new SectionLayout(List.of(), java.util.Map.of()), ReportFixture.seed004().build().identity(), Tables.none(),
                NarrativeFigures.none());
        AnalysisResult r = analyzerOf(titleOnly, new AtomicReference<>())
                .analyzeText(textOf(titleOnly), "link.html", null);
        assertThat(r.status()).isEqualTo(Status.NOT_A_REPORT);
        assertThat(r.statusReason()).contains("只找到标题“石泉县人民政府2023年政府信息公开工作年度报告”")
                .contains("缺少章节一、二、三、四、五、六和填有数字的表二、表三、表四");
        assertThat(r.identity().reportYear()).isEqualTo(2023);
    }

    @Test
    void aReportWhoseTablesWereNotFoundIsStillCheckedByItsTitleAndSections()
    {
        ParsedReport noTables = ReportFixture.seed004().withoutTable(io.github.zwgk.annualreport.engine.model.TableId.T2)
                .withoutTable(io.github.zwgk.annualreport.engine.model.TableId.T3)
                .withoutTable(io.github.zwgk.annualreport.engine.model.TableId.T4).build();
        AnalysisResult result = analyzerOf(noTables, new AtomicReference<>()).analyzeText(textOf(noTables), "t.txt", null);
        assertThat(result.status()).isEqualTo(Status.INVALID);
        assertThat(result.findings()).filteredOn(f -> f.code() == RuleCode.TABLE_MISSING).hasSize(3);
    }

    @Test
    void aParserThatOverflowsTheStackEndsUnreadableWithTheReason()
    {
        ReportAnalyzer analyzer = new ReportAnalyzer(utf8Extractor(), failing(() -> {
            throw new StackOverflowError();
        }), new RuleEngine());
        AnalysisResult r = analyzer.analyzeText("一、总体情况\n正文", "x.txt", null);
        assertThat(r.status()).isEqualTo(Status.UNREADABLE);
        assertThat(r.statusReason()).isEqualTo("分析失败：StackOverflowError");
        assertThat(r.contentHash()).isNotNull();
    }

    @Test
    void aParserThatThrowsEndsUnreadableWithItsMessage()
    {
        ReportAnalyzer analyzer = new ReportAnalyzer(utf8Extractor(), failing(() -> {
            throw new IllegalStateException("boom");
        }), new RuleEngine());
        AnalysisResult r = analyzer.analyze(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)), "x.txt", null);
        assertThat(r.status()).isEqualTo(Status.UNREADABLE);
        assertThat(r.statusReason()).isEqualTo("分析失败：IllegalStateException: boom");
        assertThat(r.unreadableReason()).isEqualTo(UnreadableReason.ANALYSIS_FAILED);
        assertThat(r.unreadableReason().isFileFault()).as("a parser bug is never the agency's fault").isFalse();
    }

    @Test
    void anExtractorThatThrowsAnErrorEndsUnreadable()
    {
        ReportAnalyzer analyzer = new ReportAnalyzer((in, name, limits) -> {
            throw new OutOfMemoryError("Java heap space");
        }, failing(() -> null), new RuleEngine());
        AnalysisResult r = analyzer.analyze(new ByteArrayInputStream(new byte[] {1, 2, 3}), "x.pdf", null);
        assertThat(r.status()).isEqualTo(Status.UNREADABLE);
        assertThat(r.statusReason()).startsWith("分析失败：OutOfMemoryError");
        assertThat(r.unreadableReason()).isEqualTo(UnreadableReason.ANALYSIS_FAILED);
    }

    @Test
    void analysisOverTheTimeBudgetEndsUnreadable()
    {
        ParsedReport seed = ReportFixture.seed004().build();
        ReportAnalyzer.Parsers slow = parsersOf(seed, new AtomicReference<>());
        ReportAnalyzer analyzer = new ReportAnalyzer(utf8Extractor(), new ReportAnalyzer.Parsers()
        {
            @Override
            public SectionLayout sections(ReportText text)
            {
                try
                {
                    Thread.sleep(120);
                }
                catch (InterruptedException e)
                {
                    Thread.currentThread().interrupt();
                }
                return slow.sections(text);
            }

            @Override
            public Identity identity(ReportText text, SectionLayout layout)
            {
                return slow.identity(text, layout);
            }

            @Override
            public NarrativeFigures narrative(String overviewText)
            {
                return slow.narrative(overviewText);
            }

            @Override
            public Tables tables(ReportText text, SectionLayout layout)
            {
                return slow.tables(text, layout);
            }
        }, new RuleEngine());
        Limits tight = new Limits(1024 * 1024, 100_000, 10_000, Duration.ofMillis(50));
        AnalysisResult r = analyzer.analyzeText(textOf(seed), "slow.txt", new AnalysisOptions(tight, null));
        assertThat(r.status()).isEqualTo(Status.UNREADABLE);
        assertThat(r.statusReason()).startsWith("读取超时").contains("50 ms");
    }

    @Test
    void inputsOverTheLimitsEndUnreadable()
    {
        ReportAnalyzer analyzer = new ReportAnalyzer(utf8Extractor(), failing(() -> null), new RuleEngine());
        Limits small = new Limits(10, 100, 3, Duration.ofSeconds(5));
        AnalysisOptions options = new AnalysisOptions(small, null);
        assertThat(analyzer.analyze(new ByteArrayInputStream(new byte[11]), "big.txt", options).statusReason())
                .startsWith("文件超过大小限制");
        assertThat(analyzer.analyzeText("a\nb\nc\nd", "long.txt", options).statusReason()).startsWith("文本超过长度限制");
        assertThat(analyzer.analyzeText("字".repeat(101), "wide.txt", options).statusReason()).startsWith("文本超过长度限制");
    }

    @Test
    void theAnalyzerNeverThrowsOnNullEmptyOrGarbageInput(@TempDir Path dir) throws IOException
    {
        ReportAnalyzer analyzer = new ReportAnalyzer();
        Path empty = Files.createFile(dir.resolve("empty.docx"));
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path garbage = Files.write(dir.resolve("garbage.pdf"), noise);

        List<AnalysisResult> results = new ArrayList<>();
        results.add(analyzer.analyzeText(null, null, null));
        results.add(analyzer.analyzeText("", "", AnalysisOptions.DEFAULT));
        results.add(analyzer.analyzeText(" \n\t\u3000", "blank.txt", null));
        results.add(analyzer.analyzeText("\u0000\uFFFF\uD800 )))(((", "odd.txt", null));
        results.add(analyzer.analyze((InputStream) null, null, null));
        results.add(analyzer.analyze(new ByteArrayInputStream(noise), "garbage.docx", null));
        results.add(analyzer.analyze((Path) null, null));
        results.add(analyzer.analyze(dir.resolve("missing.docx"), null));
        results.add(analyzer.analyze(dir, null));
        results.add(analyzer.analyze(empty, null));
        results.add(analyzer.analyze(garbage, null));
        assertThat(results).allSatisfy(r -> {
            assertThat(r.status()).isIn(Status.UNREADABLE, Status.NOT_A_REPORT, Status.INVALID);
            assertThat(r.engineVersion()).isNotBlank();
        });
        assertThat(results.get(1).statusReason()).isEqualTo("文件为空");
        assertThat(results.get(2).statusReason()).isEqualTo("文件中没有可读取的文字（可能是扫描件）");
        assertThat(results.get(4).status()).isEqualTo(Status.UNREADABLE);
        assertThat(results.get(7).statusReason()).startsWith("读取文件失败");
        assertThat(results.get(9).statusReason()).isEqualTo("文件为空");
        assertThat(results.get(9).contentHash()).isEqualTo(ReportAnalyzer.sha256(new byte[0]));
    }

    @Test
    void oneAnalyzerServesConcurrentAnalysesWithTheSameResults() throws Exception
    {
        ParsedReport seed = ReportFixture.seed004().t3(Table3Row.TOTAL, Table3Column.TOTAL, 35).build();
        ReportAnalyzer analyzer = analyzerOf(seed, new AtomicReference<>());
        AnalysisResult expected = analyzer.analyzeText(textOf(seed), "s.txt", null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try
        {
            List<Future<AnalysisResult>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++)
            {
                futures.add(pool.submit(() -> analyzer.analyzeText(textOf(seed), "s.txt", null)));
            }
            for (Future<AnalysisResult> f : futures)
            {
                assertThat(f.get()).isEqualTo(expected);
            }
        }
        finally
        {
            pool.shutdownNow();
        }
    }

    private static ReportAnalyzer.Parsers failing(Supplier<SectionLayout> sections)
    {
        return new ReportAnalyzer.Parsers()
        {
            @Override
            public SectionLayout sections(ReportText text)
            {
                return sections.get();
            }

            @Override
            public Identity identity(ReportText text, SectionLayout layout)
            {
                return null;
            }

            @Override
            public NarrativeFigures narrative(String overviewText)
            {
                return null;
            }

            @Override
            public Tables tables(ReportText text, SectionLayout layout)
            {
                return null;
            }
        };
    }

    @Test
    void theLookUpIsAskedOnceForTheYearBeforeTheReportsYearAndFeedsTheCarryOverRule()
    {
        java.util.List<Integer> asked = new java.util.ArrayList<>();
        io.github.zwgk.annualreport.engine.rules.PreviousReport lastYear = new io.github.zwgk.annualreport.engine.rules.PreviousReport(
                2022, java.util.Map.of(io.github.zwgk.annualreport.engine.model.Table3Column.TOTAL, java.math.BigDecimal.valueOf(7)),
                "石泉县人民政府-2022.docx");
        AnalysisOptions options = AnalysisOptions.DEFAULT.withPreviousReports(year -> {
            asked.add(year);
            return java.util.Optional.of(lastYear);
        });

        AnalysisResult r = new ReportAnalyzer().analyzeText(io.github.zwgk.annualreport.engine.fixtures.Seeds.text("004"),
                "004.txt", options);

        assertThat(asked).containsExactly(2022);
        assertThat(r.findings()).filteredOn(f -> f.code() == io.github.zwgk.annualreport.engine.model.RuleCode.CARRY_OVER_MISMATCH)
                .singleElement().satisfies(f -> assertThat(f.message()).contains("石泉县人民政府-2022.docx"));
    }

    @Test
    void contentInMemoryIsAnalysedAsTheSameStreamIs()
    {
        byte[] bytes = io.github.zwgk.annualreport.engine.fixtures.Seeds.text("002").getBytes(StandardCharsets.UTF_8);
        ReportAnalyzer analyzer = new ReportAnalyzer();

        AnalysisResult fromBytes = analyzer.analyze(bytes, "002.txt", null);
        AnalysisResult fromStream = analyzer.analyze(new ByteArrayInputStream(bytes), "002.txt", null);

        assertThat(fromBytes.findings()).isEqualTo(fromStream.findings());
        assertThat(fromBytes.contentHash()).isEqualTo(fromStream.contentHash());
        assertThat(analyzer.analyze(bytes, "002.txt", new AnalysisOptions(
                new io.github.zwgk.annualreport.engine.extract.Limits(10, 1000, 1000, java.time.Duration.ofSeconds(5)), null))
                .unreadableReason()).isEqualTo(UnreadableReason.TOO_LARGE);
    }
}
