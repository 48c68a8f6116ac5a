package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.zwgk.annualreport.engine.model.AgencyKind;
import io.github.zwgk.annualreport.engine.model.AgencyLevel;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.SectionHit;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TableId;
import io.github.zwgk.annualreport.engine.model.Tables;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.ReportText;

/**
 * Hand-built parsed reports with the real figures of two seeds, to be altered one fact at a time:
 * seed 002 (滑县人力资源和社会保障局, 2019 format, 269 new = 179 予以公开 + 12 + 46 + 32) and seed 004 (石泉县人民政府
 * 2023, 2021 format, 34 new applications).
 */
public final class ReportFixture
{
    private TemplateFormat format;
    private Identity identity;
    private NarrativeFigures narrative = NarrativeFigures.none();
    private final Map<Table2Row, Map<Table2Column, Cell>> t2 = new LinkedHashMap<>();
    private final Map<Table3Row, Map<Table3Column, Cell>> t3 = new LinkedHashMap<>();
    private final Map<Table4Row, Map<Table4Column, Cell>> t4 = new LinkedHashMap<>();
    private final Set<TableId> absent = EnumSet.noneOf(TableId.class);
    private final List<Table3Row> missingT3 = new ArrayList<>();
    private final Map<Section, String> bodies = new LinkedHashMap<>();
    private final Map<Section, String> headings = new EnumMap<>(Section.class);
    private final Set<Section> duplicated = EnumSet.noneOf(Section.class);
    private List<Section> order = List.of(Section.values());

    private ReportFixture()
    {
    }

    /** Seed 002: 滑县人力资源和社会保障局 2019 report, 2019 format. */
    public static ReportFixture seed002()
    {
        ReportFixture f = new ReportFixture();
        f.format = TemplateFormat.FORMAT_2019;
        f.identity = new Identity("滑县人力资源和社会保障局2019年政府信息公开工作年度报告", "滑县人力资源和社会保障局",
                AgencyLevel.COUNTY, AgencyKind.DEPARTMENT, 2019, null, null, LocalDate.of(2020, 1, 20));
        f.t2(Table2Row.REGULATIONS, 1, 1, 1).t2(Table2Row.NORMATIVE_DOCUMENTS, 24, 17, 17)
                .t2(Table2Row.LICENSING, 4, 0, 0).t2(Table2Row.OTHER_SERVICES, 0, 0, 0)
                .t2(Table2Row.PENALTY, 0, 0, 0).t2(Table2Row.ENFORCEMENT, 0, 0, 0)
                .t2(Table2Row.FEES, 0, 0).t2(Table2Row.PROCUREMENT, 0, 0);
        for (Table3Row r : Table3Row.rows(TemplateFormat.FORMAT_2019))
        {
            f.t3(r, 0, 0, 0, 0, 0, 0, 0);
        }
        f.t3(Table3Row.NEW, 115, 42, 0, 0, 0, 112, 269)
                .t3(Table3Row.DISCLOSED, 83, 42, 0, 0, 0, 54, 179)
                .t3(Table3Row.WITHHELD_SAFETY_STABILITY, 0, 0, 0, 0, 0, 12, 12)
                .t3(Table3Row.WITHHELD_INTERNAL_AFFAIRS, 0, 0, 0, 0, 0, 46, 46)
                .t3(Table3Row.WITHHELD_ADMINISTRATIVE_QUERY, 32, 0, 0, 0, 0, 0, 32)
                .t3(Table3Row.TOTAL, 115, 42, 0, 0, 0, 112, 269);
        f.t4(new long[15]);
        f.bodies.put(Section.OVERVIEW, "2019年,在县委、县政府的正确领导下,我局认真贯彻实施《中华人民共和国政府信息公开条例》,依法公开相关政务信息。");
        f.bodies.put(Section.ACTIVE_DISCLOSURE, "（表二）");
        f.bodies.put(Section.APPLICATIONS, "（表三）");
        f.bodies.put(Section.REVIEW_LITIGATION, "（表四）");
        f.bodies.put(Section.PROBLEMS, "一是思想认识还不够高。二是公开范围有待扩大。");
        f.bodies.put(Section.OTHER_MATTERS, "无");
        return f;
    }

    /** Seed 004: 石泉县人民政府 2023 report, 2021 format. */
    public static ReportFixture seed004()
    {
        ReportFixture f = new ReportFixture();
        f.format = TemplateFormat.FORMAT_2021;
        f.identity = new Identity("石泉县人民政府2023年政府信息公开工作年度报告", "石泉县人民政府", AgencyLevel.COUNTY,
                AgencyKind.GOVERNMENT, 2023, null, null, LocalDate.of(2024, 1, 29));
        f.narrative = new NarrativeFigures(34, null, null, null, 0, 0);
        f.t2(Table2Row.REGULATIONS, 0, 0, 0).t2(Table2Row.NORMATIVE_DOCUMENTS, 2, 3, 14)
                .t2(Table2Row.LICENSING, 28364).t2(Table2Row.PENALTY, 1021).t2(Table2Row.ENFORCEMENT, 623);
        f.t2.put(Table2Row.FEES, new EnumMap<>(Map.of(Table2Column.FEE_AMOUNT, Cell.number(new BigDecimal("924.19"), "924.19"))));
        for (Table3Row r : Table3Row.rows(TemplateFormat.FORMAT_2021))
        {
            f.t3(r, 0, 0, 0, 0, 0, 0, 0);
        }
        f.t3(Table3Row.NEW, 34, 0, 0, 0, 0, 0, 34)
                .t3(Table3Row.DISCLOSED, 12, 0, 0, 0, 0, 0, 12)
                .t3(Table3Row.PARTIALLY_DISCLOSED, 4, 0, 0, 0, 0, 0, 4)
                .t3(Table3Row.WITHHELD_STATE_SECRET, 1, 0, 0, 0, 0, 0, 1)
                .t3(Table3Row.WITHHELD_PROHIBITED_BY_LAW, 2, 0, 0, 0, 0, 0, 2)
                .t3(Table3Row.UNAVAILABLE_NOT_HELD, 2, 0, 0, 0, 0, 0, 2)
                .t3(Table3Row.UNAVAILABLE_STILL_UNCLEAR, 4, 0, 0, 0, 0, 0, 4)
                .t3(Table3Row.NOT_PROCESSED_PETITION, 1, 0, 0, 0, 0, 0, 1)
                .t3(Table3Row.NOT_PROCESSED_REPEATED, 2, 0, 0, 0, 0, 0, 2)
                .t3(Table3Row.OTHER_NO_CORRECTION, 5, 0, 0, 0, 0, 0, 5)
                .t3(Table3Row.OTHER_OTHER, 1, 0, 0, 0, 0, 0, 1)
                .t3(Table3Row.TOTAL, 34, 0, 0, 0, 0, 0, 34);
        f.t4(new long[15]);
        f.bodies.put(Section.OVERVIEW, "（二）依申请公开方面。2023年，我县累计收到政府信息依申请公开34件，全部按程序并在规定时间内办结，无政府信息公开行政复议和行政诉讼情形发生。");
        f.bodies.put(Section.ACTIVE_DISCLOSURE, "（表二）");
        f.bodies.put(Section.APPLICATIONS, "（表三）");
        f.bodies.put(Section.REVIEW_LITIGATION, "（表四）");
        f.bodies.put(Section.PROBLEMS, "存在问题：一是部分领域信息公开不全面。");
        f.bodies.put(Section.OTHER_MATTERS, "2023年，我县收到依申请公开事项34件均在规定时间内办结，未发生行政复议或行政诉讼情况，未收取政府信息公开信息处理费。");
        f.headings.put(Section.ACTIVE_DISCLOSURE, "主动公开政府信息情况");
        return f;
    }

    // ------------------------------------------------------------------ tables

    public ReportFixture t2(Table2Row row, long... values)
    {
        List<Table2Column> columns = row.columns(format);
        Map<Table2Column, Cell> cells = new EnumMap<>(Table2Column.class);
        for (int i = 0; i < values.length; i++)
        {
            cells.put(columns.get(i), Cell.number(values[i]));
        }
        t2.put(row, cells);
        return this;
    }

    public ReportFixture t2(Table2Row row, Table2Column column, Cell cell)
    {
        t2.computeIfAbsent(row, r -> new EnumMap<>(Table2Column.class)).put(column, cell);
        return this;
    }

    /** One row of table 三: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
    public ReportFixture t3(Table3Row row, long... values)
    {
        Map<Table3Column, Cell> cells = new EnumMap<>(Table3Column.class);
        for (int i = 0; i < values.length; i++)
        {
            cells.put(Table3Column.values()[i], Cell.number(values[i]));
        }
        t3.put(row, cells);
        return this;
    }

    public ReportFixture t3(Table3Row row, Table3Column column, Cell cell)
    {
        t3.computeIfAbsent(row, r -> new EnumMap<>(Table3Column.class)).put(column, cell);
        return this;
    }

    public ReportFixture t3(Table3Row row, Table3Column column, long value)
    {
        return t3(row, column, Cell.number(value));
    }

    /** Table 四's 15 numbers in template order. */
    public ReportFixture t4(long... values)
    {
        Map<Table4Column, Cell> cells = new EnumMap<>(Table4Column.class);
        for (int i = 0; i < values.length; i++)
        {
            cells.put(Table4Column.values()[i], Cell.number(values[i]));
        }
        t4.put(Table4Row.CASES, cells);
        return this;
    }

    public ReportFixture t4(Table4Column column, Cell cell)
    {
        t4.get(Table4Row.CASES).put(column, cell);
        return this;
    }

    public ReportFixture t4(Table4Column column, long value)
    {
        return t4(column, Cell.number(value));
    }

    /**
     * A 2021-format table 三 that keeps the single 2019 row （六）其他处理 with these figures instead of its three
     * sub-rows, as the table parser reads it (the row in place of the sub-rows, none of them missing).
     */
    public ReportFixture singleOtherProcessingRow(long... values)
    {
        Map<Table3Row, Map<Table3Column, Cell>> rows = new LinkedHashMap<>();
        for (Map.Entry<Table3Row, Map<Table3Column, Cell>> e : t3.entrySet())
        {
            if (e.getKey() == Table3Row.OTHER_NO_CORRECTION)
            {
                Map<Table3Column, Cell> cells = new EnumMap<>(Table3Column.class);
                for (int i = 0; i < values.length; i++)
                {
                    cells.put(Table3Column.values()[i], Cell.number(values[i]));
                }
                rows.put(Table3Row.OTHER_PROCESSING, cells);
            }
            else if (e.getKey() != Table3Row.OTHER_FEE_UNPAID && e.getKey() != Table3Row.OTHER_OTHER)
            {
                rows.put(e.getKey(), e.getValue());
            }
        }
        t3.clear();
        t3.putAll(rows);
        return this;
    }

    /** Drops a row of table 三 as a parser that did not find it would: blank cells, listed in missingRows. */
    public ReportFixture missingT3Row(Table3Row row)
    {
        t3.remove(row);
        missingT3.add(row);
        return this;
    }

    public ReportFixture withoutTable(TableId table)
    {
        absent.add(table);
        return this;
    }

    /** The format the table parser "detected" (null: it could not tell). */
    public ReportFixture tablesFormat(TemplateFormat detected)
    {
        this.format = detected;
        return this;
    }

    // ------------------------------------------------------------------ identity, narrative, sections

    public ReportFixture identity(Identity id)
    {
        this.identity = id;
        return this;
    }

    public Identity identity()
    {
        return identity;
    }

    public ReportFixture title(String title)
    {
        Identity i = identity;
        identity = new Identity(title, i.agency(), i.agencyLevel(), i.agencyKind(), i.reportYear(), i.indexNumber(), i.documentDate(), i.publicationDate());
        return this;
    }

    public ReportFixture year(Integer year)
    {
        Identity i = identity;
        identity = new Identity(i.title(), i.agency(), i.agencyLevel(), i.agencyKind(), year, i.indexNumber(), i.documentDate(), i.publicationDate());
        return this;
    }

    public ReportFixture agency(AgencyLevel level, AgencyKind kind)
    {
        Identity i = identity;
        identity = new Identity(i.title(), i.agency(), level, kind, i.reportYear(), i.indexNumber(), i.documentDate(), i.publicationDate());
        return this;
    }

    public ReportFixture published(LocalDate date)
    {
        Identity i = identity;
        identity = new Identity(i.title(), i.agency(), i.agencyLevel(), i.agencyKind(), i.reportYear(), i.indexNumber(), i.documentDate(), date);
        return this;
    }

    public ReportFixture narrative(NarrativeFigures figures)
    {
        this.narrative = figures;
        return this;
    }

    public ReportFixture body(Section section, String text)
    {
        bodies.put(section, text);
        return this;
    }

    public ReportFixture withoutSection(Section section)
    {
        bodies.remove(section);
        return this;
    }

    /** The heading as the report writes it (default: the template's). */
    public ReportFixture heading(Section section, String written)
    {
        headings.put(section, written);
        return this;
    }

    /** The heading written twice in a row (seed 002 repeats "一、总体情况"). */
    public ReportFixture duplicateHeading(Section section)
    {
        duplicated.add(section);
        return this;
    }

    public ReportFixture order(Section... sections)
    {
        this.order = List.of(sections);
        return this;
    }

    // ------------------------------------------------------------------ build

    public ParsedReport build()
    {
        List<String> lines = new ArrayList<>();
        List<SectionHit> hits = new ArrayList<>();
        Map<Section, SectionLayout.LineRange> ranges = new LinkedHashMap<>();
        if (identity != null && identity.title() != null)
        {
            lines.add(identity.title());
        }
        Section open = null;
        int openFrom = 0;
        for (Section s : order)
        {
            if (!bodies.containsKey(s))
            {
                continue;
            }
            if (open != null)
            {
                ranges.put(open, new SectionLayout.LineRange(openFrom, lines.size() + 1));
            }
            String heading = headings.getOrDefault(s, s.standardHeading());
            int copies = duplicated.contains(s) ? 2 : 1;
            for (int i = 0; i < copies; i++)
            {
                lines.add(heading);
                hits.add(new SectionHit(s, heading, lines.size(), heading.equals(s.standardHeading())));
            }
            openFrom = lines.size() + 1;
            lines.addAll(List.of(bodies.get(s).split("\n", -1)));
            open = s;
        }
        if (open != null)
        {
            ranges.put(open, new SectionLayout.LineRange(openFrom, lines.size() + 1));
        }
        Tables tables = new Tables(format,
                absent.contains(TableId.T2) ? StatTable.notFound(TableId.T2) : new StatTable<>(TableId.T2, true, t2, List.of(), 10),
                absent.contains(TableId.T3) ? StatTable.notFound(TableId.T3) : new StatTable<>(TableId.T3, true, t3, missingT3, 40),
                absent.contains(TableId.T4) ? StatTable.notFound(TableId.T4) : new StatTable<>(TableId.T4, true, t4, List.of(), 90));
        return new ParsedReport(new ReportText(lines), new SectionLayout(hits, ranges), identity, tables, narrative);
    }

    /** The result the analyzer would give for this report (rules run with the options). */
    public io.github.zwgk.annualreport.engine.model.AnalysisResult result(String file,
            io.github.zwgk.annualreport.engine.AnalysisOptions options)
    {
        ParsedReport p = build();
        var findings = new RuleEngine().check(p, options);
        return new io.github.zwgk.annualreport.engine.model.AnalysisResult(file,
                io.github.zwgk.annualreport.engine.model.Status.of(findings), null, p.tables().format(),
                p.identity().reportYear(), p.identity().agency(), p.identity(),
                io.github.zwgk.annualreport.engine.ReportAnalyzer.summarize(p.tables(), p.identity().reportYear()), findings,
                p.layout().hits(), p.tables(), p.narrative(), null, "test", null);
    }

    public RuleContext context()
    {
        return new RuleContext(build(), null);
    }
}
