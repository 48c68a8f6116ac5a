package io.github.zwgk.annualreport.engine.model;

/**
 * One of the six sections as found in the report.
 *
 * @param section  the canonical section
 * @param heading  the heading as written (after normalisation of full-width punctuation), or null if the section was
 *                 recognised without a heading line
 * @param line     1-based line of the heading in the normalised text
 * @param standard true when the heading is the template's ("一、总体情况"), number and wording
 */
public record SectionHit(Section section, String heading, int line, boolean standard)
{
}
