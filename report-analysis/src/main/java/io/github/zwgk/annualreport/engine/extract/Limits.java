package io.github.zwgk.annualreport.engine.extract;

import java.time.Duration;

/**
 * Limits that keep one analysis bounded whatever the input: bytes read, characters of text kept, lines kept and
 * wall-clock time. Over a limit the result is UNREADABLE with the reason, never an exception.
 *
 * @param maxBytes      largest input accepted
 * @param maxCharacters most characters of extracted text analysed
 * @param maxLines      most lines of extracted text analysed
 * @param timeBudget    wall-clock budget for extraction and analysis together
 */
public record Limits(long maxBytes, int maxCharacters, int maxLines, Duration timeBudget)
{
    /** 20 MiB, 1 000 000 characters, 50 000 lines, 20 s — far above any real report (seeds: 6–12 k characters). */
    public static final Limits DEFAULT = new Limits(20L * 1024 * 1024, 1_000_000, 50_000, Duration.ofSeconds(20));
}
