-- Follow-up: the exit review and the follow-ups after leaving; the anonymous indicator records the
-- programme reports from; the audit of erasures.

create table exit_review (
    journey_id            uuid primary key references journey (id),
    left_on               date         not null,
    -- how the participant left the period: HIRED, NOT_HIRED, NO_PLACEMENT, PLACEMENT_CANCELLED,
    -- PERIOD_COMPLETED, EMPLOYMENT_FOUND, PERIOD_INTERRUPTED
    leaving_route         varchar(30),
    -- EMPLOYED, IN_EDUCATION, JOB_SEARCHING, OTHER_SERVICE, INACTIVE, UNKNOWN
    outcome               varchar(20)  not null,
    -- OPEN_MARKET, SUBSIDISED, SELF_EMPLOYED (when employed)
    employment_type       varchar(20),
    qualification_gained  boolean      not null,
    credits_gained        smallint     check (credits_gained between 0 and 400),
    work_ability_at_exit  smallint     check (work_ability_at_exit between 0 and 10),
    feedback_score        smallint     check (feedback_score between 1 and 5),
    feedback_comment      varchar(2000),
    certificates_issued   boolean      not null,
    reviewed_by           varchar(100),
    reviewed_at           timestamptz  not null default now()
);

-- Each contact attempt of the 3- and 6-month follow-ups; the second failed attempt records UNKNOWN.
create table follow_up (
    id               bigserial primary key,
    journey_id       uuid         not null references journey (id),
    checkpoint       varchar(20)  not null check (checkpoint in ('THREE_MONTHS', 'SIX_MONTHS')),
    attempt          smallint     not null,
    contacted_on     date         not null,
    reached          boolean      not null,
    situation        varchar(20),
    employment_type  varchar(20),
    note             varchar(2000),
    recorded_by      varchar(100),
    recorded_at      timestamptz  not null default now(),
    constraint follow_up_attempt_uk unique (journey_id, checkpoint, attempt)
);

-- One anonymous row per participant who started a wage-subsidy period: what the programme reports
-- to the European Social Fund. Bands, not birth dates; no names or contact details. No foreign key:
-- when a participant's personal data is erased (or retention removes it) this row stays, so the
-- programme's counts stay.
create table indicator_record (
    journey_id            uuid primary key,
    gender                varchar(20)  not null,
    age_band              varchar(10)  not null,   -- UNDER_18, 18_29, 30_54, 55_PLUS (at the start)
    education_band        varchar(10)  not null,   -- ISCED_0_2, ISCED_3_4, ISCED_5_8
    -- the programme takes unemployed people: the referral carries months of unemployment, not
    -- another labour-market status
    employment_status     varchar(20)  not null default 'UNEMPLOYED',
    long_term_unemployed  boolean      not null,   -- 12 months or more
    started_on            date         not null,
    left_on               date,
    outcome_on_leaving    varchar(20),
    outcome_recorded_on   date,
    qualification_gained  boolean,
    situation_6m          varchar(20),
    followed_up_6m_on     date
);
-- The indicator report counts by the date of each event in the period asked for.
create index indicator_record_started_idx on indicator_record (started_on);
create index indicator_record_left_idx on indicator_record (left_on);
create index indicator_record_followed_up_idx on indicator_record (followed_up_6m_on);

-- Journeys whose period started before this migration.
insert into indicator_record (journey_id, gender, age_band, education_band, long_term_unemployed, started_on)
select j.id, p.gender,
       case when extract(year from age(d.start_date, p.birth_date)) < 18 then 'UNDER_18'
            when extract(year from age(d.start_date, p.birth_date)) < 30 then '18_29'
            when extract(year from age(d.start_date, p.birth_date)) < 55 then '30_54'
            else '55_PLUS' end,
       case when p.education_level <= 2 then 'ISCED_0_2' when p.education_level <= 4 then 'ISCED_3_4'
            else 'ISCED_5_8' end,
       p.months_unemployed >= 12, d.start_date
from journey j
join participant p on p.id = j.participant_id
join wage_subsidy_decision d on d.journey_id = j.id and d.granted
join employment_contract c on c.journey_id = j.id;

-- Erasures of personal data, on request or by retention: who, when, how much — never the data itself.
create table erasure_audit (
    id                 uuid primary key,
    participant_id     uuid         not null,
    cause              varchar(20)  not null check (cause in ('REQUEST', 'RETENTION')),
    journeys           integer      not null,
    process_instances  integer      not null,
    erased_by          varchar(100) not null,
    erased_at          timestamptz  not null default now()
);
create index erasure_audit_participant_idx on erasure_audit (participant_id);
