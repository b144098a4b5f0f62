package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the {@code stepwise} command line in-process, as a user would, and keeps what it printed.
 */
final class Cli {
  private Cli() {}

  /** What one run of the command line did. */
  record Result(int exitCode, String out, String err) {

    /** Standard output parsed as one JSON value (the whole of it, nothing before or after). */
    JsonNode json() {
      try {
        return Json.parse(out);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new AssertionError("standard output is not one JSON value: " + out, e);
      }
    }

    /** Asserts that standard error carries no stack trace or exception class name. */
    Result withoutStackTrace() {
      assertThat(err).doesNotContain("Exception").doesNotContain("at io.").doesNotContain("\tat ");
      assertThat(out).doesNotContain("Exception").doesNotContain("\tat ");
      return this;
    }
  }

  /** Runs with empty standard input. */
  static Result run(String... args) {
    return runWithStdin("", args);
  }

  /** Runs with the given text on standard input; fails the test if the command takes too long. */
  static Result runWithStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicReference<Integer> exit = new AtomicReference<>();
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () ->
            exit.set(
                StepwiseCommand.execute(
                    new PrintWriter(out),
                    new PrintWriter(err),
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                    args)),
        () -> "stepwise " + String.join(" ", args) + " did not finish");
    return new Result(exit.get(), out.toString(), err.toString());
  }
}
