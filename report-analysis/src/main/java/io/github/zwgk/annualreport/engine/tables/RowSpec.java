package io.github.zwgk.annualreport.engine.tables;

/**
 * What a {@link RowReader} needs to know about one labelled table (二 or 三): how to recognise a row label, how many
 * values a row may hold while reading, and which label is only the heading of a group of sub-rows.
 *
 * @param <R> the canonical row enum
 */
interface RowSpec<R extends Enum<R>>
{
    /**
     * The row whose label a key (see {@link CellText#key}) shows, or null.
     *
     * @param key     the label key
     * @param lastRow the row read just before, or null (some labels depend on where they stand)
     */
    R match(String key, R lastRow);

    /** The most values a row can hold in any format (the reader does not know the format yet). */
    int width(R row);

    /** True when {@code row}, read without values, was only the group heading of {@code next}. */
    boolean isGroupHeading(R row, R next);

    /** True for header text of this table (column titles, corner note); it ends the row being read. */
    boolean isHeader(String key);
}
