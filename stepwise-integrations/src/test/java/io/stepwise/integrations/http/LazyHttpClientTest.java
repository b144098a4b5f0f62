package io.stepwise.integrations.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The HTTP Task's client is built on the first request only, once, and closed with the rest. */
class LazyHttpClientTest {
  private final AtomicInteger builds = new AtomicInteger();
  private final LazyHttpClient lazy =
      new LazyHttpClient(() -> {
        builds.incrementAndGet();
        return HttpClient.newHttpClient();
      });

  @Test
  void nothingIsBuiltUntilARequestNeedsIt() {
    assertThat(lazy.built()).isFalse();

    HttpClient first = lazy.get();

    assertThat(lazy.get()).isSameAs(first);
    assertThat(builds).hasValue(1);
    lazy.close();
  }

  @Test
  void closingAClientNeverBuiltBuildsNothing() {
    lazy.close();

    assertThat(builds).hasValue(0);
    assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class);
  }
}
