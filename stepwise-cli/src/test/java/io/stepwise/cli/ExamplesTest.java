package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every state machine in the repository's {@code examples/} runs to SUCCEEDED through the command
 * line, with {@code examples/NAME.input.json} as its input when there is one: examples that users
 * copy must keep working.
 */
class ExamplesTest {

  /** Maven runs tests in the module's folder; the examples are beside it. */
  private static final Path EXAMPLES = Path.of("").toAbsolutePath().resolveSibling("examples");

  private static final String DEFINITION_SUFFIX = ".asl.json";

  @Test
  void theExamplesFolderHasExamples() throws IOException {
    assertThat(definitions()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void theReadmeCommandRunsHelloWithNoInput() {
    // README.md's first command: `stepwise run examples/hello.asl.json`, nothing else.
    Cli.Result result = Cli.run("run", EXAMPLES.resolve("hello.asl.json").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Hello, World!");
  }

  @TestFactory
  Stream<DynamicTest> everyExampleSucceeds() throws IOException {
    return definitions().stream()
        .map(definition ->
            DynamicTest.dynamicTest(definition.getFileName().toString(), () -> runs(definition)));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleSaysWhatItShowsInAOneLineComment() throws IOException {
    return definitions().stream()
        .map(definition ->
            DynamicTest.dynamicTest(
                definition.getFileName().toString(),
                () -> {
                  JsonNode comment = Json.parse(Files.readString(definition)).path("Comment");
                  assertThat(comment.isTextual()).as("a top-level Comment").isTrue();
                  assertThat(comment.asText()).isNotBlank().doesNotContain("\n");
                }));
  }

  private static void runs(Path definition) {
    List<String> args =
        new ArrayList<>(List.of("run", definition.toString(), "--skip-waits", "--json"));
    Path input = inputOf(definition);
    if (Files.exists(input)) {
      args.add("--input");
      args.add(input.toString());
    }

    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.err()).isEmpty();
    JsonNode json = result.json();
    assertThat(json.path("status").asText())
        .as(
            "%s ended with %s: %s",
            definition.getFileName(), json.path("error"), json.path("cause"))
        .isEqualTo("SUCCEEDED");
    assertThat(result.exitCode()).isZero();
  }

  private static Path inputOf(Path definition) {
    String name = definition.getFileName().toString();
    String base = name.substring(0, name.length() - DEFINITION_SUFFIX.length());
    return definition.resolveSibling(base + ".input.json");
  }

  private static List<Path> definitions() throws IOException {
    assertThat(EXAMPLES).isDirectory();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(DEFINITION_SUFFIX))
          .sorted()
          .toList();
    }
  }
}
