package io.stepwise.asl.parse;

/**
 * A problem the parser meets in a definition the validator passed: a gap in the validator, reported
 * to the user as a diagnostic rather than a crash.
 */
final class DefinitionProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String location;

  DefinitionProblem(String message, String location) {
    super(message, null, false, false);
    this.location = location;
  }

  String location() {
    return location;
  }
}
