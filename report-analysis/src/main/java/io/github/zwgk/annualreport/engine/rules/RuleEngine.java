package io.github.zwgk.annualreport.engine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Labelled;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TableId;

/**
 * The rules, listed in one place, and the order findings are reported in: ERROR, WARNING, INFO, then by location
 * (document-level first, then section, table, row and column in template order, then line). Stateless and
 * thread-safe. docs/RULES.md documents every code.
 */
public final class RuleEngine
{
    /** Every rule, one per concern; each RuleCode is produced by exactly one of them. */
    public static final List<Rule> RULES = List.of(
            // structure and format
            new TitleMissingRule(),
            new YearMissingRule(),
            new SectionMissingRule(),
            new HeadingVariantRule(),
            new FormatMismatchRule(),
            new FeeStatementRule(),
            new SectionEmptyRule(),
            // completeness of the tables
            new TableMissingRule(),
            new RowMissingRule(),
            new RowVariantRule(),
            new CellMissingRule(),
            new CellUnreadableRule(),
            new CellAmbiguousRule(),
            // arithmetic (勾稽关系)
            new T3BalanceRule(),
            new T3RowSumRule(),
            new T3OutcomeSumRule(),
            new T4SumRule(),
            new NegativeValueRule(),
            new WholeNumberRule(),
            // consistency
            new NarrativeMismatchRule(),
            new CarryOverRule(),
            new AgencyMismatchRule(),
            new LatePublicationRule(),
            new TextRepeatedRule(),
            // notes for the reviewer
            new OtherProcessingHighRule(),
            new OverviewTooLongRule());

    /** Findings order: severity, then location in document order, then rule code. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(f -> f.location(), RuleEngine::compareLocations)
            .thenComparing(Finding::code);

    private final List<Rule> rules;

    public RuleEngine()
    {
        this(RULES);
    }

    public RuleEngine(List<Rule> rules)
    {
        this.rules = List.copyOf(rules);
    }

    /** Runs every rule and returns the findings sorted by {@link #ORDER}. */
    public List<Finding> check(ParsedReport report, AnalysisOptions options)
    {
        RuleContext ctx = new RuleContext(report, options);
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules)
        {
            rule.check(ctx, out);
        }
        out.sort(ORDER);
        return out;
    }

    private static int compareLocations(Location a, Location b)
    {
        int c = compareNullable(a.section(), b.section());
        if (c == 0)
        {
            c = compareNullable(a.table(), b.table());
        }
        if (c == 0)
        {
            c = Integer.compare(rowIndex(a.table(), a.row()), rowIndex(b.table(), b.row()));
        }
        if (c == 0)
        {
            c = Integer.compare(columnIndex(a.table(), a.column()), columnIndex(b.table(), b.column()));
        }
        if (c == 0)
        {
            c = Integer.compare(a.line() == null ? 0 : a.line(), b.line() == null ? 0 : b.line());
        }
        return c;
    }

    private static <E extends Comparable<E>> int compareNullable(E a, E b)
    {
        if (a == null || b == null)
        {
            return a == b ? 0 : (a == null ? -1 : 1);
        }
        return a.compareTo(b);
    }

    private static int rowIndex(TableId table, String row)
    {
        if (table == null || row == null)
        {
            return -1;
        }
        return switch (table)
        {
            case T2 -> index(Table2Row.class, row);
            case T3 -> index(Table3Row.class, row);
            case T4 -> index(Table4Row.class, row);
        };
    }

    private static int columnIndex(TableId table, String column)
    {
        if (table == null || column == null)
        {
            return -1;
        }
        return switch (table)
        {
            case T2 -> index(Table2Column.class, column);
            case T3 -> index(Table3Column.class, column);
            case T4 -> index(Table4Column.class, column);
        };
    }

    private static <E extends Enum<E> & Labelled> int index(Class<E> type, String name)
    {
        for (E e : type.getEnumConstants())
        {
            if (e.name().equals(name))
            {
                return e.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }
}
