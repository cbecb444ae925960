package fi.polku.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The programme indicators (ESF+ common indicators, Regulation (EU) 2021/1057 Annex I, as far as
 * the programme collects them), each counted over {@code indicator_record} by the date of its
 * event within the period asked for. The SQL fragments are constants of this enum, never input.
 */
enum Indicator {
    PARTICIPANTS("participants", "Participants who started", Counted.START, "true"),
    UNEMPLOYED("unemployed", "Started: unemployed, including long-term unemployed", Counted.START,
            "employment_status = 'UNEMPLOYED'"),
    LONG_TERM_UNEMPLOYED("long-term-unemployed", "Started: long-term unemployed (over 6 months under 25, over 12 months from 25)", Counted.START,
            "long_term_unemployed"),
    INACTIVE("inactive", "Started: inactive", Counted.START, "employment_status = 'INACTIVE'"),
    EMPLOYED("employed", "Started: employed, including self-employed", Counted.START, "employment_status = 'EMPLOYED'"),
    AGE_UNDER_18("age-under-18", "Started: under 18 years old", Counted.START, "age_band = 'UNDER_18'"),
    AGE_18_29("age-18-29", "Started: 18-29 years old", Counted.START, "age_band = '18_29'"),
    AGE_30_54("age-30-54", "Started: 30-54 years old", Counted.START, "age_band = '30_54'"),
    AGE_55_PLUS("age-55-plus", "Started: 55 years old or over", Counted.START, "age_band = '55_PLUS'"),
    EDUCATION_ISCED_0_2("education-isced-0-2", "Started: lower secondary education or less (ISCED 0-2)", Counted.START,
            "education_band = 'ISCED_0_2'"),
    EDUCATION_ISCED_3_4("education-isced-3-4", "Started: upper secondary or post-secondary education (ISCED 3-4)",
            Counted.START, "education_band = 'ISCED_3_4'"),
    EDUCATION_ISCED_5_8("education-isced-5-8", "Started: tertiary education (ISCED 5-8)", Counted.START,
            "education_band = 'ISCED_5_8'"),
    LEAVERS("leavers", "Participants who left", Counted.LEAVING, "true"),
    LEAVING_JOB_SEARCHING("leaving-job-searching", "On leaving: engaged in job searching", Counted.LEAVING,
            "outcome_on_leaving = 'JOB_SEARCHING' and " + Indicator.WITHIN_FOUR_WEEKS),
    LEAVING_IN_EDUCATION("leaving-in-education", "On leaving: in education or training", Counted.LEAVING,
            "outcome_on_leaving = 'IN_EDUCATION' and " + Indicator.WITHIN_FOUR_WEEKS),
    LEAVING_QUALIFICATION("leaving-qualification", "On leaving: gaining a qualification", Counted.LEAVING,
            "qualification_gained and " + Indicator.WITHIN_FOUR_WEEKS),
    LEAVING_EMPLOYED("leaving-employed", "On leaving: in employment, including self-employment", Counted.LEAVING,
            "outcome_on_leaving = 'EMPLOYED' and " + Indicator.WITHIN_FOUR_WEEKS),
    SIX_MONTHS_EMPLOYED("six-months-employed", "Six months after leaving: in employment, including self-employment",
            Counted.SIX_MONTHS, "situation_6m = 'EMPLOYED'"),
    SIX_MONTHS_IMPROVED("six-months-improved", "Six months after leaving: improved labour-market situation "
            + "(from unemployment into employment or education)", Counted.SIX_MONTHS,
            "situation_6m in ('EMPLOYED', 'IN_EDUCATION')");

    /** "On leaving" results count the situation recorded within four weeks of leaving. */
    private static final String WITHIN_FOUR_WEEKS = "outcome_recorded_on <= left_on + 28";

    /** Which date of the record places it in a period. */
    public enum Counted {
        START("started_on", "the start of the wage-subsidy period"),
        LEAVING("left_on", "the leaving date"),
        SIX_MONTHS("followed_up_6m_on", "the date of the six-month follow-up");

        final String column;
        final String description;

        Counted(String column, String description) {
            this.column = column;
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final String id;
    private final String label;
    private final Counted counted;
    private final String condition;

    Indicator(String id, String label, Counted counted, String condition) {
        this.id = id;
        this.label = label;
        this.counted = counted;
        this.condition = condition;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Counted counted() {
        return counted;
    }

    /** The SQL condition that a record in the period counts. */
    String where() {
        return counted.column + " between :from and :to and (" + condition + ")";
    }

    public static Optional<Indicator> byId(String id) {
        return Arrays.stream(values()).filter(indicator -> indicator.id.equals(id)).findFirst();
    }
}
