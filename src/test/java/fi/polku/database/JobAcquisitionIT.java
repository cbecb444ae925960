package fi.polku.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.polku.support.IntegrationTest;
import java.time.Duration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The job executor finds due jobs through V8's indexes: every job has a due date, acquired in due order. */
class JobAcquisitionIT extends IntegrationTest {

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void jobsAreAcquiredByDueDateThroughTheirIndexes() {
        assertThat(engineConfiguration.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(engineConfiguration.isEnsureJobDueDateNotNull()).isTrue();
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_job'", String.class))
                .contains("polku_job_due_idx", "polku_job_locked_idx");
    }

    @Test
    void anAsynchronousContinuationIsDueWhenCreated() {
        // "Check eligibility" runs after an asynchronous continuation; acquisition by due date would never see it undated.
        String journeyId = createJourney(referral());
        awaitTask(journeyId, "Task_HoldSuitabilityInterview");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("""
                select count(*) from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_
                where p.business_key_ = ? and l.act_id_ = 'Task_CheckEligibility'""", Long.class, journeyId) > 0);
        assertThat(jdbc.queryForList("""
                select l.job_duedate_ is not null from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_
                where p.business_key_ = ? and l.act_id_ = 'Task_CheckEligibility'""", Boolean.class, journeyId))
                .isNotEmpty().containsOnly(true);
    }
}
