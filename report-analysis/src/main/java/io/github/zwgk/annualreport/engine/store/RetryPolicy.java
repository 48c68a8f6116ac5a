package io.github.zwgk.annualreport.engine.store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.extract.UnreadableReason;

/**
 * When a repository tries a report's analysis again. A file that cannot be read is the agency's to fix and ends
 * UNREADABLE at once; anything the installation failed at (its text-conversion service down or still starting, the
 * server busy, a stored content it could not read, a defect of the analysis) keeps the report PENDING, with the reason,
 * and is tried again later, with a delay that doubles from {@code firstDelay} up to {@code maxDelay}, for as long as
 * it takes: an infrastructure problem is never blamed on the agency. A failure that could be either (a time-out, a
 * conversion error while the service itself is up) is tried {@code doubtfulAttempts} times before it counts as the
 * file's.
 *
 * @param firstDelay       delay after the first failed attempt
 * @param maxDelay         the longest delay
 * @param doubtfulAttempts attempts before a failure that could be the file's is taken as the file's
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int doubtfulAttempts)
{
    /** 1, 2, 4 … 60 minutes; a doubtful failure counts as the file's at its second attempt. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 2);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Who a failed attempt is to be blamed on. */
    public enum Blame
    {
        /** The file: the result is final (UNREADABLE with its reason). */
        FILE,
        /** The installation: tried again later, however often. */
        INSTALLATION,
        /** Either: tried again {@code doubtfulAttempts} times, then the file's. */
        DOUBTFUL
    }

    public RetryPolicy
    {
        if (firstDelay == null || firstDelay.isNegative() || firstDelay.isZero() || maxDelay == null
                || maxDelay.compareTo(firstDelay) < 0 || doubtfulAttempts < 1)
        {
            throw new IllegalArgumentException("firstDelay > 0, maxDelay >= firstDelay, doubtfulAttempts >= 1");
        }
    }

    /** Who an engine result of UNREADABLE is to be blamed on ({@link UnreadableReason#isFileFault()}). */
    public static Blame blame(UnreadableReason reason)
    {
        if (reason == null)
        {
            return Blame.FILE;
        }
        if (reason == UnreadableReason.TIMEOUT || reason == UnreadableReason.OUT_OF_MEMORY)
        {
            // a real report takes well under a second and 100 MB, but a busy server may be slow or short of memory
            return Blame.DOUBTFUL;
        }
        return reason.isFileFault() ? Blame.FILE : Blame.INSTALLATION;
    }

    /**
     * When to try again after a failed attempt, or empty when the result is final.
     *
     * @param blame    who the failure is to be blamed on
     * @param attempts attempts made so far, this one included (≥ 1)
     * @param now      now
     */
    public Optional<Instant> retryAt(Blame blame, int attempts, Instant now)
    {
        if (blame == Blame.FILE || (blame == Blame.DOUBTFUL && attempts >= doubtfulAttempts))
        {
            return Optional.empty();
        }
        return Optional.of(now.plus(delay(attempts)));
    }

    /** The delay after {@code attempts} failed attempts: firstDelay × 2^(attempts − 1), at most maxDelay. */
    public Duration delay(int attempts)
    {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration d = firstDelay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 || d.isNegative() ? maxDelay : d;
    }

    /**
     * The reason a report stays PENDING, for ar:statusReason: what failed, that it is not the agency's doing, and when
     * it is tried again, e.g. "文本转换服务暂时不可用（…）。不是报告的问题，第 2 次尝试，系统将于 2026-01-20 10:32 自动重试".
     */
    public static String pendingReason(String cause, int attempts, Instant retryAt, ZoneId zone)
    {
        return cause + "。不是报告的问题，第 " + attempts + " 次尝试，系统将于 "
                + WHEN.format(retryAt.atZone(zone)) + " 自动重试";
    }
}
