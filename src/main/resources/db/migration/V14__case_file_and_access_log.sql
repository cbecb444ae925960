-- The participant's case file (README, "The case file"): what each completed task's form recorded,
-- the team's dated notes, and the access log of personal data.

-- What a professional submitted in a task's form, as the form's fields (the phases' own tables keep
-- the same facts in their shape; this keeps them as the professional saw them, for the case file).
create table task_record (
    id            bigserial primary key,
    journey_id    uuid         not null references journey (id),
    task_key      varchar(100) not null,
    form_key      varchar(100) not null,
    task_name     varchar(200) not null,
    fields        jsonb        not null,
    completed_by  varchar(100),
    completed_at  timestamptz  not null default now()
);
create index task_record_journey_idx on task_record (journey_id, completed_at);

create table case_note (
    id          bigserial primary key,
    journey_id  uuid          not null references journey (id),
    text        varchar(2000) not null,
    written_by  varchar(100)  not null,
    written_at  timestamptz   not null default now()
);
create index case_note_journey_idx on case_note (journey_id, written_at);

-- Who viewed which participant's data, when, which part, from which endpoint. Never in the engine's
-- history; rows are only added: updates and deletes are refused unless the retention job has set
-- polku.access_log_retention for its transaction. No foreign keys: the log outlives an erasure, and
-- then names nobody (it holds ids and staff user ids only, never personal values or search terms).
create table access_log (
    id              bigserial primary key,
    viewed_at       timestamptz  not null default now(),
    viewed_by       varchar(100) not null,
    participant_id  uuid         not null,
    journey_id      uuid,
    part            varchar(200) not null,
    endpoint        varchar(200) not null
);
create index access_log_participant_idx on access_log (participant_id, viewed_at);
create index access_log_viewed_at_idx on access_log (viewed_at);

create function access_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and coalesce(current_setting('polku.access_log_retention', true), '') = 'on' then
        return old;
    end if;
    raise exception 'access_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger access_log_append_only before update or delete on access_log
    for each row execute function access_log_append_only();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_append_only();

-- Team leads find a participant by name and birth date: the birth date narrows it to a few rows.
create index participant_birth_date_idx on participant (birth_date);
