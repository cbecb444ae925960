package fi.polku.referral;

/** Kind of referring organisation. */
public enum SourceType { EMPLOYMENT_SERVICES, OHJAAMO, ADULT_SOCIAL_WORK, EDUCATION_PROVIDER, SELF_APPLICATION }
