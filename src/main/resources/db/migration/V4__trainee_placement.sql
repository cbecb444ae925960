-- Trainee placement: the partner-company register, each attempt to place a participant with a
-- company, and the hiring decision with the Helsinki supplement it led to.

create table partner_company (
    id                              uuid primary key,
    name                            varchar(200) not null,
    -- Y-tunnus 1234567-8; the check digit is validated by the API
    business_id                     char(9)      not null,
    organisation_type               varchar(20)  not null,
    contact_person                  varchar(200) not null,
    email                           varchar(254) not null,
    phone                           varchar(30),
    recruitment_needs               varchar(2000),
    skills                          text[]       not null default '{}',
    status                          varchar(10)  not null default 'ACTIVE' check (status in ('ACTIVE', 'PAUSED')),
    -- when the responsible-employer check (tilaajavastuuselvitys) was done, and what it found
    responsible_employer_checked_on date,
    responsible_employer_note       varchar(500),
    created_by                      varchar(100) not null,
    created_at                      timestamptz  not null default now(),
    updated_by                      varchar(100) not null,
    updated_at                      timestamptz  not null default now(),
    constraint partner_company_business_id_uk unique (business_id)
);
-- "Match with partner company" lists the active companies by name.
create index partner_company_active_name_idx on partner_company (status, lower(name));

-- One row per attempt to place the participant (at most three per journey).
create table trainee_placement (
    id                bigserial primary key,
    journey_id        uuid          not null references journey (id),
    attempt           smallint      not null check (attempt >= 1),
    company_id        uuid          not null references partner_company (id),
    role              varchar(200)  not null,
    supervisor_name   varchar(200)  not null,
    supervisor_email  varchar(254),
    start_date        date          not null,
    end_date          date          not null,
    -- PROPOSED, CONFIRMED, DECLINED, NO_ANSWER, CANCELLED
    status            varchar(20)   not null default 'PROPOSED',
    matched_by        varchar(100),
    matched_at        timestamptz   not null default now(),
    answer_source     varchar(20),
    answered_by       varchar(100),
    answered_at       timestamptz,
    answer_note       varchar(2000),
    cancel_reason     varchar(30),
    cancel_comment    varchar(2000),
    constraint trainee_placement_dates_ck check (end_date > start_date),
    constraint trainee_placement_attempt_uk unique (journey_id, attempt)
);

create table hiring_decision (
    journey_id                  uuid primary key references journey (id),
    placement_id                bigint       not null references trainee_placement (id),
    hired                       boolean      not null,
    contract_type               varchar(20),
    employment_start            date,
    hours_per_week              smallint check (hours_per_week between 1 and 60),
    pay_subsidised              boolean,
    feedback                    varchar(2000),
    decided_by                  varchar(100),
    decided_at                  timestamptz  not null default now(),
    -- DMN helsinki-supplement-eligibility on the hiring decision
    supplement_eligible         boolean,
    supplement_reason           varchar(300),
    supplement_percent          smallint,
    supplement_max_monthly_eur  integer,
    supplement_max_months       smallint,
    supplement_apply_by         date,
    -- "Inform employer about the Helsinki supplement"
    employer_informed_on        date,
    employer_informed_channel   varchar(20),
    employer_informed_by        varchar(100),
    employer_informed_note      varchar(2000),
    constraint hiring_decision_hired_ck check (not hired or (contract_type is not null and employment_start is not null
                                                             and hours_per_week is not null))
);

alter table journey add column placement_status varchar(30);
