-- The second journey: from rehabilitative work activity to working life (work-activity-journey).
-- Its journeys are rows of journey like the participant journey's, so that "a person has at most
-- one active journey of either kind" is the one partial index journey_participant_active_idx, and
-- the follow-up phase, the events API, erasure and retention find them by journey id as before.
alter table journey add column journey_type varchar(20) not null default 'PARTICIPANT'
    check (journey_type in ('PARTICIPANT', 'WORK_ACTIVITY'));
-- A move from work activity to Digitalents links the two journeys both ways.
alter table journey add column linked_journey_id uuid references journey (id);
create index journey_linked_journey_idx on journey (linked_journey_id);

-- The referral's work-activity part: where, how often, and the activation plan (moved by extensions).
create table work_activity (
    journey_id       uuid primary key references journey (id),
    work_centre      varchar(30) not null
        check (work_centre in ('PAKILA_WORK_CENTRE', 'UUSIX_WORKSHOPS', 'AVOTYOTOIMINTA', 'VIRTUAL_WORKSHOP')),
    plan_starts_on   date        not null,
    plan_ends_on     date        not null,
    days_per_week    smallint    not null check (days_per_week between 1 and 5),
    learning_path    varchar(40),
    check (plan_ends_on > plan_starts_on)
);

create table vocational_profile (
    journey_id                  uuid primary key references journey (id),
    work_history                varchar(2000) not null,
    study_history               varchar(2000),
    preferred_sectors           varchar(500)  not null,
    preferred_tasks             varchar(500)  not null,
    preferred_hours             smallint      not null check (preferred_hours between 1 and 40),
    strengths                   varchar(2000) not null,
    disclosure                  varchar(1000) not null,
    benefits_counselling_needed boolean       not null,
    profiled_on                 date          not null,
    profiled_by                 varchar(100),
    recorded_at                 timestamptz   not null default now()
);

create table benefits_counselling (
    id             bigserial primary key,
    journey_id     uuid          not null references journey (id),
    counselled_on  date          not null,
    note           varchar(2000) not null,
    counselled_by  varchar(100),
    recorded_at    timestamptz   not null default now()
);
create index benefits_counselling_journey_idx on benefits_counselling (journey_id);

create table digital_skills_assessment (
    journey_id        uuid primary key references journey (id),
    information       smallint not null check (information between 0 and 3),
    communication     smallint not null check (communication between 0 and 3),
    content_creation  smallint not null check (content_creation between 0 and 3),
    safety            smallint not null check (safety between 0 and 3),
    problem_solving   smallint not null check (problem_solving between 0 and 3),
    note              varchar(2000),
    assessed_by       varchar(100),
    assessed_at       timestamptz not null default now()
);

create table job_search_meeting (
    id                 bigserial primary key,
    journey_id         uuid         not null references journey (id),
    met_on             date         not null,
    employer_contacts  smallint     not null check (employer_contacts >= 0),
    first_contact_on   date,
    interviews         smallint     not null check (interviews >= 0),
    offers             smallint     not null check (offers >= 0),
    outcome            varchar(20)  not null
        check (outcome in ('CONTINUE', 'JOB_STARTED', 'STUDIES_STARTED', 'PAUSED', 'LEFT')),
    resume_on          date,
    note               varchar(2000),
    held_by            varchar(100),
    recorded_at        timestamptz  not null default now(),
    check ((employer_contacts = 0) = (first_contact_on is null))
);
create index job_search_meeting_journey_idx on job_search_meeting (journey_id);

-- A job started in the job search; a job that ends returns the client to a new search.
create table job_start (
    id              bigserial primary key,
    journey_id      uuid         not null references journey (id),
    employer        varchar(200) not null,
    started_on      date         not null,
    hours_per_week  smallint     not null check (hours_per_week between 1 and 40),
    employment_type varchar(20)  not null check (employment_type in ('OPEN_MARKET', 'SUBSIDISED')),
    ended_on        date,
    recorded_at     timestamptz  not null default now()
);
create index job_start_journey_idx on job_start (journey_id);

create table in_work_check_in (
    id              bigserial primary key,
    journey_id      uuid         not null references journey (id),
    job_start_id    bigint       not null references job_start (id),
    check_in_number smallint     not null,
    held_on         date         not null,
    still_employed  boolean      not null,
    hours_per_week  smallint     check (hours_per_week between 1 and 40),
    support_needed  boolean,
    support_ends    boolean      not null,
    note            varchar(2000),
    held_by         varchar(100),
    recorded_at     timestamptz  not null default now()
);
create index in_work_check_in_journey_idx on in_work_check_in (journey_id);
create index in_work_check_in_job_start_idx on in_work_check_in (job_start_id);

create table slow_job_search_action (
    id          bigserial primary key,
    journey_id  uuid          not null references journey (id),
    action      varchar(30)   not null,
    note        varchar(2000) not null,
    decided_by  varchar(100),
    recorded_at timestamptz   not null default now()
);
create index slow_job_search_action_journey_idx on slow_job_search_action (journey_id);

create table activation_plan_review (
    id             bigserial primary key,
    journey_id     uuid          not null references journey (id),
    decision       varchar(30)   not null check (decision in ('EXTEND', 'END', 'MOVE_TO_DIGITALENTS')),
    plan_ended_on  date          not null,
    new_plan_ends_on date,
    note           varchar(2000) not null,
    reviewed_by    varchar(100),
    recorded_at    timestamptz   not null default now()
);
create index activation_plan_review_journey_idx on activation_plan_review (journey_id);

-- The ESF+ indicator records of both journeys; the report can be filtered by journey type.
alter table indicator_record add column journey_type varchar(20) not null default 'PARTICIPANT'
    check (journey_type in ('PARTICIPANT', 'WORK_ACTIVITY'));
