package io.stepwise.integrations.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings of execution logs and status-change events, from the file and the environment. */
class LogsAndEventsConfigTest {

  @TempDir Path folder;

  private Path file(String yaml) throws Exception {
    Path file = folder.resolve("stepwise.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void readsTheLogFolderFromTheFilesFolderAndTheWebhooksWithTheirHeaders() throws Exception {
    StepwiseConfig config =
        ConfigLoader.load(
            file(
                """
                logs:
                  directory: var/logs
                  stdout: true
                events:
                  webhooks:
                    - url: http://127.0.0.1:9000/events
                      headers:
                        Authorization: Bearer ${env:HOOK_TOKEN}
                  attempts: 3
                  backoff: 0.5
                """),
            Map.of("HOOK_TOKEN", "s3cret"));

    assertThat(config.logs().directory()).isEqualTo(folder.resolve("var/logs"));
    assertThat(config.logs().toStdout()).isTrue();
    WebhookSettings webhook = config.events().webhooks().getFirst();
    assertThat(webhook.url()).isEqualTo(URI.create("http://127.0.0.1:9000/events"));
    assertThat(webhook.headers()).containsEntry("Authorization", "Bearer s3cret");
    assertThat(config.events().attemptsOrDefault()).isEqualTo(3);
    assertThat(config.events().backoffOrDefault()).isEqualTo(0.5);
    assertThat(config.events().maxBackoffOrDefault()).isEqualTo(32);
  }

  @Test
  void everySettingCanComeFromTheEnvironment() {
    StepwiseConfig config =
        ConfigLoader.load(
            null,
            Map.of(
                "STEPWISE_LOGS_STDOUT", "true",
                "STEPWISE_EVENTS_WEBHOOKS", "[{url: 'https://hooks.example.com/sfn'}]",
                "STEPWISE_EVENTS_MAX_BACKOFF", "8"));

    assertThat(config.logs().toStdout()).isTrue();
    assertThat(config.logs().directory()).isNull();
    assertThat(config.events().webhooks()).hasSize(1);
    assertThat(config.events().maxBackoffOrDefault()).isEqualTo(8);
    assertThat(EnvironmentSettings.all())
        .extracting(EnvironmentSettings.Setting::variable)
        .contains(
            "STEPWISE_LOGS_DIRECTORY",
            "STEPWISE_LOGS_STDOUT",
            "STEPWISE_EVENTS_WEBHOOKS",
            "STEPWISE_EVENTS_ATTEMPTS",
            "STEPWISE_EVENTS_BACKOFF");
  }

  @Test
  void aWebhookThatIsNoHttpUrlIsNamedWithItsPlace() throws Exception {
    Path ftp = file("events:\n  webhooks:\n    - url: ftp://example.com/x\n");
    assertThatThrownBy(() -> ConfigLoader.load(ftp, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            ftp
                + ": /events/webhooks/0/url: expected an http or https URL, but it was"
                + " 'ftp://example.com/x'");
    Path none = file("events:\n  webhooks:\n    - headers: {a: b}\n");
    assertThatThrownBy(() -> ConfigLoader.load(none, Map.of()))
        .hasMessage(none + ": /events/webhooks/0: expected a url");
  }

  @Test
  void retriesAreChecked() throws Exception {
    Path zero = file("events:\n  attempts: 0\n");
    assertThatThrownBy(() -> ConfigLoader.load(zero, Map.of()))
        .hasMessage(zero + ": /events/attempts: expected 1 or more, but it was 0");
    Path shorter = file("events:\n  backoff: 4\n  maxBackoff: 2\n");
    assertThatThrownBy(() -> ConfigLoader.load(shorter, Map.of()))
        .hasMessageContaining("/events/maxBackoff: expected at least the backoff");
  }
}
