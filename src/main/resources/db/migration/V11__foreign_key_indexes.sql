-- An index led by each foreign-key column of Polku's tables that had none (ForeignKeyIndexesIT keeps
-- it so).
--
-- Deleting a row makes PostgreSQL look for the rows that reference it; without such an index each
-- look reads the whole referencing table, once per deleted row. Journeys and participants are
-- deleted by ParticipantErasure (nightly, after retention) and by the benchmark's clean-up, and
-- outbox_message grows with every notification ever sent. (journey_participant_active_idx is partial,
-- for active journeys only, so it cannot serve the look-up.)
--
-- outbox_message's index also serves JourneyDashboard.JOURNEY_NOTIFICATIONS (Cockpit's Journeys page,
-- one journey: where journey_id = ? order by created_at).
create index outbox_message_journey_idx on outbox_message (journey_id, created_at);
create index wellbeing_check_journey_idx on wellbeing_check (journey_id);
create index assessment_escalation_journey_idx on assessment_escalation (journey_id);
create index journey_participant_idx on journey (participant_id);
create index hiring_decision_placement_idx on hiring_decision (placement_id);
create index trainee_placement_company_idx on trainee_placement (company_id);
