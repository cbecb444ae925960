package fi.polku.notification;

/** Somewhere a notification can be delivered. */
interface DeliveryTarget {

    String name();

    /** Delivers the message or throws; a throw means "try again later". */
    void deliver(OutboxMessage message) throws Exception;
}
