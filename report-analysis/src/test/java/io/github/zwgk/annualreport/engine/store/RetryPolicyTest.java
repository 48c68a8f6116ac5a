package io.github.zwgk.annualreport.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.extract.UnreadableReason;
import io.github.zwgk.annualreport.engine.store.RetryPolicy.Blame;

class RetryPolicyTest
{
    private static final Instant NOW = Instant.parse("2026-01-20T02:30:00Z");
    private final RetryPolicy policy = RetryPolicy.DEFAULT;

    @Test
    void aBadFileIsFinalAtOnce()
    {
        for (UnreadableReason r : new UnreadableReason[] {UnreadableReason.EMPTY, UnreadableReason.CORRUPT,
                UnreadableReason.ENCRYPTED, UnreadableReason.NO_TEXT, UnreadableReason.TOO_LARGE, UnreadableReason.ZIP_BOMB})
        {
            assertThat(RetryPolicy.blame(r)).as(r.name()).isEqualTo(Blame.FILE);
            assertThat(policy.retryAt(RetryPolicy.blame(r), 1, NOW)).as(r.name()).isEmpty();
        }
    }

    @Test
    void whatTheInstallationFailedAtIsTriedAgainForeverWithADoublingDelayCappedAtAnHour()
    {
        for (UnreadableReason r : new UnreadableReason[] {UnreadableReason.PARSER_UNAVAILABLE, UnreadableReason.BUSY,
                UnreadableReason.IO_ERROR, UnreadableReason.ANALYSIS_FAILED})
        {
            assertThat(RetryPolicy.blame(r)).as(r.name()).isEqualTo(Blame.INSTALLATION);
        }
        assertThat(policy.retryAt(Blame.INSTALLATION, 1, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(policy.retryAt(Blame.INSTALLATION, 3, NOW)).contains(NOW.plus(Duration.ofMinutes(4)));
        assertThat(policy.retryAt(Blame.INSTALLATION, 7, NOW)).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(policy.retryAt(Blame.INSTALLATION, 1000, NOW)).contains(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void aDoubtfulFailureIsTriedOnceMoreThenCountsAsTheFiles()
    {
        assertThat(RetryPolicy.blame(UnreadableReason.TIMEOUT)).isEqualTo(Blame.DOUBTFUL);
        assertThat(RetryPolicy.blame(UnreadableReason.OUT_OF_MEMORY)).isEqualTo(Blame.DOUBTFUL);
        assertThat(policy.retryAt(Blame.DOUBTFUL, 1, NOW)).isPresent();
        assertThat(policy.retryAt(Blame.DOUBTFUL, 2, NOW)).isEmpty();
    }

    @Test
    void thePendingReasonSaysItIsNotTheReportsFaultAndWhenItIsTriedAgain()
    {
        assertThat(RetryPolicy.pendingReason("文本转换服务暂时不可用", 2, NOW.plus(Duration.ofMinutes(2)), ZoneId.of("Asia/Shanghai")))
                .isEqualTo("文本转换服务暂时不可用。不是报告的问题，第 2 次尝试，系统将于 2026-01-20 10:32 自动重试");
    }
}
