package fi.polku.referral;

import fi.polku.journey.JourneyRepository;
import fi.polku.participant.FinnishLevel;
import fi.polku.participant.Gender;
import fi.polku.participant.IctBackground;
import fi.polku.participant.LabourMarketStatus;
import fi.polku.participant.PreferredLanguage;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a handful of referrals, so a first look at Tasklist and Cockpit shows real
 * work — referrals at review and at interview, one declined by the eligibility check. Created
 * once; a restart finds them and creates nothing.
 */
@Component
@Profile("demo")
@ConditionalOnProperty("polku.demo.seed-journeys")
class DemoReferrals implements ApplicationRunner {

    static final String ORGANISATION = "Helsinki Employment Services (demo)";
    private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);

    private final ReferralIntake intake;
    private final JourneyRepository journeys;

    public DemoReferrals(ReferralIntake intake, JourneyRepository journeys) {
        this.intake = intake;
        this.journeys = journeys;
    }

    private record Person(String id, String firstName, String lastName, LocalDate birthDate, Gender gender,
                          String municipality, int education, IctBackground ict, int monthsUnemployed, String reason) {
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Person> people = List.of(
                new Person("DEMO-1", "Aino", "Virtanen", LocalDate.of(1998, 4, 12), Gender.FEMALE, "Helsinki", 3,
                        IctBackground.VOCATIONAL, 14, "Completed an ICT vocational degree; wants to work in software."),
                new Person("DEMO-2", "Mikael", "Korhonen", LocalDate.of(2001, 9, 3), Gender.MALE, "Helsinki", 4,
                        IctBackground.HOBBY, 20, "Builds games as a hobby; looking for a way into the games industry."),
                new Person("DEMO-3", "Sara", "Nieminen", LocalDate.of(2003, 1, 22), Gender.FEMALE, "Helsinki", 2,
                        IctBackground.HOBBY, 8, "Interrupted upper secondary school; interested in IT support."),
                new Person("DEMO-4", "Alex", "Mäkinen", LocalDate.of(1989, 6, 30), Gender.NON_BINARY, "Helsinki", 6,
                        IctBackground.NONE, 5, "Career change from retail; curious about digital services."),
                new Person("DEMO-5", "Juho", "Laine", LocalDate.of(1995, 11, 2), Gender.MALE, "Espoo", 3,
                        IctBackground.DEGREE, 30, "Moved recently; still registered in Espoo."));
        int created = 0;
        for (Person person : people) {
            if (journeys.findBySource(SourceType.EMPLOYMENT_SERVICES.name(), ORGANISATION, person.id()).isPresent()) {
                continue;
            }
            intake.registerAndStart(new ReferralRequest(
                    new ReferralRequest.Source(SourceType.EMPLOYMENT_SERVICES, ORGANISATION, person.id(),
                            new ReferralRequest.Referrer("Maija Ohjaaja", "maija.ohjaaja@example.org", "+358401234567")),
                    new ReferralRequest.Participant(person.firstName(), person.lastName(), person.birthDate(),
                            person.gender(), person.municipality(), null, null, PreferredLanguage.FI, person.education(),
                            person.ict(), person.monthsUnemployed(), FinnishLevel.NATIVE, LabourMarketStatus.UNEMPLOYED),
                    person.reason(), new ReferralRequest.Consent(true, false)), "demo");
            created++;
        }
        if (created > 0) {
            log.info("Demo profile: created {} demo referrals", created);
        }
    }
}
