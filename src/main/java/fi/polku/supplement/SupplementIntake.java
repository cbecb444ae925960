package fi.polku.supplement;

import fi.polku.api.ApiException;
import fi.polku.api.FieldError;
import fi.polku.api.InvalidRequestException;
import fi.polku.journey.Journey;
import fi.polku.journey.JourneyRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a Helsinki supplement application: checks what the single-field rules cannot (dates
 * against each other, the de minimis ceiling, the employee's journey), stores it and starts its
 * {@code supplement-application} instance, in one transaction, so an application is either fully
 * received or not at all.
 */
@Service
class SupplementIntake {

    /** What the placement hands back when it ended in hiring (journey.placement_status). */
    static final String HIRED = "HIRED";

    private final SupplementApplicationRecords records;
    private final JourneyRepository journeys;
    private final SupplementProperties properties;
    private final RuntimeService runtimeService;

    SupplementIntake(SupplementApplicationRecords records, JourneyRepository journeys, SupplementProperties properties,
                     RuntimeService runtimeService) {
        this.records = records;
        this.journeys = journeys;
        this.properties = properties;
        this.runtimeService = runtimeService;
    }

    /** Result of an intake: the application and whether this call created it (false for a repeat). */
    record Intake(SupplementApplication application, boolean created) {
    }

    /** The same employer application id again returns the first application and stores nothing. */
    @Transactional
    public Intake receive(SupplementApplicationRequest request, String channel, String receivedBy) {
        List<FieldError> errors = check(request);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        records.lockEmployerApplicationId(request.employerApplicationId());
        Optional<SupplementApplication> existing = records.findByEmployerApplicationId(request.employerApplicationId());
        if (existing.isPresent()) {
            if (!existing.get().businessId().equals(request.employer().businessId())) {
                throw ApiException.conflict("employer-application-id-taken", "Application id "
                        + request.employerApplicationId() + " is already used by another employer's application");
            }
            return new Intake(existing.get(), false);
        }
        UUID id = UUID.randomUUID();
        records.insert(id, channel, request, receivedBy);
        runtimeService.createProcessInstanceByKey(SupplementProcess.KEY)
                .businessKey(id.toString())
                .setVariables(Variables.createVariables()
                        .putValue(SupplementProcess.APPLICATION_ID, id.toString())
                        .putValue(SupplementProcess.DISPLAY_NAME, request.employer().name().strip()))
                .execute();
        return new Intake(records.find(id).orElseThrow(), true);
    }

    /**
     * A paper application a handler recorded with Tasklist's start form: the instance is already
     * starting, so the application is stored under a new id that becomes its business key. The same
     * rules as {@link #receive}; the same employer application id again is refused (naming the
     * application it already is), because this start cannot answer with the existing instance.
     */
    @Transactional
    public UUID receiveStarted(SupplementApplicationRequest request, String receivedBy) {
        List<FieldError> errors = check(request);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        records.lockEmployerApplicationId(request.employerApplicationId());
        Optional<SupplementApplication> existing = records.findByEmployerApplicationId(request.employerApplicationId());
        if (existing.isPresent()) {
            throw new InvalidRequestException(new FieldError("employerApplicationId", "already-received",
                    "application " + request.employerApplicationId() + " is already received as "
                            + existing.get().id()));
        }
        UUID id = UUID.randomUUID();
        records.insert(id, "PAPER", request, receivedBy);
        return id;
    }

    /** The rules between fields and against the stored data; every broken one named. */
    List<FieldError> check(SupplementApplicationRequest request) {
        List<FieldError> errors = new ArrayList<>(request.crossFieldErrors());
        BigDecimal received = request.deMinimis().total();
        BigDecimal ceiling = properties.deMinimisCeilingEur();
        if (received.compareTo(ceiling) >= 0) {
            errors.add(new FieldError("deMinimis", "de-minimis-ceiling", "de minimis aid received in the current and "
                    + "two previous years totals " + received.toPlainString() + " €, which leaves nothing of the "
                    + ceiling.toPlainString() + " € ceiling for the supplement: the application cannot be granted"));
        }
        UUID journeyId = request.employee().journeyId();
        if (journeyId != null) {
            Optional<Journey> journey = journeys.find(journeyId);
            if (journey.isEmpty()) {
                errors.add(new FieldError("employee.journeyId", "unknown-journey", "no journey " + journeyId));
            } else if (!HIRED.equals(journey.get().placementStatus())) {
                errors.add(new FieldError("employee.journeyId", "not-hired",
                        "the journey's trainee placement did not end in hiring"));
            }
        }
        return errors;
    }

    /**
     * The employer withdraws the application before a decision: 409 once it is decided; a repeat
     * of the cancellation answers the same.
     */
    @Transactional
    public SupplementApplication cancel(UUID id) {
        SupplementApplication application = records.lock(id)
                .orElseThrow(() -> ApiException.notFound("No supplement application " + id));
        if (application.status() == SupplementStatus.CANCELLED) {
            return application;
        }
        if (application.status().closed()) {
            throw ApiException.conflict("already-decided", "Application " + id + " is " + application.status()
                    + ": a decided application cannot be cancelled");
        }
        records.cancel(id);
        // Before a decision the instance stands inside "Handle application", whose boundary event ends it;
        // an approved decision that is still being recorded has left it, and is not cancelled any more.
        boolean received = !runtimeService.createMessageCorrelation(SupplementProcess.CANCELLED_MESSAGE)
                .processInstanceBusinessKey(id.toString()).correlateAllWithResult().isEmpty();
        if (!received) {
            throw ApiException.conflict("already-decided", "Application " + id + " has an approved decision being "
                    + "recorded: it cannot be cancelled");
        }
        return records.find(id).orElseThrow();
    }
}
