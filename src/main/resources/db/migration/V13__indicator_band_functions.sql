-- The bands of a starter's anonymous indicator record, defined once here and called by
-- IndicatorRecords.recordStart when the contract is signed. V5 (the records of periods started before
-- it) and V12 (long-term unemployment recomputed) wrote the same rules inline; applied migrations stay
-- as they ran, and these are their rules exactly.

-- Age in whole years on a day (the period's first day): UNDER_18, 18_29, 30_54, 55_PLUS.
create function polku_age_band(birth_date date, on_day date) returns varchar
    language sql immutable parallel safe
as $$
    select case when extract(year from age(on_day, birth_date)) < 18 then 'UNDER_18'
                when extract(year from age(on_day, birth_date)) < 30 then '18_29'
                when extract(year from age(on_day, birth_date)) < 55 then '30_54'
                else '55_PLUS' end
$$;

-- The highest completed education, ISCED 2011 level 0-8: ISCED_0_2, ISCED_3_4, ISCED_5_8.
create function polku_education_band(education_level integer) returns varchar
    language sql immutable parallel safe
as $$
    select case when education_level <= 2 then 'ISCED_0_2' when education_level <= 4 then 'ISCED_3_4'
                else 'ISCED_5_8' end
$$;

-- Long-term unemployed on a day (the period's first day), by the Commission's ESF+ monitoring
-- definition: unemployed more than 6 months for those under 25 that day, more than 12 months from 25.
create function polku_long_term_unemployed(labour_market_status varchar, months_unemployed integer,
                                           birth_date date, on_day date) returns boolean
    language sql immutable parallel safe
as $$
    select labour_market_status = 'UNEMPLOYED'
        and months_unemployed > case when extract(year from age(on_day, birth_date)) < 25 then 6 else 12 end
$$;
