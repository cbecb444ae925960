package fi.polku.workactivity;

/** Where adult social work organises the client's rehabilitative work activity. */
public enum WorkCentre {
    PAKILA_WORK_CENTRE, UUSIX_WORKSHOPS, AVOTYOTOIMINTA, VIRTUAL_WORKSHOP
}
