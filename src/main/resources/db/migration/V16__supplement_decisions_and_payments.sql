-- The handling of a Helsinki supplement application: the decision tables' results, the information
-- asked of the employer, the decision prepared by one handler and approved by another (four eyes),
-- the instalments of the city's payment file and the recoveries after an early end of employment.

alter table supplement_application
    -- DMN helsinki-supplement-eligibility (the same table as the trainee placement)
    add column eligible               boolean,
    add column eligibility_reason     varchar(300),
    add column supplement_percent     smallint,
    add column max_monthly_eur        integer,
    add column max_months             smallint,
    -- DMN supplement-amount, capped at what the de minimis ceiling leaves
    add column months_applied         smallint,
    add column computed_monthly_eur   numeric(10, 2),
    add column computed_months        smallint,
    add column computed_total_eur     numeric(12, 2),
    add column de_minimis_capped      boolean,
    -- "Check application"
    add column checked_by             varchar(100),
    add column checked_at             timestamptz,
    -- "Prepare decision"
    add column decision               varchar(10) check (decision in ('ACCEPT', 'REJECT')),
    add column decision_monthly_eur   numeric(10, 2),
    add column decision_months        smallint,
    add column decision_total_eur     numeric(12, 2),
    add column decision_reason        varchar(30),
    add column decision_text          varchar(4000),
    add column prepared_by            varchar(100),
    add column prepared_at            timestamptz,
    -- "Approve decision": never the preparer (the engine refuses them; the check constraint too)
    add column approved_by            varchar(100),
    add column approved_at            timestamptz,
    add column case_number            varchar(50),
    add column return_note            varchar(2000),
    add column decided_at             timestamptz,
    -- EMPLOYMENT_ENDED before the period's end: the supplement earned up to that day
    add column employment_ended_on    date,
    add column recomputed_total_eur   numeric(12, 2),
    -- PAY_REALISED: the gross pay the employer reports as paid over the period (the second instalment)
    add column realised_pay_eur       numeric(12, 2),
    add constraint supplement_application_four_eyes_ck check (approved_by is null or approved_by <> prepared_by);

create table supplement_info_request (
    id              bigserial primary key,
    application_id  uuid          not null references supplement_application (id),
    question        varchar(2000) not null,
    requested_by    varchar(100)  not null,
    requested_at    timestamptz   not null default now(),
    answer          varchar(4000),
    answered_by     varchar(100),
    answered_at     timestamptz
);
create index supplement_info_request_application_idx on supplement_info_request (application_id);

-- One row per payment to the employer; each lands in exactly one payment file (exported_on) and is
-- never changed afterwards: a correction is a new row.
create table supplement_instalment (
    id              bigserial primary key,
    application_id  uuid           not null references supplement_application (id),
    number          smallint       not null check (number >= 1),
    amount_eur      numeric(12, 2) not null check (amount_eur > 0),
    iban            varchar(34)    not null,
    due_on          date           not null,
    created_at      timestamptz    not null default now(),
    exported_on     date,
    constraint supplement_instalment_number_uk unique (application_id, number)
);
create index supplement_instalment_unexported_idx on supplement_instalment (due_on) where exported_on is null;
create index supplement_instalment_exported_idx on supplement_instalment (exported_on);

-- (Deleting rows is left to the retention of payment records, SupplementErasure.)
create function supplement_instalment_exported_is_final() returns trigger language plpgsql as $$
begin
    if old.exported_on is not null then
        raise exception 'supplement_instalment % was exported on % and is never changed; record a correction instead',
            old.id, old.exported_on;
    end if;
    return new;
end $$;
create trigger supplement_instalment_exported_is_final before update on supplement_instalment
    for each row execute function supplement_instalment_exported_is_final();

-- An overpayment found when the employment ended before the period: what the employer pays back.
create table supplement_recovery (
    id                   bigserial primary key,
    application_id       uuid           not null references supplement_application (id),
    employment_ended_on  date           not null,
    recomputed_total_eur numeric(12, 2) not null,
    paid_eur             numeric(12, 2) not null,
    amount_eur           numeric(12, 2) not null check (amount_eur > 0),
    recorded_by          varchar(100)   not null,
    recorded_at          timestamptz    not null default now()
);
create index supplement_recovery_application_idx on supplement_recovery (application_id);
