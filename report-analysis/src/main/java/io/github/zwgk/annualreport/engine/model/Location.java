package io.github.zwgk.annualreport.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a finding points: a section, a table cell, or a line. Any part may be null.
 *
 * @param section the section
 * @param table   the table
 * @param row     the canonical row id (a {@link Table2Row}, {@link Table3Row} or {@link Table4Row} name)
 * @param column  the canonical column id
 * @param line    1-based line in the normalised text, or null
 * @param page    1-based page of the source document where the row, cell or heading is, when the format tells pages
 *                (PDF; .docx with page breaks; text with form feeds), else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(Section section, TableId table, String row, String column, Integer line, Integer page)
{
    /** A location without a page (the page is added by the analyzer, which knows the document's pages). */
    public Location(Section section, TableId table, String row, String column, Integer line)
    {
        this(section, table, row, column, line, null);
    }

    public static Location of(Section section)
    {
        return new Location(section, null, null, null, null);
    }

    public static Location document()
    {
        return new Location(null, null, null, null, null);
    }

    public static Location cell(TableId table, Labelled row, Labelled column)
    {
        return new Location(table.section(), table, row == null ? null : row.name(), column == null ? null : column.name(), null);
    }

    public Location atLine(int line)
    {
        return new Location(section, table, row, column, line > 0 ? line : null, page);
    }

    /** The same location on a page (null or below 1: no page). */
    public Location onPage(Integer newPage)
    {
        return new Location(section, table, row, column, line, newPage == null || newPage < 1 ? null : newPage);
    }
}
