package fi.polku.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs the notification as JSON to a configured address. The message id goes along as
 * {@code Idempotency-Key}: a retry after a lost answer is recognisable as the same message.
 */
class WebhookTarget implements DeliveryTarget {

    private final String name;
    private final URI url;
    private final Duration timeout;
    private final HttpClient client;

    WebhookTarget(String name, URI url, Duration timeout) {
        this.name = name;
        this.url = url;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", message.id().toString())
                .header("X-Polku-Notification-Type", message.type())
                .POST(HttpRequest.BodyPublishers.ofString(message.payload()))
                .build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(name + " answered HTTP " + response.statusCode());
        }
    }
}
