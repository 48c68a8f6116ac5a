package io.github.zwgk.annualreport.engine.narrative;

import io.github.zwgk.annualreport.engine.model.NarrativeFigures;

/** Reads the figures that 一、总体情况 states in words (applications, reviews, lawsuits). */
public class NarrativeParser
{
    // SCAFFOLD: replaced by the narrative parser implementation.
    public NarrativeFigures parse(String overviewText)
    {
        return NarrativeFigures.none();
    }
}
