package fi.polku.participant;

/**
 * The participant's labour-market status on entry, as the European Social Fund counts participants
 * by it. Employed includes self-employed.
 */
public enum LabourMarketStatus { UNEMPLOYED, INACTIVE, EMPLOYED }
