package fi.polku.placement;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.polku.journey.JourneyRepository;
import fi.polku.journey.ModelMigration;
import fi.polku.participant.IctBackground;
import fi.polku.participant.ParticipantRepository;
import fi.polku.period.WageSubsidyDecision;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.TaskSummary;
import fi.polku.wagesubsidy.RecordGuidanceSessionListener;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The beans {@code trainee-placement.bpmn} (every version) calls, for process tests outside this
 * package (the model migrations): registered as {@link TraineePlacementProcessTest} registers them,
 * the supplement check and the form listeners real on mocked records. The period runs 4 Jan - 3 Sep
 * 2027; the placement with Koodipaja Oy takes its last two months from 5 Jul 2027.
 */
public final class PlacementTestBeans {

    public static final LocalDate PERIOD_START = LocalDate.of(2027, 1, 4);
    public static final LocalDate PERIOD_END = LocalDate.of(2027, 9, 3);
    public static final LocalDate PLACEMENT_START = LocalDate.of(2027, 7, 5);

    private final UUID journeyId;
    private final UUID companyId = UUID.randomUUID();
    private final PlacementRecords records = mock(PlacementRecords.class);
    private final PartnerCompanyRegister register = mock(PartnerCompanyRegister.class);
    private final WageSubsidyRecords wageSubsidy = mock(WageSubsidyRecords.class);
    private final ParticipantRepository participants = mock(ParticipantRepository.class);
    private final JourneyRepository journeys = mock(JourneyRepository.class);
    private final IdentityService identity = mock(IdentityService.class);
    private final List<String> companyNotifications = new ArrayList<>();

    public PlacementTestBeans(UUID journeyId) {
        this.journeyId = journeyId;
        when(wageSubsidy.decision(journeyId)).thenReturn(Optional.of(new WageSubsidyDecision("WS-1", true,
                WageSubsidyDecision.Funding.PAY_SUBSIDY, 70, PERIOD_START, PERIOD_END)));
        PartnerCompany company = new PartnerCompany(companyId, "Koodipaja Oy", "2837465-3",
                PartnerCompanyRequest.OrganisationType.COMPANY, "Kalle Koodari", "kalle@koodipaja.example", null,
                "Junior developers", List.of("Java", "React"), PartnerCompany.Status.ACTIVE, null, null, null, null);
        when(register.find(companyId)).thenReturn(Optional.of(company));
        when(register.active()).thenReturn(List.of(company));
        when(records.addMatch(eq(journeyId), any(), any())).thenReturn(1, 2, 3);
        when(records.requireCurrent(journeyId)).thenReturn(new PlacementRecords.Placement(7, 1, companyId,
                "Koodipaja Oy", "2837465-3", PartnerCompanyRequest.OrganisationType.COMPANY, "Junior developer",
                "Kalle Koodari", null, PLACEMENT_START, PERIOD_END, "PROPOSED"));
        when(participants.eligibilityFacts(journeyId)).thenReturn(new ParticipantRepository.EligibilityFacts(
                LocalDate.of(1998, 4, 12), "Helsinki", 3, IctBackground.VOCATIONAL, 14));
        when(records.supplement(journeyId)).thenReturn(new PlacementRecords.Supplement(true, "Meets the terms", 50,
                1500, 12, LocalDate.of(2028, 1, 6)));
    }

    /** The migration the placement module declares (from the first, untagged version to version 2). */
    public static ModelMigration declaredMigration() {
        return new TraineePlacementDecisionTasksMigration();
    }

    /** The match form as the coordinator submits it: Koodipaja Oy for the placement's two months. */
    public Map<String, Object> matchForm() {
        return Map.of("partnerCompany", companyId.toString(), "placementRole", "Junior developer",
                "supervisorName", "Kalle Koodari", "placementStart", PLACEMENT_START.toString(),
                "placementEnd", PERIOD_END.toString());
    }

    /** The hiring decision the supplement table reads: hired permanently from 6 Sep 2027, 37 h a week. */
    public void hired(boolean paySubsidised) {
        when(records.hiringDecision(journeyId)).thenReturn(new PlacementRecords.HiringDecision(true, "PERMANENT",
                LocalDate.of(2027, 9, 6), 37, paySubsidised, null));
    }

    /** The hiring form matching {@link #hired}. */
    public static Map<String, Object> hiringForm(boolean paySubsidised) {
        return Map.of("hiringOutcome", "HIRED", "contractType", "PERMANENT", "employmentStart", "2027-09-06",
                "hoursPerWeek", 37, "paySubsidised", paySubsidised);
    }

    /** The notifications written for the company, in order. */
    public List<String> companyNotifications() {
        return List.copyOf(companyNotifications);
    }

    /** The model's listeners, real, on the given mocks. */
    static void registerListeners(PlacementRecords records, PartnerCompanyRegister register, WageSubsidyRecords wageSubsidy,
                                  ParticipantRepository participants, JourneyRepository journeys, IdentityService identity,
                                  TaskSummary summary) {
        Mocks.register("traineePlacement", new TraineePlacement(journeys, records));
        Mocks.register("showPartnerCompanies", new ShowPartnerCompaniesListener(register, wageSubsidy, records, summary));
        Mocks.register("showPlacementSummary", new ShowPlacementSummaryListener(records, summary));
        Mocks.register("recordPlacementMatch", new RecordPlacementMatchListener(register, wageSubsidy, records, identity));
        Mocks.register("recordCompanyAnswer", new RecordCompanyAnswerListener(records, identity));
        Mocks.register("recordPlacementCheckIn", new RecordPlacementCheckInListener(wageSubsidy, identity));
        Mocks.register("recordGuidanceSession", new RecordGuidanceSessionListener(wageSubsidy, identity));
        Mocks.register("recordHiringDecision", new RecordHiringDecisionListener(records, identity));
        Mocks.register("recordEmployerInformed", new RecordEmployerInformedListener(records, identity));
        Mocks.register("checkHelsinkiSupplement", new CheckHelsinkiSupplementListener(records, participants));
    }

    public void register() {
        TaskSummary summary = new TaskSummary(new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
        registerListeners(records, register, wageSubsidy, participants, journeys, identity, summary);
        Mocks.register("notifyCompany", (JavaDelegate) execution ->
                companyNotifications.add((String) execution.getVariableLocal("notification")));
    }
}
