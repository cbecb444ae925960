-- Serve the job executor's acquisition (JobEntity.selectNextJobsToExecute), run every few seconds by
-- every node, however few jobs are due. With one to two timers waiting per active journey, the job
-- table holds most of the engine's runtime rows.
--
-- 1. Due jobs in due order. application.yaml sets job-executor-acquire-by-due-date and
--    ensure-job-due-date-not-null, so the query is "duedate_ <= now ... order by duedate_ limit n"
--    (no "duedate_ is null or"), which this index answers by reading the first due entries. Without
--    it every acquisition scanned the whole table: 30 ms at 48,000 timer jobs with nothing due
--    (EXPLAIN ANALYZE), 3 ms with it.
-- 2. The exclusive-job check of the same query ("not exists a locked exclusive job of the same process
--    instance"), which PostgreSQL runs as one scan for locked jobs: a second full scan of the table
--    (13 ms at 48,000 jobs) that this index of the few locked jobs replaces (0.8 ms for the whole
--    acquisition with 5,000 timers due).
-- 3. Jobs created before the due date was ensured may have none; the acquisition no longer sees such
--    jobs, so they become due now.
-- The engine creates its tables when it starts, before Flyway runs; should it not have, this is skipped.
do $$
begin
    if to_regclass('act_ru_job') is not null then
        create index if not exists polku_job_due_idx on act_ru_job (duedate_)
            where retries_ > 0 and suspension_state_ = 1;
        create index if not exists polku_job_locked_idx on act_ru_job (process_instance_id_)
            where lock_owner_ is not null;
        update act_ru_job set duedate_ = coalesce(create_time_, localtimestamp) where duedate_ is null;
    end if;
end $$;
