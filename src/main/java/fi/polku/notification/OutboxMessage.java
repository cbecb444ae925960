package fi.polku.notification;

import java.util.UUID;

/** A notification waiting in the outbox; {@code id} doubles as the idempotency key for the receiver. */
record OutboxMessage(UUID id, UUID journeyId, String type, String target, String payload, int attempts) {
}
