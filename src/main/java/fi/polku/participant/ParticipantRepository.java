package fi.polku.participant;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Participants and their consent: the personal data Polku holds. */
@Repository
public class ParticipantRepository {

    private final JdbcTemplate jdbc;

    public ParticipantRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NewParticipant(UUID id, String firstName, String lastName, LocalDate birthDate, Gender gender,
                                 String municipality, String email, String phone, PreferredLanguage preferredLanguage,
                                 int educationLevel, IctBackground ictBackground, int monthsUnemployed,
                                 LabourMarketStatus labourMarketStatus, FinnishLevel finnishLevel,
                                 boolean consentToSharing) {
    }

    /** The facts the referral-eligibility decision needs. */
    public record EligibilityFacts(LocalDate birthDate, String municipality, int educationLevel,
                                   IctBackground ictBackground, int monthsUnemployed) {
    }

    /** The participant and their consent, in one statement (one round trip of the intake fewer). */
    public void insert(NewParticipant p) {
        jdbc.update("""
                with participant as (
                    insert into participant (id, first_name, last_name, birth_date, gender, municipality, email, phone,
                                             preferred_language, education_level, ict_background, months_unemployed,
                                             labour_market_status, finnish_level)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    returning id)
                insert into consent (participant_id, processing, sharing_with_partners)
                select id, true, ? from participant""",
                p.id(), p.firstName(), p.lastName(), p.birthDate(), p.gender().name(), p.municipality(), p.email(),
                p.phone(), p.preferredLanguage().code(), p.educationLevel(), p.ictBackground().name(),
                p.monthsUnemployed(), p.labourMarketStatus().name(), p.finnishLevel().name(), p.consentToSharing());
    }

    /** The journey that is still active for a person with this name and birth date, if any. */
    public Optional<UUID> findActiveJourney(String firstName, String lastName, LocalDate birthDate) {
        return jdbc.queryForList("""
                        select j.id from journey j join participant p on p.id = j.participant_id
                        where j.status = 'ACTIVE' and lower(p.first_name) = lower(?) and lower(p.last_name) = lower(?)
                          and p.birth_date = ?""", UUID.class, firstName.strip(), lastName.strip(), birthDate)
                .stream().findFirst();
    }

    /**
     * What the referral coordinator and the job coach need to see on their forms: who referred,
     * why, and the participant's background. No contact details.
     */
    public Map<String, Object> referralSummary(UUID journeyId) {
        return jdbc.queryForMap("""
                select j.source_organisation as organisation, j.referrer_name as referrer, j.reason,
                       extract(year from age(p.birth_date))::int as age, p.municipality, p.education_level,
                       p.ict_background, p.labour_market_status, p.months_unemployed, p.finnish_level,
                       p.preferred_language,
                       c.sharing_with_partners
                from journey j join participant p on p.id = j.participant_id
                join consent c on c.participant_id = p.id where j.id = ?""", journeyId);
    }

    public EligibilityFacts eligibilityFacts(UUID journeyId) {
        return jdbc.queryForObject("""
                        select p.birth_date, p.municipality, p.education_level, p.ict_background, p.months_unemployed
                        from participant p join journey j on j.participant_id = p.id where j.id = ?""",
                (rs, row) -> new EligibilityFacts(rs.getObject("birth_date", LocalDate.class),
                        rs.getString("municipality"), rs.getInt("education_level"),
                        IctBackground.valueOf(rs.getString("ict_background")), rs.getInt("months_unemployed")),
                journeyId);
    }

    /** Whether the participant consented to sharing their data with partner organisations. */
    public boolean sharesWithPartners(UUID journeyId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select c.sharing_with_partners from journey j join consent c on c.participant_id = j.participant_id
                where j.id = ?""", Boolean.class, journeyId));
    }
}
