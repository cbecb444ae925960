package fi.polku.followup;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyEndHandler;
import fi.polku.journey.JourneyOutcome;
import fi.polku.journey.JourneyProcess;
import fi.polku.journey.JourneyTables;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the anonymous {@code indicator_record} of a participant the programme reports on: bands
 * and dates only, taken when the wage-subsidy period starts (for the work-activity journey: when the
 * work activity with job coaching starts), completed on leaving and at the six-month follow-up. The
 * record outlives an erasure of the person's data, so the counts stay.
 */
@Component("indicatorRecords")
public class IndicatorRecords implements JourneyEndHandler, JourneyTables {

    private final JdbcTemplate jdbc;

    public IndicatorRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Nothing here is personal data: the record outlives an erasure of the person. */
    @Override
    public List<String> erasedWithParticipant() {
        return List.of();
    }

    @Override
    public List<String> keptAnonymous() {
        return List.of("indicator_record");
    }

    /**
     * The participant started: called as the contract is signed ({@code wage-subsidy-period}). The
     * age band is the age on the period's first day. The labour-market status is the one on entry;
     * long-term unemployed follows the Commission's ESF+ monitoring definition: more than 6 months
     * for those under 25 on the first day, more than 12 months from 25. The bands are the database's
     * functions ({@code V13__indicator_band_functions.sql}), their one definition.
     */
    public void recordStart(DelegateExecution execution) {
        jdbc.update("""
                insert into indicator_record (journey_id, gender, age_band, education_band, employment_status,
                                              long_term_unemployed, started_on, journey_type)
                select j.id, p.gender, polku_age_band(p.birth_date, d.start_date),
                       polku_education_band(p.education_level), p.labour_market_status,
                       polku_long_term_unemployed(p.labour_market_status, p.months_unemployed, p.birth_date,
                                                  d.start_date),
                       d.start_date, j.journey_type
                from journey j
                join participant p on p.id = j.participant_id
                join wage_subsidy_decision d on d.journey_id = j.id and d.granted
                where j.id = ?
                on conflict (journey_id) do nothing""", JourneyProcess.journeyId(execution));
    }

    /**
     * A work-activity client started: called as the work activity with IPS job coaching begins
     * ({@code work-activity-journey}, once eligible), which is the day counted and the day of the age band.
     */
    public void recordWorkActivityStart(DelegateExecution execution) {
        LocalDate startedOn = JourneyCalendar.today();
        jdbc.update("""
                insert into indicator_record (journey_id, gender, age_band, education_band, employment_status,
                                              long_term_unemployed, started_on, journey_type)
                select j.id, p.gender, polku_age_band(p.birth_date, ?), polku_education_band(p.education_level),
                       p.labour_market_status,
                       polku_long_term_unemployed(p.labour_market_status, p.months_unemployed, p.birth_date, ?),
                       ?, j.journey_type
                from journey j
                join participant p on p.id = j.participant_id
                where j.id = ?
                on conflict (journey_id) do nothing""", startedOn, startedOn, startedOn,
                JourneyProcess.journeyId(execution));
    }

    /** The situation on leaving, as the exit review recorded it (today). */
    public void recordLeaving(UUID journeyId, FollowUpRecords.ExitReview review, LocalDate recordedOn) {
        jdbc.update("""
                update indicator_record set left_on = ?, outcome_on_leaving = ?, outcome_recorded_on = ?,
                    qualification_gained = ?
                where journey_id = ?""", review.leftOn(), review.outcome().name(), recordedOn,
                review.qualificationGained(), journeyId);
    }

    /** A participant who started and then withdrew has left on the day of the withdrawal, with no outcome recorded. */
    @Override
    public void journeyEnded(UUID journeyId, JourneyOutcome outcome) {
        if (outcome == JourneyOutcome.WITHDRAWN) {
            jdbc.update("update indicator_record set left_on = ? where journey_id = ? and left_on is null",
                    JourneyCalendar.today(), journeyId);
        }
    }

    public void recordSixMonths(UUID journeyId, FollowUpRecords.Situation situation, LocalDate followedUpOn) {
        jdbc.update("update indicator_record set situation_6m = ?, followed_up_6m_on = ? where journey_id = ?",
                situation.name(), followedUpOn, journeyId);
    }
}
