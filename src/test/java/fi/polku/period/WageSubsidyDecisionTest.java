package fi.polku.period;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.api.FieldError;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules between a decision's fields; the longest period is the configured number of months. */
class WageSubsidyDecisionTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static WageSubsidyDecision grantedUntil(LocalDate end) {
        return new WageSubsidyDecision("WS-1", true, WageSubsidyDecision.Funding.PAY_SUBSIDY, 70, START, end);
    }

    @Test
    void theDefaultLongestPeriodIs24Months() {
        assertThat(grantedUntil(START.plusMonths(24)).ruleViolations(24)).isEmpty();
        assertThat(grantedUntil(START.plusMonths(24).plusDays(1)).ruleViolations(24)).containsExactly(
                new FieldError("endDate", "max-duration", "must be at most 24 months after startDate"));
    }

    @Test
    void anotherConfiguredLongestPeriodChangesTheRuleAndItsMessage() {
        WageSubsidyDecision thirteenMonths = grantedUntil(START.plusMonths(13));
        assertThat(thirteenMonths.ruleViolations(24)).isEmpty();
        assertThat(thirteenMonths.ruleViolations(12)).containsExactly(
                new FieldError("endDate", "max-duration", "must be at most 12 months after startDate"));
        assertThat(grantedUntil(START.plusMonths(12)).ruleViolations(12)).isEmpty();
        assertThat(grantedUntil(START.plusMonths(30)).ruleViolations(36)).isEmpty();
    }

    @Test
    void aDecisionNotGrantedHasNoPeriodToCheck() {
        assertThat(new WageSubsidyDecision("WS-2", false, null, null, null, null).ruleViolations(1)).isEmpty();
    }
}
