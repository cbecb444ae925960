-- Serves the engine's task and process queries with authorization checks, above all Tasklist's
-- "<group>: open" filters (TaskEntity.selectTaskCountByQueryCriteria and selectTaskByQueryCriteria).
-- They join ACT_RU_AUTHORIZATION on "resource_id_ IN (task id, process key, '*')" and filter grants
-- by permission bits ("perms_ & 2 = 2"). PostgreSQL cannot estimate such bit tests, guesses a
-- handful of rows, and plans a nested loop of every open task against every grant: quadratic in the
-- group's open tasks (600 ms for the count at 2,000 open tasks of one group, EXPLAIN ANALYZE).
-- Statistics on the bit expressions give it the real row counts; it then probes
-- act_idx_auth_resource_id once per task (26 ms for the same query and data).
-- Bits: 2 READ, 4 UPDATE (tasks and process definitions), 64 READ_TASK, 512 READ_INSTANCE.
-- The engine creates its tables when it starts, before Flyway runs; should it not have, this is
-- skipped, and AuthorizationIT reports the missing statistics.
do $$
begin
    if to_regclass('act_ru_authorization') is not null then
        create statistics if not exists polku_authorization_permission_bits
            on (perms_ & 2), (perms_ & 4), (perms_ & 64), (perms_ & 512) from act_ru_authorization;
        analyze act_ru_authorization;
    end if;
end $$;
