package io.github.zwgk.annualreport.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.model.Status;

class ReviewRoutingTest
{
    @Test
    void validReportsGoToTheReviewersEvenWithWarnings()
    {
        assertThat(ReviewRouting.decide(Status.VALID)).isEqualTo(ReviewRouting.SEND_TO_REVIEW);
        assertThat(ReviewRouting.decide(Status.VALID_WITH_WARNINGS)).isEqualTo(ReviewRouting.SEND_TO_REVIEW);
    }

    @Test
    void invalidUnreadableAndNonReportsGoBackToTheAgency()
    {
        assertThat(ReviewRouting.decide(Status.INVALID)).isEqualTo(ReviewRouting.RETURN_TO_AGENCY);
        assertThat(ReviewRouting.decide(Status.UNREADABLE)).isEqualTo(ReviewRouting.RETURN_TO_AGENCY);
        assertThat(ReviewRouting.decide(Status.NOT_A_REPORT)).isEqualTo(ReviewRouting.RETURN_TO_AGENCY);
        assertThat(ReviewRouting.decide(null)).isEqualTo(ReviewRouting.RETURN_TO_AGENCY);
    }
}
