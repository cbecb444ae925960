-- Wage-subsidy period: the decision, the contract and every meeting of the period.

create table wage_subsidy_decision (
    journey_id       uuid primary key references journey (id),
    decision_number  varchar(50) not null,
    granted          boolean     not null,
    funding          varchar(20),
    subsidy_percent  smallint check (subsidy_percent between 0 and 100),
    start_date       date,
    end_date         date,
    source           varchar(20)  not null,
    decided_by       varchar(100),
    decided_at       timestamptz  not null default now(),
    changed_at       timestamptz,
    constraint decision_dates_ck check (not granted or (start_date is not null and end_date > start_date))
);

create table employment_contract (
    journey_id     uuid primary key references journey (id),
    contract_date  date         not null,
    work_team      varchar(20)  not null,
    mentor         varchar(200) not null,
    signed_by      varchar(100),
    recorded_at    timestamptz  not null default now()
);

-- Meetings of the period: the second pathway-studies meeting, monthly check-ins, social guidance
-- sessions and the midpoint review.
create table period_meeting (
    id                 bigserial primary key,
    journey_id         uuid         not null references journey (id),
    kind               varchar(30)  not null,
    number             smallint,
    held_on            date         not null,
    attended           boolean,
    progress           smallint check (progress between 1 and 5),
    applications_sent  smallint check (applications_sent >= 0),
    credits_earned     smallint check (credits_earned >= 0),
    concern            boolean,
    crear_studies      smallint check (crear_studies between 1 and 5),
    crear_time_use     smallint check (crear_time_use between 1 and 5),
    crear_wellbeing    smallint check (crear_wellbeing between 1 and 5),
    crear_career_planning smallint check (crear_career_planning between 1 and 5),
    crear_employment   smallint check (crear_employment between 1 and 5),
    work_ability_score smallint check (work_ability_score between 0 and 10),
    -- the participant's commitment: pathway decision at the second pathway meeting (APPLYING,
    -- COURSES_ONLY, NOT_NOW); applied for studies or seeking work at the midpoint review
    commitment         varchar(30),
    trainee_ready      boolean,
    note               varchar(2000),
    recorded_by        varchar(100),
    recorded_at        timestamptz  not null default now()
);
create index period_meeting_journey_idx on period_meeting (journey_id, kind);

-- How a period ended early: a job found, or an interruption.
create table period_exit (
    journey_id     uuid primary key references journey (id),
    type           varchar(30)  not null,
    employer       varchar(200),
    start_date     date,
    contract_type  varchar(30),
    reason         varchar(30),
    comment        varchar(2000),
    recorded_by    varchar(100),
    recorded_at    timestamptz  not null default now()
);

alter table journey add column period_status varchar(30);
