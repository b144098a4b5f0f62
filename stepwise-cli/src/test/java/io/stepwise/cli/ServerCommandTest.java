package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code stepwise server}: its options and their defaults. */
class ServerCommandTest {

  @Test
  void helpListsTheOptionsWithTheirDefaults() {
    Cli.Result result = Cli.run("server", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("Usage: stepwise server")
        .contains("--port", "8083", "--data", "stepwise.db", "--region", "us-east-1")
        .contains("--account", "123456789012");
  }

  @Test
  void theCommandIsListed() {
    assertThat(Cli.run("--help").out()).contains("server");
  }

  @Test
  void aPortOutOfRangeIsBadUsage() {
    Cli.Result result = Cli.run("server", "--port", "70000");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("70000");
  }

  @Test
  void helpListsTheAuthenticationOptions() {
    assertThat(Cli.run("server", "--help").out())
        .contains("--auth", "sigv4", "--access-key-id", "--secret-access-key")
        .contains("STEPWISE_ACCESS_KEY_ID", "STEPWISE_SECRET_ACCESS_KEY");
  }

  @Test
  void sigv4WithoutKeysIsBadUsage() {
    Cli.Result result =
        Cli.run("server", "--port", "0", "--auth", "sigv4", "--access-key-id", "AKID");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("the secret access key is missing");
  }

  @Test
  void anUnknownAuthModeIsBadUsage() {
    Cli.Result result = Cli.run("server", "--auth", "basic");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("basic");
  }

  @Test
  void helpListsTheQuotasWithAwsDefaults() {
    assertThat(Cli.run("server", "--help").out())
        .contains("--max-open-executions", "1000000")
        .contains("--max-history-events", "25000")
        .contains("--max-payload-bytes", "262144");
  }

  @Test
  void anUnusableTracesExporterIsOneLineNotACrash(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path data) {
    // OTEL_TRACES_EXPORTER as a system property, which OpenTelemetry reads the same way.
    System.setProperty("otel.traces.exporter", "carrier-pigeon");
    try {
      Cli.Result result = Cli.run("server", "--port", "0", "--data", data.toString());

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err())
          .contains("OpenTelemetry settings", "carrier-pigeon")
          .doesNotContain("\tat ", "internal error");
    } finally {
      System.clearProperty("otel.traces.exporter");
    }
  }

  @Test
  void aQuotaBelowOneIsBadUsage() {
    Cli.Result result = Cli.run("server", "--port", "0", "--max-open-executions", "0");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--max-open-executions of 1 or more, but it was 0");
  }

  @Test
  void anAtMostOnceStateWithoutItsMachineIsBadUsage() {
    Cli.Result result = Cli.run("server", "--port", "0", "--at-most-once", "Charge");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("<state machine name>/<state name>", "'Charge'");
  }
}
