-- Domain data of the referral phase. Personal data lives here, never in process variables.

create table participant (
    id                  uuid primary key,
    first_name          varchar(100) not null,
    last_name           varchar(100) not null,
    birth_date          date         not null,
    gender              varchar(20)  not null,
    municipality        varchar(100) not null,
    email               varchar(254),
    phone               varchar(30),
    preferred_language  varchar(10)  not null,
    education_level     smallint     not null check (education_level between 0 and 8),
    ict_background      varchar(20)  not null,
    months_unemployed   integer      not null check (months_unemployed >= 0),
    finnish_level       varchar(10)  not null,
    created_at          timestamptz  not null default now()
);

-- "A person who already has an active journey is not enrolled twice": no personal identity code
-- is collected, so a person is recognised by name and birth date.
create index participant_identity_idx on participant (lower(first_name), lower(last_name), birth_date);

create table consent (
    participant_id        uuid primary key references participant (id) on delete cascade,
    processing            boolean     not null check (processing),
    sharing_with_partners boolean     not null,
    given_at              timestamptz not null default now()
);

-- One journey per referral; the journey id is the business key of participant-journey.
create table journey (
    id                   uuid primary key,
    participant_id       uuid         not null references participant (id),
    source_type          varchar(30)  not null,
    source_organisation  varchar(200) not null,
    source_referral_id   varchar(100) not null,
    referrer_name        varchar(200) not null,
    referrer_email       varchar(254) not null,
    referrer_phone       varchar(30),
    reason               varchar(2000) not null,
    registered_by        varchar(100) not null,
    status               varchar(20)  not null default 'ACTIVE',
    phase                varchar(30)  not null default 'REFERRAL',
    eligibility          varchar(20),
    eligibility_reason   varchar(500),
    decision             varchar(30),
    decision_reason      varchar(500),
    outcome              varchar(40),
    outcome_reason       varchar(500),
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    ended_at             timestamptz,
    constraint journey_source_uk unique (source_type, source_organisation, source_referral_id)
);
create index journey_participant_active_idx on journey (participant_id) where status = 'ACTIVE';

-- Decisions made by a referral coordinator on a referral that needs review.
create table referral_review (
    id            bigserial primary key,
    journey_id    uuid         not null references journey (id),
    decision      varchar(30)  not null,
    note          varchar(2000),
    reviewed_by   varchar(100),
    reviewed_at   timestamptz  not null default now()
);
create index referral_review_journey_idx on referral_review (journey_id);

create table suitability_interview (
    id                  bigserial primary key,
    journey_id          uuid         not null references journey (id),
    interview_date      date         not null,
    outcome             varchar(20)  not null,
    motivation          smallint     check (motivation between 1 and 5),
    preferred_work_team varchar(20),
    note                varchar(2000),
    interviewed_by      varchar(100),
    recorded_at         timestamptz  not null default now()
);
create index suitability_interview_journey_idx on suitability_interview (journey_id);

-- Events received for a journey (integration API or staff), kept for the audit trail.
create table journey_event (
    id           bigserial primary key,
    journey_id   uuid         not null references journey (id),
    type         varchar(40)  not null,
    data         jsonb        not null default '{}'::jsonb,
    received_by  varchar(100) not null,
    received_at  timestamptz  not null default now()
);
create index journey_event_journey_idx on journey_event (journey_id);

-- Wage-subsidy places: at most polku.places.capacity rows with released_at null.
create table place_reservation (
    journey_id   uuid primary key references journey (id),
    reserved_at  timestamptz not null default now(),
    released_at  timestamptz
);

create table waiting_list_entry (
    journey_id  uuid primary key references journey (id),
    since       timestamptz not null default now(),
    left_at     timestamptz
);
create index waiting_list_open_idx on waiting_list_entry (since) where left_at is null;

-- Transactional outbox: written in the same transaction as the decision it reports.
create table outbox_message (
    id               uuid primary key,
    journey_id       uuid         references journey (id),
    type             varchar(40)  not null,
    target           varchar(100) not null,
    payload          jsonb        not null,
    status           varchar(10)  not null default 'PENDING',
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null default now(),
    last_error       varchar(1000),
    created_at       timestamptz  not null default now(),
    sent_at          timestamptz
);
create index outbox_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';
