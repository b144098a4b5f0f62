package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a user gives the command, it answers with a sentence and exit status 2: no stack trace.
 */
class BadInputTest {

  private static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

  @TempDir Path dir;

  private String file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  @Test
  void aMissingDefinitionFile() {
    String missing = dir.resolve("missing.asl.json").toString();

    for (String command : new String[] {"run", "validate"}) {
      Cli.Result result = Cli.run(command, missing).withoutStackTrace();

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err())
          .isEqualTo(
              "stepwise: cannot read definition '"
                  + missing
                  + "': no such file"
                  + System.lineSeparator());
    }
  }

  @Test
  void aMissingInputFile() throws IOException {
    Cli.Result result =
        Cli.run("run", file("pass.asl.json", PASS), "--input", dir.resolve("nope.json").toString())
            .withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("cannot read input").contains("no such file");
  }

  @Test
  void anUnreadableFile() throws IOException {
    Path locked = Path.of(file("locked.asl.json", PASS));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "the file stays readable (tests run as root)");

    Cli.Result result = Cli.run("run", locked.toString()).withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("cannot read definition").contains("permission denied");
  }

  @Test
  void aDirectory() {
    Cli.Result result = Cli.run("validate", dir.toString()).withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("cannot read definition").contains("it is a directory");
  }

  @Test
  void aFileThatIsNotUtf8Text() throws IOException {
    Path binary = dir.resolve("binary.asl.json");
    Files.write(binary, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});

    Cli.Result result = Cli.run("run", binary.toString()).withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("not UTF-8 text");
  }

  @Test
  void aMalformedDefinitionExitsTwoWithItsLineAndColumn() throws IOException {
    Cli.Result result =
        Cli.run("run", file("broken.asl.json", "{\"StartAt\": \"P\",\n \"States\": [}"))
            .withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("ERROR INVALID_JSON_DESCRIPTION at line 2, column 13: ");
  }

  @Test
  void aMalformedInputExitsTwoWithItsLineAndColumn() throws IOException {
    Cli.Result result =
        Cli.run(
                "run",
                file("pass.asl.json", PASS),
                "--input",
                file("in.json", "{\n  \"a\": 1,\n  \"b\": }"))
            .withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith(
            "stepwise: the input is not valid JSON at line 3, column 8: Unexpected character ('}'")
        .doesNotContain("[Source:")
        .doesNotContain("REDACTED");
  }

  @Test
  void anEmptyInput() throws IOException {
    Cli.Result result =
        Cli.run("run", file("pass.asl.json", PASS), "--input", file("in.json", ""))
            .withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "stepwise: the input is empty: give a JSON value, {} at least"
                + System.lineSeparator());
  }

  @Test
  void anEmptyDefinition() throws IOException {
    Cli.Result result = Cli.run("run", file("empty.asl.json", "")).withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("ERROR ");
  }

  @Test
  void anInputLargerThanAwsAllowsIsRefusedBeforeTheExecutionStarts() throws IOException {
    String tenMegabytes = "{\"data\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";

    Cli.Result result =
        Cli.run(
                "run",
                file("pass.asl.json", PASS),
                "--input",
                file("big.json", tenMegabytes),
                "--json")
            .withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "stepwise: the input is 10485771 bytes; an execution input may be at most 262144 bytes"
                + " (256 KiB), as on AWS Step Functions"
                + System.lineSeparator());
  }

  @Test
  void anInputOfExactlyTheLimitRuns() throws IOException {
    String wrapper = "{\"data\":\"\"}";
    String atLimit =
        "{\"data\":\"" + "x".repeat(Inputs.MAX_PAYLOAD_BYTES - wrapper.length()) + "\"}";

    Cli.Result result =
        Cli.run(
            "run", file("pass.asl.json", PASS), "--input", file("edge.json", atLimit), "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.json().path("output").path("data").asText())
        .hasSize(Inputs.MAX_PAYLOAD_BYTES - wrapper.length());
  }

  @Test
  void anInputNestedTenThousandLevelsDeep() throws IOException {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);

    Cli.Result result =
        Cli.runWithStdin(deep, "run", file("pass.asl.json", PASS), "--input", "-")
            .withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("stepwise: the input is nested more than 1000 levels deep");
  }

  @Test
  void aDefinitionNestedTenThousandLevelsDeep() throws IOException {
    String deep =
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":"
            + "[".repeat(10_000)
            + "]".repeat(10_000)
            + ",\"End\":true}}}";
    String path = file("deep.asl.json", deep);

    Cli.Result run = Cli.run("run", path).withoutStackTrace();
    Cli.Result validate = Cli.run("validate", path).withoutStackTrace();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("ERROR INVALID_JSON_DESCRIPTION").contains("nesting depth");
    assertThat(validate.exitCode()).isEqualTo(1);
  }

  @Test
  void anUnknownOptionExitsTwoWithUsage() throws IOException {
    Cli.Result result = Cli.run("run", file("pass.asl.json", PASS), "--bogus").withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith("Unknown option: '--bogus'")
        .contains("Usage: stepwise run");
  }

  @Test
  void anUnknownCommandExitsTwoWithUsage() {
    Cli.Result result = Cli.run("walk", "x.json").withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("Unmatched argument")
        .contains("Did you mean: stepwise validate?");
  }

  @Test
  void noCommandAtAllExitsTwoWithUsageOnce() {
    Cli.Result result = Cli.run().withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("Missing a command");
    assertThat(result.err().split("Usage:", -1)).hasSize(2);
  }

  @Test
  void aMissingDefinitionArgumentExitsTwo() {
    Cli.Result result = Cli.run("run", "--json").withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required parameter: 'DEFINITION'");
  }

  @Test
  void anUnknownTypeExitsTwo() throws IOException {
    Cli.Result result =
        Cli.run("run", file("pass.asl.json", PASS), "--type", "FAST").withoutStackTrace();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("FAST").contains("STANDARD");
  }
}
