package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;

/** One validation rule: looks at a parsed report and adds what it finds. Implementations are stateless. */
@FunctionalInterface
public interface Rule
{
    /**
     * Checks the report and appends findings to {@code out}. Never throws on any parsed report: a rule that cannot
     * apply (table not found, figure not a number, year unknown) adds nothing.
     */
    void check(RuleContext ctx, List<Finding> out);
}
