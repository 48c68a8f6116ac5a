package io.github.zwgk.annualreport.engine.model;

/** A canonical row or column: a stable English id (the enum name) and its label in the template. */
public interface Labelled
{
    String name();

    /** The label as the template writes it. */
    String label();
}
