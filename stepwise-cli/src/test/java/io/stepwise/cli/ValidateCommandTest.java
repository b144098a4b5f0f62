package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stepwise validate}: diagnostics for people, or ValidateStateMachineDefinition's shape. */
class ValidateCommandTest {

  private static final String VALID =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

  /** Two problems at once: two states that neither end nor go anywhere. */
  private static final String INVALID =
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\"},\"B\":{\"Type\":\"Pass\"}}}";

  @TempDir Path dir;

  private String file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  @Test
  void aValidDefinitionSaysOkAndExitsZero() throws IOException {
    String path = file("ok.asl.json", VALID);

    Cli.Result result = Cli.run("validate", path);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo("OK: " + path + " is a valid state machine definition" + System.lineSeparator());
  }

  @Test
  void anInvalidDefinitionPrintsOneDiagnosticPerLineAndExitsOne() throws IOException {
    Cli.Result result = Cli.run("validate", file("bad.asl.json", INVALID)).withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out().lines().toList())
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(line -> assertThat(line).matches("ERROR [A-Z_]+( at \\S.*)?: .+"));
    assertThat(result.out()).contains("at /States/A: ").contains("at /States/B: ");
  }

  @Test
  void jsonOfAValidDefinitionIsAnOkResponse() throws IOException {
    Cli.Result result = Cli.run("validate", file("ok.asl.json", VALID), "--json");

    assertThat(result.exitCode()).isZero();
    JsonNode json = result.json();
    assertThat(json.path("result").asText()).isEqualTo("OK");
    assertThat(json.path("diagnostics").isArray()).isTrue();
    assertThat(json.path("diagnostics")).isEmpty();
    assertThat(json.path("truncated").isBoolean()).isTrue();
    assertThat(json.path("truncated").asBoolean()).isFalse();
  }

  @Test
  void jsonOfAnInvalidDefinitionListsEveryDiagnostic() throws IOException {
    Cli.Result result = Cli.run("validate", file("bad.asl.json", INVALID), "--json");

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode json = result.json();
    assertThat(json.path("result").asText()).isEqualTo("FAIL");
    assertThat(json.path("truncated").asBoolean()).isFalse();
    assertThat(json.path("diagnostics")).hasSizeGreaterThanOrEqualTo(2);
    for (JsonNode diagnostic : json.path("diagnostics")) {
      assertThat(diagnostic.path("severity").asText()).isEqualTo("ERROR");
      assertThat(diagnostic.path("code").asText()).matches("[A-Z_]+");
      assertThat(diagnostic.path("message").asText()).isNotBlank();
      assertThat(diagnostic.path("location").asText()).startsWith("/");
    }
  }

  @Test
  void malformedJsonIsInvalidJsonDescriptionWithLineAndColumn() throws IOException {
    Cli.Result result =
        Cli.run("validate", file("broken.asl.json", "{\n  \"StartAt\": \"P\",\n  \"States\": {\n"))
            .withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .startsWith("ERROR INVALID_JSON_DESCRIPTION at line 4, column 1: Unexpected end-of-input")
        .doesNotContain("[Source:");
    assertThat(result.out().lines()).hasSize(1);
  }

  @Test
  void malformedJsonInJsonKeepsAwsExactLocationText() throws IOException {
    Cli.Result result = Cli.run("validate", file("broken.asl.json", "not a definition"), "--json");

    JsonNode diagnostic = result.json().path("diagnostics").get(0);
    assertThat(diagnostic.path("code").asText()).isEqualTo("INVALID_JSON_DESCRIPTION");
    assertThat(diagnostic.path("location").asText())
        .isEqualTo("[Source: (String)\"not a definition\"; line: 1, column: 4]");
  }

  @Test
  void readsTheDefinitionFromStandardInput() {
    Cli.Result result = Cli.runWithStdin(VALID, "validate", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("OK: standard input is a valid state machine definition");
  }

  @Test
  void expressRulesApplyWithTypeExpress() throws IOException {
    // Express state machines do not support the .sync integration pattern.
    String sync =
        "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\","
            + "\"Resource\":\"arn:aws:states:::ecs:runTask.sync\",\"End\":true}}}";
    String path = file("sync.asl.json", sync);

    assertThat(Cli.run("validate", path).exitCode()).isZero();
    assertThat(Cli.run("validate", path, "--type", "EXPRESS").exitCode()).isEqualTo(1);
  }
}
