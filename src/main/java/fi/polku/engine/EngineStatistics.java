package fi.polku.engine;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts for the Journeys dashboard read from the engine's tables in one statement each. The public
 * API has no aggregate for them: it would take one task count per group, and it has no average of
 * activity durations at all; at scale that is the difference between milliseconds and seconds (the
 * README's Performance section). The reads bypass the engine's authorization checks: the
 * dashboard's endpoint decides who may see these counts (managers and team leads), and they name
 * no person. Indexes for them: {@code V7__phase_durations_index.sql}.
 */
@Component
public class EngineStatistics {

    /**
     * Open tasks past their due date per candidate group, claimed or not: what
     * {@code taskCandidateGroup(group).includeAssignedTasks().dueBefore(now).count()} gives, for all
     * groups in one pass over the candidate links instead of one query per group. A candidate
     * user's link (no group) is no group's.
     */
    static final String OVERDUE_PER_GROUP = """
            select i.group_id_, count(distinct t.id_) from act_ru_task t
            join act_ru_identitylink i on i.task_id_ = t.id_ and i.type_ = 'candidate' and i.group_id_ is not null
            where t.due_date_ < ? group by i.group_id_""";

    /**
     * Average days of each ended call activity of a process; read index-only through
     * polku_phase_durations_idx (V7). Public for the benchmark, which times it at scale.
     */
    public static final String CALL_ACTIVITY_DURATIONS = """
            select act_id_, avg(duration_) / 86400000.0 as days from act_hi_actinst
            where proc_def_key_ = ? and act_type_ = 'callActivity' and end_time_ is not null
            group by act_id_""";

    static final String INCIDENTS_PER_PROCESS = """
            select d.key_, count(i.id_) from act_re_procdef d
            left join act_ru_incident i on i.proc_def_id_ = d.id_
            group by d.key_ order by d.key_""";

    private final JdbcTemplate jdbc;

    public EngineStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Open tasks due before the moment, per candidate group that has any. */
    public Map<String, Long> overdueTasksPerCandidateGroup(Instant now) {
        Map<String, Long> overdue = new LinkedHashMap<>();
        jdbc.query(OVERDUE_PER_GROUP, rs -> { overdue.put(rs.getString(1), rs.getLong(2)); }, Timestamp.from(now));
        return overdue;
    }

    /** Average days from start to end of each call activity of the process that has ended, to a tenth. */
    public Map<String, Double> averageDaysPerCallActivity(String processDefinitionKey) {
        Map<String, Double> days = new LinkedHashMap<>();
        jdbc.query(CALL_ACTIVITY_DURATIONS, rs -> { days.put(rs.getString(1), Math.round(rs.getDouble(2) * 10) / 10.0); },
                processDefinitionKey);
        return days;
    }

    /** Open incidents per process definition key, every deployed key included (0 when none). */
    public Map<String, Long> incidentsPerProcess() {
        Map<String, Long> incidents = new LinkedHashMap<>();
        jdbc.query(INCIDENTS_PER_PROCESS, rs -> { incidents.put(rs.getString(1), rs.getLong(2)); });
        return incidents;
    }
}
