-- The domain rows of seeded active journeys (those of :batch numbered from :first), from their plans in
-- bench_seed (one row per journey: station, milestone, dates; see JourneySeed). Each table gets what the task listeners
-- and API would have written by the journey's milestone (bench_reached), in the same shapes.
-- Runs before the engine places the journeys: timers and task listeners read these rows.

insert into participant (id, first_name, last_name, birth_date, gender, municipality, email, phone, preferred_language,
                         education_level, ict_background, months_unemployed, finnish_level, created_at)
select s.participant_id, 'Seed', 'Participant ' || s.n, date '1966-01-01' + (s.n * 7919 % 14000)::int,
       (array ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'])[1 + s.n % 4], 'Helsinki',
       'participant' || s.n || '@seed.example', '+35840' || lpad((s.n % 10000000)::text, 7, '0'), 'fi', 3 + s.n % 6,
       case when s.station = 'REVIEW_REFERRAL' then 'NONE' else (array ['HOBBY', 'VOCATIONAL', 'DEGREE'])[1 + s.n % 3] end,
       3 + s.n % 40, 'NATIVE', s.created_on
from bench_seed s where s.batch = :batch and s.n >= :first;

insert into consent (participant_id, processing, sharing_with_partners, given_at)
select s.participant_id, true, s.n % 3 > 0, s.created_on from bench_seed s where s.batch = :batch and s.n >= :first;

insert into journey (id, participant_id, source_type, source_organisation, source_referral_id, referrer_name, referrer_email,
                     referrer_phone, reason, registered_by, status, phase, eligibility, eligibility_reason, decision,
                     created_at, updated_at)
select s.journey_id, s.participant_id, 'EMPLOYMENT_SERVICES', 'Helsinki Employment Services', 'SEED-' || s.batch || '-' || s.n,
       'Maija Ohjaaja', 'maija.ohjaaja@example.org', '+358401234567',
       'Completed an ICT vocational degree; wants to work in software development.', 'integration', 'ACTIVE', s.phase,
       case when s.station = 'REVIEW_REFERRAL' then 'NEEDS_REVIEW' else 'ELIGIBLE' end,
       case when s.station = 'REVIEW_REFERRAL' then 'No ICT background' else 'Meets the programme''s criteria' end,
       case when bench_reached(s.milestone, 'INTERVIEWED') and s.station <> 'WAITING_FOR_PLACE' then 'ACCEPTED' end,
       s.created_on, now()
from bench_seed s where s.batch = :batch and s.n >= :first;

insert into suitability_interview (journey_id, interview_date, outcome, motivation, preferred_work_team, interviewed_by,
                                   recorded_at)
select s.journey_id, s.created_on + 7, 'SUITABLE', 1 + s.n % 5, (array ['SOFTWARE', 'MEDIA', 'GAMES', 'SUPPORT'])[1 + s.n % 4],
       'coach', s.created_on + 7
from bench_seed s where s.batch = :batch and s.n >= :first and bench_reached(s.milestone, 'INTERVIEWED');

insert into place_reservation (journey_id, reserved_at, released_at)
select s.journey_id, s.created_on + 7, case when bench_reached(s.milestone, 'HIRED') then s.placement_end + 1 end
from bench_seed s where s.batch = :batch and s.n >= :first and bench_reached(s.milestone, 'INTERVIEWED') and s.station <> 'WAITING_FOR_PLACE';

insert into waiting_list_entry (journey_id, since)
select s.journey_id, s.created_on + 7 from bench_seed s where s.batch = :batch and s.n >= :first and s.station = 'WAITING_FOR_PLACE';

insert into assessment (journey_id, started_at, crear_studies, crear_time_use, crear_wellbeing, crear_career_planning,
                        crear_employment, support_need_level, service_need_by, work_ability_score, work_ability_by,
                        digital_skills_score, course_code, course_name, digital_skills_by, pathway_interest, prior_credits,
                        pathway_by, wellbeing_check_needed, support_plan_reason, track, study_plan, guidance_agreement,
                        conference_by, completed_at)
select s.journey_id, s.created_on + 10, 3, 4, 3 + s.n % 3, 3, 2, 'NONE', 'instructor', 6, 'instructor', 82,
       'DEVELOPMENT_AND_OPERATIONS', 'Development and Operations', 'coach', 'PATHWAY_STUDIES', 20, 'counsellor', false,
       'No intensive support need',
       case when bench_reached(s.milestone, 'CONFERENCE_HELD') then 'WAGE_SUBSIDY_WORK' end,
       case when bench_reached(s.milestone, 'CONFERENCE_HELD') then 'Development and Operations' end,
       case when bench_reached(s.milestone, 'CONFERENCE_HELD') then 'Weekly' end,
       case when bench_reached(s.milestone, 'CONFERENCE_HELD') then 'lead' end,
       case when bench_reached(s.milestone, 'CONFERENCE_HELD') then s.created_on + 24 end
from bench_seed s where s.batch = :batch and s.n >= :first and bench_reached(s.milestone, 'ASSESSED');

insert into assessment_goal (journey_id, position, goal)
select s.journey_id, 1, 'Work as a developer'
from bench_seed s where s.batch = :batch and s.n >= :first and bench_reached(s.milestone, 'CONFERENCE_HELD');

insert into wage_subsidy_decision (journey_id, decision_number, granted, funding, subsidy_percent, start_date, end_date, source,
                                   decided_by, decided_at)
select s.journey_id, 'WS-SEED-' || s.batch || '-' || s.n, true, 'PAY_SUBSIDY', 70, s.period_start, s.period_end, 'TASKLIST',
       'lead', s.period_start - 14
from bench_seed s where s.batch = :batch and s.n >= :first and bench_reached(s.milestone, 'SUBSIDY_GRANTED');

insert into employment_contract (journey_id, contract_date, work_team, mentor, signed_by, recorded_at)
select s.journey_id, s.period_start, (array ['SOFTWARE', 'MEDIA', 'GAMES', 'SUPPORT'])[1 + s.n % 4], 'Mentor ' || s.n % 50,
       'lead', s.period_start - 1
from bench_seed s where s.batch = :batch and s.n >= :first and bench_reached(s.milestone, 'PERIOD_STARTED');

-- As IndicatorRecords.recordStart writes it when the contract is signed (the bands of V13).
insert into indicator_record (journey_id, gender, age_band, education_band, employment_status, long_term_unemployed,
                              started_on)
select j.id, p.gender, polku_age_band(p.birth_date, d.start_date), polku_education_band(p.education_level),
       p.labour_market_status,
       polku_long_term_unemployed(p.labour_market_status, p.months_unemployed, p.birth_date, d.start_date),
       d.start_date
from bench_seed s
join journey j on j.id = s.journey_id
join participant p on p.id = j.participant_id
join wage_subsidy_decision d on d.journey_id = j.id and d.granted
where s.batch = :batch and s.n >= :first and bench_reached(s.milestone, 'PERIOD_STARTED');

insert into period_meeting (journey_id, kind, number, held_on, attended, commitment, recorded_by, recorded_at)
select s.journey_id, 'SECOND_PATHWAY_MEETING', 1, s.period_start + 16, true, 'APPLYING', 'counsellor', s.period_start + 16
from bench_seed s where s.batch = :batch and s.n >= :first and s.second_pathway_meeting_held;

insert into period_meeting (journey_id, kind, number, held_on, attended, progress, applications_sent, credits_earned, concern,
                            recorded_by, recorded_at)
select s.journey_id, 'MONTHLY_CHECK_IN', k, (s.period_start + make_interval(months => k))::date + 2, true, 3 + k % 3, 2, 5,
       s.station = 'SOCIAL_GUIDANCE' and k = s.check_ins_held, 'coach', (s.period_start + make_interval(months => k))::date + 2
from bench_seed s cross join lateral generate_series(1, s.check_ins_held) as k
where s.batch = :batch and s.n >= :first;

insert into period_meeting (journey_id, kind, number, held_on, attended, crear_studies, crear_time_use, crear_wellbeing,
                            crear_career_planning, crear_employment, work_ability_score, commitment, trainee_ready,
                            recorded_by, recorded_at)
select s.journey_id, 'MIDPOINT_REVIEW', 1, s.midpoint, true, 4, 4, 4, 4, 4, 8, 'ACTIVELY_SEEKING_WORK', true, 'coach',
       s.midpoint
from bench_seed s where s.batch = :batch and s.n >= :first and s.midpoint_review_held;

-- One attempt, at one of the register's active companies.
with company as (select id, row_number() over (order by business_id) - 1 as position, count(*) over () as companies
                 from partner_company where status = 'ACTIVE')
insert into trainee_placement (journey_id, attempt, company_id, role, supervisor_name, supervisor_email, start_date, end_date,
                               status, matched_by, matched_at, answer_source, answered_by, answered_at)
select s.journey_id, 1, c.id, 'Junior developer', 'Kalle Koodari', 'kalle@koodipaja.example', s.placement_start,
       s.placement_end,
       case when bench_reached(s.milestone, 'PLACEMENT_CONFIRMED') then 'CONFIRMED' else 'PROPOSED' end, 'employer',
       s.placement_start - 20,
       case when bench_reached(s.milestone, 'PLACEMENT_CONFIRMED') then 'TASKLIST' end,
       case when bench_reached(s.milestone, 'PLACEMENT_CONFIRMED') then 'employer' end,
       case when bench_reached(s.milestone, 'PLACEMENT_CONFIRMED') then s.placement_start - 10 end
from bench_seed s join company c on c.position = s.n % c.companies
where s.batch = :batch and s.n >= :first and bench_reached(s.milestone, 'PLACEMENT_MATCHED');

insert into hiring_decision (journey_id, placement_id, hired, contract_type, employment_start, hours_per_week, pay_subsidised,
                             decided_by, decided_at, supplement_eligible, supplement_reason, supplement_percent,
                             supplement_max_monthly_eur, supplement_max_months, supplement_apply_by, employer_informed_on,
                             employer_informed_channel, employer_informed_by)
select s.journey_id, p.id, true, 'PERMANENT', s.placement_end + 1, 37, false, 'employer', s.placement_end, true,
       'Eligible for the Helsinki supplement', 50, 1500, 12, (s.placement_end + interval '4 months')::date,
       s.placement_end + 2, 'EMAIL', 'employer'
from bench_seed s join trainee_placement p on p.journey_id = s.journey_id
where s.batch = :batch and s.n >= :first and bench_reached(s.milestone, 'HIRED');

insert into exit_review (journey_id, left_on, leaving_route, outcome, employment_type, qualification_gained, credits_gained,
                         work_ability_at_exit, feedback_score, certificates_issued, reviewed_by, reviewed_at)
select s.journey_id, s.left_on, 'HIRED', 'EMPLOYED', 'OPEN_MARKET', true, 45, 9, 5, true, 'coach', s.left_on
from bench_seed s where s.batch = :batch and s.n >= :first and bench_reached(s.milestone, 'EXIT_REVIEWED');

-- As IndicatorRecords.recordLeaving writes it after the exit review.
update indicator_record r set left_on = s.left_on, outcome_on_leaving = 'EMPLOYED', outcome_recorded_on = s.left_on,
                              qualification_gained = true
from bench_seed s
where s.journey_id = r.journey_id and s.batch = :batch and s.n >= :first and bench_reached(s.milestone, 'EXIT_REVIEWED');

insert into follow_up (journey_id, checkpoint, attempt, contacted_on, reached, situation, employment_type, recorded_by,
                       recorded_at)
select s.journey_id, 'THREE_MONTHS', 1, (s.left_on + interval '3 months')::date, true, 'EMPLOYED', 'OPEN_MARKET', 'coach',
       s.left_on + interval '3 months'
from bench_seed s where s.batch = :batch and s.n >= :first and bench_reached(s.milestone, 'FOLLOWED_UP_AT_THREE_MONTHS');
