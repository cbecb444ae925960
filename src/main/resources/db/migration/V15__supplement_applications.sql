-- Employer side: Helsinki supplement applications (journey.md, "Employer side"). An employer who
-- hired an unemployed Helsinki resident applies; handlers check, prepare and approve a decision
-- (four eyes); the supplement is paid in two instalments through the city's payment file.
-- Numbered well ahead of the other modules' migrations so that parallel work does not collide.

create table supplement_application (
    id                          uuid primary key,
    -- the employer e-service's own id of the application: a repeat with it is the same application
    employer_application_id     varchar(100)  not null,
    channel                     varchar(10)   not null check (channel in ('API', 'PAPER')),
    -- the applicant's language (fi, sv, en): the decision and notifications are written in it
    language                    varchar(2)    not null check (language in ('fi', 'sv', 'en')),
    status                      varchar(20)   not null default 'RECEIVED'
        check (status in ('RECEIVED', 'HANDLING', 'INFO_REQUESTED', 'ACCEPTED', 'REJECTED', 'CANCELLED')),
    -- the employer
    business_id                 char(9)       not null,
    employer_name               varchar(200)  not null,
    organisation_type           varchar(20)   not null,
    contact_person              varchar(200)  not null,
    contact_email               varchar(254)  not null,
    contact_phone               varchar(30),
    iban                        varchar(34)   not null,
    -- de minimis aid received in the current and the two previous calendar years, euros
    de_minimis_current_year     numeric(12, 2) not null check (de_minimis_current_year >= 0),
    de_minimis_previous_year    numeric(12, 2) not null check (de_minimis_previous_year >= 0),
    de_minimis_year_before      numeric(12, 2) not null check (de_minimis_year_before >= 0),
    -- the employee (personal data: erased with the participant, see DomainRetention/ParticipantErasure)
    employee_first_name         varchar(100),
    employee_last_name          varchar(100),
    employee_birth_date         date,
    employee_municipality       varchar(100),
    journey_id                  uuid          references journey (id),
    -- the employment
    employment_start            date          not null,
    employment_end              date,
    hours_per_week              numeric(4, 1) not null check (hours_per_week > 0 and hours_per_week <= 60),
    monthly_pay_eur             numeric(10, 2) not null check (monthly_pay_eur > 0),
    collective_agreement        varchar(200)  not null,
    job_title                   varchar(200)  not null,
    pay_subsidised              boolean       not null,
    -- the period applied for
    period_start                date          not null,
    period_end                  date          not null,
    received_at                 timestamptz   not null default now(),
    received_by                 varchar(100)  not null,
    updated_at                  timestamptz   not null default now(),
    cancelled_at                timestamptz,
    constraint supplement_application_employer_id_uk unique (employer_application_id),
    constraint supplement_application_period_ck check (period_end >= period_start),
    constraint supplement_application_employment_ck check (employment_end is null or employment_end >= employment_start)
);
create index supplement_application_journey_idx on supplement_application (journey_id);
create index supplement_application_status_idx on supplement_application (status, received_at);
