package fi.polku.participant;

import fi.polku.api.ApiException;
import fi.polku.api.ApiProblem;
import fi.polku.journey.JourneyTables;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a participant's personal data: every domain row of their journeys, their journeys'
 * running process instances (cancelled with a reason) and the engine's history of them, in one
 * transaction. The anonymous {@code indicator_record} rows stay, so the programme's counts stay;
 * {@code erasure_audit} records who erased how much and when, never the data.
 */
@Service
public class ParticipantErasure {

    public enum Cause { REQUEST, RETENTION }

    public record Erasure(UUID erasureId, UUID participantId, Cause cause, int journeys, int processInstances,
                          String erasedBy, OffsetDateTime erasedAt) {
    }

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final List<JourneyTables> modulesTables;
    private final List<JourneyErasureHandler> erasureHandlers;

    public ParticipantErasure(JdbcTemplate jdbc, RuntimeService runtimeService, HistoryService historyService,
                              List<JourneyTables> modulesTables, List<JourneyErasureHandler> erasureHandlers) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.modulesTables = modulesTables;
        this.erasureHandlers = erasureHandlers;
    }

    /** Every module's tables with journey data: erased with a participant. */
    public List<String> journeyTables() {
        return modulesTables.stream().flatMap(tables -> tables.erasedWithParticipant().stream()).toList();
    }

    /** Tables with a journey id that hold no personal data and are kept. */
    public List<String> anonymousTables() {
        return modulesTables.stream().flatMap(tables -> tables.keptAnonymous().stream()).toList();
    }

    /** Tables with a journey id whose rows outlive the erasure with the person's data cleared (payment records). */
    public List<String> clearedTables() {
        return erasureHandlers.stream().flatMap(handler -> handler.clearedTables().stream()).toList();
    }

    /** Erases the participant; 404 for an unknown one, 410 for one erased before. */
    @Transactional
    public Erasure erase(UUID participantId, Cause cause, String erasedBy) {
        jdbc.query("select pg_advisory_xact_lock(hashtext('participant'), hashtext(?))", rs -> null,
                participantId.toString());
        if (!exists(participantId)) {
            throw notThere(participantId);
        }
        UUID erasureId = UUID.randomUUID();
        List<UUID> journeys = jdbc.queryForList("select id from journey where participant_id = ?", UUID.class,
                participantId);
        int processInstances = 0;
        for (UUID journeyId : journeys) {
            processInstances += eraseFromEngine(journeyId, "Personal data erased (" + cause + " " + erasureId + ")");
        }
        if (!journeys.isEmpty()) {
            erasureHandlers.forEach(handler -> handler.eraseJourneys(journeys));
            Object[] ids = journeys.toArray();
            String in = "(" + String.join(", ", journeys.stream().map(id -> "?").toList()) + ")";
            for (String table : journeyTables()) {
                jdbc.update("delete from " + table + " where journey_id in " + in, ids);
            }
            jdbc.update("delete from journey where id in " + in, ids);
        }
        jdbc.update("delete from consent where participant_id = ?", participantId);
        jdbc.update("delete from participant where id = ?", participantId);
        jdbc.update("""
                insert into erasure_audit (id, participant_id, cause, journeys, process_instances, erased_by)
                values (?, ?, ?, ?, ?, ?)""", erasureId, participantId, cause.name(), journeys.size(), processInstances,
                erasedBy);
        return jdbc.queryForObject("select * from erasure_audit where id = ?", (rs, row) -> new Erasure(erasureId,
                participantId, cause, journeys.size(), rs.getInt("process_instances"), erasedBy,
                rs.getObject("erased_at", OffsetDateTime.class)), erasureId);
    }

    /**
     * Cancels the journey's running instances and deletes the history of all of them (the phases
     * carry the journey id as their business key too). Returns how many instances there were.
     */
    private int eraseFromEngine(UUID journeyId, String reason) {
        List<String> running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(journeyId.toString())
                .list().stream().filter(instance -> instance.getRootProcessInstanceId() == null
                        || instance.getRootProcessInstanceId().equals(instance.getId()))
                .map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
            // Listeners would write to the journey being erased: skip them.
            runtimeService.deleteProcessInstances(running, reason, true, true);
        }
        List<String> history = new ArrayList<>(historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(journeyId.toString()).list().stream()
                .map(HistoricProcessInstance::getId).toList());
        // The decisions evaluated in the journey (with their inputs: age, municipality, scores) are
        // not deleted with the process history: delete them first.
        List<String> decisions = new ArrayList<>();
        for (String instanceId : history) {
            historyService.createHistoricDecisionInstanceQuery().processInstanceId(instanceId).list()
                    .forEach(decision -> decisions.add(decision.getId()));
        }
        if (!decisions.isEmpty()) {
            historyService.deleteHistoricDecisionInstancesBulk(decisions);
        }
        if (!history.isEmpty()) {
            historyService.deleteHistoricProcessInstances(history);
        }
        return history.size();
    }

    private boolean exists(UUID participantId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from participant where id = ?)",
                Boolean.class, participantId));
    }

    private ApiException notThere(UUID participantId) {
        List<OffsetDateTime> erased = jdbc.queryForList(
                "select erased_at from erasure_audit where participant_id = ? order by erased_at", OffsetDateTime.class,
                participantId);
        if (erased.isEmpty()) {
            return ApiException.notFound("No participant " + participantId);
        }
        ProblemDetail gone = ApiProblem.of(HttpStatus.GONE, "erased", "Erased",
                "The personal data of participant " + participantId + " was erased on " + erased.get(0));
        return new ApiException(gone);
    }

    /** Participants all of whose journeys ended more than {@code days} ago: retention erases them. */
    public List<UUID> pastRetention(int days, int limit) {
        return jdbc.queryForList("""
                select p.id from participant p
                where exists (select 1 from journey j where j.participant_id = p.id)
                  and not exists (select 1 from journey j where j.participant_id = p.id
                                  and (j.status = 'ACTIVE' or j.ended_at > now() - make_interval(days => ?)))
                order by p.created_at limit ?""", UUID.class, days, limit);
    }
}
