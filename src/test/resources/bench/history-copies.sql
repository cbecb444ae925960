-- Copies :first..:last of the template journey (:template, root process instance :root) in the engine's
-- history, in the shapes the engine wrote them (see HistorySeed). Every id of the template becomes
-- bench_copy_id(id, copy), which also gives the copy's journey and participant ids, so the business keys
-- of the copy's five phase instances match its journey row. Copy c is shifted by
-- :endShift - (c * 2654435761) mod :span seconds: to now, then back by a multiplicative hash of its number
-- within the span, so copies spread evenly over it however many there are.
-- Copies up to :detailed carry every activity and task instance; later ones only the rows the measured
-- screens read from the history (the process instances and the five phases' call activities), where
-- the full 140 KB per journey would not fit the disk (see HistorySeed).
-- SYNTHETIC: rows generated from one real journey, not run by the engine.

insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_,
                             removal_time_, duration_, start_user_id_, start_act_id_, end_act_id_,
                             super_process_instance_id_, root_proc_inst_id_, delete_reason_, tenant_id_, state_)
select bench_copy_id(h.id_, c), bench_copy_id(h.proc_inst_id_, c), bench_copy_id(h.business_key_, c), h.proc_def_key_,
       h.proc_def_id_, h.start_time_ + shift, h.end_time_ + shift, h.removal_time_ + shift, h.duration_, h.start_user_id_,
       h.start_act_id_, h.end_act_id_, bench_copy_id(h.super_process_instance_id_, c), bench_copy_id(h.root_proc_inst_id_, c),
       h.delete_reason_, h.tenant_id_, h.state_
from act_hi_procinst h
cross join lateral (select c, make_interval(secs => :endShift - (c::bigint * 2654435761) % :span) as shift
                    from generate_series(:first, :last) as c) copy
where h.root_proc_inst_id_ = :root;

insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                            execution_id_, act_id_, task_id_, call_proc_inst_id_, act_name_, act_type_, assignee_, start_time_,
                            end_time_, duration_, act_inst_state_, sequence_counter_, tenant_id_, removal_time_)
select bench_copy_id(a.id_, c), bench_copy_id(a.parent_act_inst_id_, c), a.proc_def_key_, a.proc_def_id_,
       bench_copy_id(a.root_proc_inst_id_, c), bench_copy_id(a.proc_inst_id_, c), bench_copy_id(a.execution_id_, c), a.act_id_,
       bench_copy_id(a.task_id_, c), bench_copy_id(a.call_proc_inst_id_, c), a.act_name_, a.act_type_, a.assignee_,
       a.start_time_ + shift, a.end_time_ + shift, a.duration_, a.act_inst_state_, a.sequence_counter_, a.tenant_id_,
       a.removal_time_ + shift
from act_hi_actinst a
cross join lateral (select c, make_interval(secs => :endShift - (c::bigint * 2654435761) % :span) as shift
                    from generate_series(:first, :last) as c) copy
where a.root_proc_inst_id_ = :root and (c <= :detailed or a.act_type_ = 'callActivity');

insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_,
                             act_inst_id_, name_, parent_task_id_, description_, owner_, assignee_, start_time_, end_time_,
                             duration_, delete_reason_, priority_, due_date_, follow_up_date_, tenant_id_, removal_time_,
                             task_state_)
select bench_copy_id(t.id_, c), t.task_def_key_, t.proc_def_key_, t.proc_def_id_, bench_copy_id(t.root_proc_inst_id_, c),
       bench_copy_id(t.proc_inst_id_, c), bench_copy_id(t.execution_id_, c), bench_copy_id(t.act_inst_id_, c), t.name_,
       bench_copy_id(t.parent_task_id_, c), t.description_, t.owner_, t.assignee_, t.start_time_ + shift, t.end_time_ + shift,
       t.duration_, t.delete_reason_, t.priority_, t.due_date_ + shift, t.follow_up_date_ + shift, t.tenant_id_,
       t.removal_time_ + shift, t.task_state_
from act_hi_taskinst t
cross join lateral (select c, make_interval(secs => :endShift - (c::bigint * 2654435761) % :span) as shift
                    from generate_series(:first, :last) as c) copy
where t.root_proc_inst_id_ = :root and c <= :detailed;

-- What a completed journey keeps in the domain tables: the participant, the journey, the anonymous indicator record.
insert into participant (id, first_name, last_name, birth_date, gender, municipality, email, phone, preferred_language,
                         education_level, ict_background, months_unemployed, finnish_level, created_at)
select bench_copy_id(p.id::text, c)::uuid, p.first_name, 'History ' || c, p.birth_date - (c % 9000),
       (array ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'])[1 + c % 4], p.municipality, 'history' || c || '@seed.example',
       p.phone, p.preferred_language, 3 + c % 6, p.ict_background, 3 + c % 40, p.finnish_level, p.created_at + shift
from journey j join participant p on p.id = j.participant_id
cross join lateral (select c, make_interval(secs => :endShift - (c::bigint * 2654435761) % :span) as shift
                    from generate_series(:first, :last) as c) copy
where j.id = :template;

insert into consent (participant_id, processing, sharing_with_partners, given_at)
select bench_copy_id(k.participant_id::text, c)::uuid, true, k.sharing_with_partners, k.given_at + shift
from journey j join consent k on k.participant_id = j.participant_id
cross join lateral (select c, make_interval(secs => :endShift - (c::bigint * 2654435761) % :span) as shift
                    from generate_series(:first, :last) as c) copy
where j.id = :template;

insert into journey (id, participant_id, source_type, source_organisation, source_referral_id, referrer_name, referrer_email,
                     referrer_phone, reason, registered_by, status, phase, eligibility, eligibility_reason, decision,
                     outcome, created_at, updated_at, ended_at, period_status, placement_status)
select bench_copy_id(j.id::text, c)::uuid, bench_copy_id(j.participant_id::text, c)::uuid, j.source_type,
       j.source_organisation, 'HISTORY-' || c, j.referrer_name, j.referrer_email, j.referrer_phone, j.reason, j.registered_by,
       j.status, j.phase, j.eligibility, j.eligibility_reason, j.decision, j.outcome, j.created_at + shift,
       j.updated_at + shift, j.ended_at + shift, j.period_status, j.placement_status
from journey j
cross join lateral (select c, make_interval(secs => :endShift - (c::bigint * 2654435761) % :span) as shift
                    from generate_series(:first, :last) as c) copy
where j.id = :template;

insert into indicator_record (journey_id, gender, age_band, education_band, employment_status, long_term_unemployed,
                              started_on, left_on, outcome_on_leaving, outcome_recorded_on, qualification_gained,
                              situation_6m, followed_up_6m_on)
select bench_copy_id(r.journey_id::text, c)::uuid, (array ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'])[1 + c % 4],
       (array ['18_29', '30_54', '55_PLUS'])[1 + c % 3], (array ['ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8'])[1 + c % 3],
       r.employment_status, c % 2 = 0, (r.started_on + shift)::date, (r.left_on + shift)::date,
       (array ['EMPLOYED', 'IN_EDUCATION', 'JOB_SEARCHING', 'OTHER_SERVICE'])[1 + c % 4],
       (r.outcome_recorded_on + shift)::date, c % 3 = 0, (array ['EMPLOYED', 'IN_EDUCATION', 'JOB_SEARCHING'])[1 + c % 3],
       (r.followed_up_6m_on + shift)::date
from indicator_record r
cross join lateral (select c, make_interval(secs => :endShift - (c::bigint * 2654435761) % :span) as shift
                    from generate_series(:first, :last) as c) copy
where r.journey_id = :template;
