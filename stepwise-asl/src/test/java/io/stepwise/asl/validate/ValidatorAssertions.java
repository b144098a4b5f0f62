package io.stepwise.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Shared helpers: definitions written with single quotes, diagnostics compared as text. */
final class ValidatorAssertions {

  private ValidatorAssertions() {}

  static List<String> validate(String singleQuoted) {
    return validate(singleQuoted, ValidationOptions.STANDARD);
  }

  static List<String> validate(String singleQuoted, ValidationOptions options) {
    return DefinitionValidator.validate(singleQuoted.replace('\'', '"'), options).stream()
        .map(d -> d.severity() + " " + d.code() + ": " + d.message() + " @ " + d.location())
        .toList();
  }

  /** A one-state machine around the given state fields. */
  static String machine(String stateFields) {
    return "{'StartAt':'S','States':{'S':{" + stateFields + "}}}";
  }

  static void assertSingle(List<String> diagnostics, String code, String message, String location) {
    assertThat(diagnostics).containsExactly("ERROR " + code + ": " + message + " @ " + location);
  }
}
