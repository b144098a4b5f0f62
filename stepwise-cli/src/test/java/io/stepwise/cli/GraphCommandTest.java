package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stepwise graph}: formats, --history, --output, and bad input worded for people. */
class GraphCommandTest {

  private static final String DEFINITION =
      """
      {"StartAt": "Try",
       "States": {
         "Try": {"Type": "Pass", "Next": "Fine"},
         "Fine": {"Type": "Succeed"}}}
      """;

  private static final String HISTORY =
      """
      {"status": "SUCCEEDED", "events": [
        {"id": 1, "previousEventId": 0, "type": "ExecutionStarted"},
        {"id": 2, "previousEventId": 0, "type": "PassStateEntered",
         "stateEnteredEventDetails": {"name": "Try"}},
        {"id": 3, "previousEventId": 2, "type": "PassStateExited",
         "stateExitedEventDetails": {"name": "Try"}},
        {"id": 4, "previousEventId": 3, "type": "SucceedStateEntered",
         "stateEnteredEventDetails": {"name": "Fine"}}]}
      """;

  @TempDir Path dir;

  private String file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  @Test
  void drawsSvgByDefault() throws IOException {
    Cli.Result result = Cli.run("graph", file("m.asl.json", DEFINITION));

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("data-state=\"Try\"")
        .contains("data-status=\"NOT_REACHED\"")
        .endsWith("</svg>\n");
  }

  @Test
  void drawsMermaidAndDot() throws IOException {
    String path = file("m.asl.json", DEFINITION);

    assertThat(Cli.run("graph", path, "--format", "mermaid").out()).startsWith("flowchart TD\n");
    assertThat(Cli.run("graph", path, "--format", "dot").out()).startsWith("digraph ");
  }

  @Test
  void colorsStatesFromAHistory() throws IOException {
    Cli.Result result =
        Cli.run(
            "graph",
            file("m.asl.json", DEFINITION),
            "--format",
            "mermaid",
            "--history",
            file("h.json", HISTORY));

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("class s0 succeeded").contains("class s1 in_progress");
  }

  @Test
  void readsTheDefinitionFromStandardInputAndWritesTheOutputFile() throws IOException {
    Path output = dir.resolve("graph.svg");

    Cli.Result result = Cli.runWithStdin(DEFINITION, "graph", "-", "--output", output.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(output)).startsWith("<svg").contains("data-state=\"Fine\"");
  }

  @Test
  void anInvalidDefinitionPrintsItsDiagnosticsAsValidateDoes() throws IOException {
    String path =
        file("bad.asl.json", "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\"}}}");

    Cli.Result result = Cli.run("graph", path).withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(Cli.run("validate", path).exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).matches("ERROR [A-Z_]+( at \\S.*)?: .+"));
    assertThat(result.err()).contains("at /States/A: ");
  }

  @Test
  void aHistoryThatIsNotJsonIsNamed() throws IOException {
    String history = file("h.json", "not json");

    Cli.Result result =
        Cli.run("graph", file("m.asl.json", DEFINITION), "--history", history).withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("stepwise: history '" + history + "' is not valid JSON");
  }

  @Test
  void aHistoryWithoutEventsIsNamed() throws IOException {
    String definition = file("m.asl.json", DEFINITION);
    String noMember = file("a.json", "{\"status\": \"SUCCEEDED\"}");
    String empty = file("b.json", "{\"events\": []}");

    Cli.Result withoutMember = Cli.run("graph", definition, "--history", noMember);
    Cli.Result withoutEvents = Cli.run("graph", definition, "--history", empty);

    assertThat(withoutMember.exitCode()).isEqualTo(2);
    assertThat(withoutMember.err())
        .startsWith("stepwise: history '" + noMember + "' is not an execution history: ")
        .contains("\"events\"");
    assertThat(withoutEvents.exitCode()).isEqualTo(2);
    assertThat(withoutEvents.err()).isEqualTo("stepwise: history '" + empty + "' has no events\n");
  }

  @Test
  void aMissingFileAndAnUnknownFormatAreUsageErrors() throws IOException {
    Cli.Result missing = Cli.run("graph", dir.resolve("nope.json").toString()).withoutStackTrace();
    Cli.Result format =
        Cli.run("graph", file("m.asl.json", DEFINITION), "--format", "png").withoutStackTrace();

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read definition").contains("no such file");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("--format");
  }
}
