package io.stepwise.observability.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery to a webhook: retried on 5xx, 429 and connection errors, not on other 4xx. */
class WebhookSenderTest {
  private static final Backoff FAST = new Backoff(6, Duration.ofMillis(5), Duration.ofMillis(20));

  private final List<String> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final HttpClient http = HttpClient.newHttpClient();
  private HttpServer server;

  /** A receiver that answers the given statuses in turn, then 200. */
  private URI receiver(int... statuses) throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/events",
        exchange -> {
          int n = requests.getAndIncrement();
          int status = n < statuses.length ? statuses[n] : 200;
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          if (status == 200) {
            received.add(body + " " + exchange.getRequestHeaders().getFirst("X-Token"));
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/events");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
    http.close();
  }

  private static void awaitIdle(WebhookSender sender) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(20);
    while (!sender.idle() && Instant.now().isBefore(deadline)) {
      Thread.sleep(5);
    }
  }

  @Test
  void anEventAnsweredWithServerErrorsIsDeliveredOnceAfterRetries() throws Exception {
    WebhookSender sender =
        new WebhookSender(new Webhook(receiver(500, 503), Map.of("X-Token", "t")), FAST, http, 10);

    sender.offer("{\"n\":1}");
    awaitIdle(sender);
    sender.close(Duration.ofSeconds(1));

    assertThat(received).containsExactly("{\"n\":1} t");
    assertThat(requests).hasValue(3);
    assertThat(sender.delivered()).isEqualTo(1);
  }

  @Test
  void eventsAreDeliveredInTheOrderTheyCame() throws Exception {
    WebhookSender sender = new WebhookSender(new Webhook(receiver(429), Map.of()), FAST, http, 10);

    for (int i = 1; i <= 5; i++) {
      sender.offer("e" + i);
    }
    awaitIdle(sender);
    sender.close(Duration.ofSeconds(1));

    assertThat(received).containsExactly("e1 null", "e2 null", "e3 null", "e4 null", "e5 null");
  }

  @Test
  void aClientErrorIsNotRetried() throws Exception {
    WebhookSender sender = new WebhookSender(new Webhook(receiver(400), Map.of()), FAST, http, 10);

    sender.offer("refused");
    awaitIdle(sender);
    sender.close(Duration.ofSeconds(1));

    assertThat(requests).hasValue(1);
    assertThat(sender.failed()).isEqualTo(1);
  }

  @Test
  void anUnreachableReceiverIsTriedAsOftenAsAllowedThenGivenUp() throws Exception {
    URI closed = receiver();
    server.stop(0);
    server = null;
    WebhookSender sender =
        new WebhookSender(
            new Webhook(closed, Map.of()),
            new Backoff(3, Duration.ofMillis(1), Duration.ofMillis(2)),
            http,
            10);

    sender.offer("lost");
    awaitIdle(sender);
    sender.close(Duration.ofSeconds(1));

    assertThat(sender.failed()).isEqualTo(1);
  }

  @Test
  void theBackoffDoublesUpToItsCap() {
    Backoff backoff = Backoff.DEFAULT;

    assertThat(List.of(1, 2, 3, 4, 5, 6, 7))
        .extracting(backoff::before)
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(16),
            Duration.ofSeconds(32),
            Duration.ofSeconds(32));
  }
}
