-- Initial assessment: what the four professionals and the case conference record.
-- One row per journey, filled in part by part as the parallel tasks complete.
create table assessment (
    journey_id              uuid primary key references journey (id),
    started_at              timestamptz not null default now(),
    -- CREAR service-need self-assessment, each area 1-5
    crear_studies           smallint check (crear_studies between 1 and 5),
    crear_time_use          smallint check (crear_time_use between 1 and 5),
    crear_wellbeing         smallint check (crear_wellbeing between 1 and 5),
    crear_career_planning   smallint check (crear_career_planning between 1 and 5),
    crear_employment        smallint check (crear_employment between 1 and 5),
    support_need_level      varchar(10),
    service_need_by         varchar(100),
    -- Kykyviisari work-ability baseline 0-10
    work_ability_score      smallint check (work_ability_score between 0 and 10),
    work_ability_by         varchar(100),
    -- digital skills test 0-100 and the course DMN course-level chose
    digital_skills_score    smallint check (digital_skills_score between 0 and 100),
    course_code             varchar(50),
    course_name             varchar(100),
    digital_skills_by       varchar(100),
    -- pathway studies discussion
    pathway_interest        varchar(30),
    prior_credits           smallint check (prior_credits between 0 and 400),
    pathway_by              varchar(100),
    -- DMN support-plan
    wellbeing_check_needed  boolean,
    support_plan_reason     varchar(200),
    -- case conference
    track                   varchar(30),
    referral_service        varchar(40),
    study_plan              varchar(2000),
    guidance_agreement      varchar(2000),
    conference_by           varchar(100),
    completed_at            timestamptz
);

-- The support-need areas: the most sensitive part of the assessment, kept here only.
create table support_need (
    journey_id  uuid        not null references journey (id),
    area        varchar(20) not null,
    primary key (journey_id, area)
);

create table assessment_goal (
    journey_id  uuid         not null references journey (id),
    position    smallint     not null check (position between 1 and 3),
    goal        varchar(500) not null,
    primary key (journey_id, position)
);

-- Free-text notes of the assessment, by the task that wrote them.
create table assessment_note (
    id          bigserial primary key,
    journey_id  uuid          not null references journey (id),
    task        varchar(60)   not null,
    note        varchar(2000) not null,
    written_by  varchar(100),
    written_at  timestamptz   not null default now()
);
create index assessment_note_journey_idx on assessment_note (journey_id);

-- Well-being and work-ability checks arranged before the case conference.
create table wellbeing_check (
    id           bigserial primary key,
    journey_id   uuid        not null references journey (id),
    arranged_on  date        not null,
    provider     varchar(30) not null,
    arranged_by  varchar(100),
    recorded_at  timestamptz not null default now()
);

-- What a team lead did about an assessment that was not done in 14 days.
create table assessment_escalation (
    id          bigserial primary key,
    journey_id  uuid        not null references journey (id),
    action      varchar(30) not null,
    acted_by    varchar(100),
    acted_at    timestamptz not null default now()
);
