package io.github.zwgk.annualreport.engine.cli;

/** The language of the checker's human-readable report. */
public enum Lang
{
    zh, en
}
