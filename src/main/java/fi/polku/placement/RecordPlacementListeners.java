package fi.polku.placement;

import fi.polku.journey.JourneyProcess;
import fi.polku.period.WageSubsidyDecision;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the placement's forms record in the domain tables. Only what routes the placement stays a
 * variable: the attempt's number, the company's answer, a concern, whether the participant was hired.
 */
@Configuration(proxyBeanMethods = false)
class RecordPlacementListeners {

    public static final String ATTEMPT = "placementAttempt";
    public static final String CONFIRMED = "placementConfirmed";
    public static final String HIRED = "hired";

    static final Set<String> ANSWERS = Set.of("CONFIRMED", "DECLINED");
    static final Set<String> HIRING_OUTCOMES = Set.of("HIRED", "NOT_HIRED");
    static final Set<String> CONTRACT_TYPES = Set.of("PERMANENT", "FIXED_TERM", "APPRENTICESHIP");
    static final Set<String> CHANNELS = Set.of("EMAIL", "PHONE", "MEETING");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /**
     * "Match with partner company": an active company of the register, the role, the company's
     * supervisor, and dates within the subsidised period.
     */
    @Bean
    public CompletedTaskListener recordPlacementMatch(PartnerCompanyRegister register, WageSubsidyRecords wageSubsidy,
                                                      PlacementRecords records, IdentityService identityService) {
        return new CompletedTaskListener(identityService) {
            @Override
            protected void record(DelegateExecution execution, FormValues form, String completedBy) {
                UUID journeyId = JourneyProcess.journeyId(execution);
                PartnerCompany company = activeCompany(register, form.requiredText("partnerCompany", 36));
                String supervisorEmail = form.optionalText("supervisorEmail", 254);
                if (supervisorEmail != null && !EMAIL.matcher(supervisorEmail).matches()) {
                    throw FormValues.invalid("supervisorEmail", "must be an e-mail address");
                }
                LocalDate start = form.requiredDate("placementStart");
                LocalDate end = form.requiredDate("placementEnd");
                if (!end.isAfter(start)) {
                    throw FormValues.invalid("placementEnd", "must be after the start date " + start);
                }
                WageSubsidyDecision period = wageSubsidy.decision(journeyId).filter(WageSubsidyDecision::granted)
                        .orElseThrow(() -> new IllegalStateException("No wage-subsidy period for journey " + journeyId));
                if (start.isBefore(period.startDate()) || end.isAfter(period.endDate())) {
                    throw FormValues.invalid(start.isBefore(period.startDate()) ? "placementStart" : "placementEnd",
                            "must fall within the subsidised period " + period.startDate() + " – " + period.endDate());
                }
                int attempt = records.addMatch(journeyId, new PlacementRecords.NewMatch(company.id(),
                        form.requiredText("placementRole", 200), form.requiredText("supervisorName", 200),
                        supervisorEmail, start, end), completedBy);
                execution.setVariable(ATTEMPT, attempt);
                form.discard("partnerCompany", "placementRole", "supervisorName", "supervisorEmail", "placementStart",
                        "placementEnd");
            }
        };
    }

    /** "Agree placement with company", when the coordinator records the company's answer. */
    @Bean
    public CompletedTaskListener recordCompanyAnswer(PlacementRecords records, IdentityService identityService) {
        return new CompletedTaskListener(identityService) {
            @Override
            protected void record(DelegateExecution execution, FormValues form, String completedBy) {
                boolean confirmed = "CONFIRMED".equals(form.requiredChoice("companyAnswer", ANSWERS));
                records.recordAnswer(JourneyProcess.journeyId(execution), confirmed, "TASKLIST", completedBy,
                        form.optionalText("answerNote", 2000));
                execution.setVariable(CONFIRMED, confirmed);
                form.discard("companyAnswer", "answerNote");
            }
        };
    }

    /** "Hold mid-placement check-in": kept with the period's meetings; a concern asks for social guidance. */
    @Bean
    public CompletedTaskListener recordPlacementCheckIn(WageSubsidyRecords meetings, IdentityService identityService) {
        return new CompletedTaskListener(identityService) {
            @Override
            protected void record(DelegateExecution execution, FormValues form, String completedBy) {
                boolean attended = form.flag("attended");
                boolean concern = form.flag("concern");
                meetings.addMeeting(JourneyProcess.journeyId(execution), new WageSubsidyRecords.Meeting(
                        "MID_PLACEMENT_CHECK_IN", form.requiredDate("meetingDate"), attended,
                        attended ? form.requiredInt("progress", 1, 5) : null, null, null, concern, null, null, null,
                        null, form.optionalText("meetingNote", 2000)), completedBy);
                execution.setVariable("concern", concern);
                form.discard("meetingDate", "attended", "progress", "meetingNote");
            }
        };
    }

    /** "Record hiring decision": hired (contract, start, hours, pay subsidy) or not (the company's feedback). */
    @Bean
    public CompletedTaskListener recordHiringDecision(PlacementRecords records, IdentityService identityService) {
        return new CompletedTaskListener(identityService) {
            @Override
            protected void record(DelegateExecution execution, FormValues form, String completedBy) {
                boolean hired = "HIRED".equals(form.requiredChoice("hiringOutcome", HIRING_OUTCOMES));
                PlacementRecords.HiringDecision decision = hired
                        ? new PlacementRecords.HiringDecision(true, form.requiredChoice("contractType", CONTRACT_TYPES),
                                form.requiredDate("employmentStart"), form.requiredInt("hoursPerWeek", 1, 60),
                                form.flag("paySubsidised"), form.optionalText("hiringFeedback", 2000))
                        : new PlacementRecords.HiringDecision(false, null, null, null, null,
                                form.requiredText("hiringFeedback", 2000));
                records.saveHiringDecision(JourneyProcess.journeyId(execution), decision, completedBy);
                execution.setVariable(HIRED, hired);
                form.discard("hiringOutcome", "contractType", "employmentStart", "hoursPerWeek", "paySubsidised",
                        "hiringFeedback");
            }
        };
    }

    /** "Inform employer about the Helsinki supplement": when and how the employer was told. */
    @Bean
    public CompletedTaskListener recordEmployerInformed(PlacementRecords records, IdentityService identityService) {
        return new CompletedTaskListener(identityService) {
            @Override
            protected void record(DelegateExecution execution, FormValues form, String completedBy) {
                records.recordEmployerInformed(JourneyProcess.journeyId(execution), form.requiredDate("informedOn"),
                        form.requiredChoice("informedChannel", CHANNELS), form.optionalText("informedNote", 2000), completedBy);
                form.discard("informedOn", "informedChannel", "informedNote");
            }
        };
    }

    private static PartnerCompany activeCompany(PartnerCompanyRegister register, String id) {
        Optional<PartnerCompany> company;
        try {
            company = register.find(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            company = Optional.empty();
        }
        return company.filter(PartnerCompany::active).orElseThrow(() -> FormValues.invalid("partnerCompany",
                "must be an active company of the partner-company register"));
    }
}
