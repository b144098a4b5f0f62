package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A long poll in progress does not hold up stopping the server (Ctrl-C must be prompt). */
class LongPollShutdownTest extends ServerTestSupport {
  @Override
  ServerConfig configFor(Path dir) {
    return ServerConfig.of(0, dir).withActivityTaskWait(Duration.ofSeconds(20));
  }

  @Test
  void closingTheServerDoesNotWaitForLongPolls() throws Exception {
    String arn = sfn.createActivity(b -> b.name("Polled")).activityArn();
    Thread poller =
        Thread.ofPlatform()
            .start(() -> {
              try {
                sfn.getActivityTask(b -> b.activityArn(arn));
              } catch (RuntimeException e) {
                // The server went away: what a worker sees when the server stops.
              }
            });
    Thread.sleep(300);
    long started = System.nanoTime();
    server.close();
    Duration closing = Duration.ofNanos(System.nanoTime() - started);
    server = null;
    poller.join(Duration.ofSeconds(25));
    assertThat(closing).isLessThan(Duration.ofSeconds(5));
  }
}
