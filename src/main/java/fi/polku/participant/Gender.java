package fi.polku.participant;

/** The programme reports by gender (ESF+ common indicators). */
public enum Gender { FEMALE, MALE, NON_BINARY, UNDISCLOSED }
