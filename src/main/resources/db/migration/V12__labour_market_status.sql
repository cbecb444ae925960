-- The referral now records the participant's labour-market status on entry (ESF+ counts starters by
-- it). Until now the programme took unemployed people only and the referral carried months of
-- unemployment alone, so every participant registered before this change is UNEMPLOYED.
alter table participant add column labour_market_status varchar(20) not null default 'UNEMPLOYED'
    check (labour_market_status in ('UNEMPLOYED', 'INACTIVE', 'EMPLOYED'));

-- Long-term unemployment by the Commission's ESF+ monitoring definition: more than 6 months for
-- those under 25 on the period's first day, more than 12 months from 25 (it was 12 months or more
-- whatever the age). Records of participants whose data still exists are recomputed; the records
-- of participants erased since keep the flag they were given (their age and months are gone).
update indicator_record r
set long_term_unemployed = p.labour_market_status = 'UNEMPLOYED'
        and p.months_unemployed > case when extract(year from age(r.started_on, p.birth_date)) < 25 then 6 else 12 end
from journey j
join participant p on p.id = j.participant_id
where j.id = r.journey_id;
