package io.stepwise.server.console;

import io.stepwise.server.console.JsonPointerPositions.Position;
import io.stepwise.server.model.ValidateStateMachineDefinitionDiagnostic;
import io.stepwise.server.model.ValidateStateMachineDefinitionOutput;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What ValidateStateMachineDefinition said of the text in the editor, each diagnostic placed at its
 * line and column in that text, and the graph when the definition is valid.
 *
 * @param valid whether the result was {@code OK}
 * @param diagnostics what it found, errors and warnings
 * @param truncated whether there were more than it lists
 * @param graph the graph's SVG when valid, or {@code null}
 */
public record ValidationView(
    boolean valid, List<Placed> diagnostics, boolean truncated, String graph) {
  /** Jackson quotes the whole source in its location; the place is enough, given beside it. */
  private static final Pattern JACKSON_SOURCE =
      Pattern.compile("\\s*(?:at\\s*)?\\[Source: .*?; line: \\d+, column: \\d+]", Pattern.DOTALL);

  /**
   * One diagnostic and where it is.
   *
   * @param location AWS's location, a JSON pointer, or {@code null} (Jackson's text is dropped)
   * @param position its line and column in the text, or {@code null} when it has none
   */
  public record Placed(
      String severity, String code, String message, String location, Position position) {

    /** {@code line 3, column 7}, or empty. */
    public String place() {
      return position == null ? "" : "line " + position.line() + ", column " + position.column();
    }
  }

  /** Places the diagnostics of a validation in the text that was validated. */
  static ValidationView of(String definition, ValidateStateMachineDefinitionOutput output) {
    JsonPointerPositions positions = JsonPointerPositions.of(definition);
    List<Placed> placed = output.diagnostics().stream().map(d -> place(d, positions)).toList();
    boolean valid = "OK".equals(output.result());
    return new ValidationView(
        valid,
        placed,
        Boolean.TRUE.equals(output.truncated()),
        valid ? ConsoleGraphs.svg(definition, null) : null);
  }

  private static Placed place(
      ValidateStateMachineDefinitionDiagnostic diagnostic, JsonPointerPositions positions) {
    String location = diagnostic.location();
    boolean pointer = location != null && (location.isEmpty() || location.startsWith("/"));
    return new Placed(
        diagnostic.severity() == null ? "ERROR" : diagnostic.severity().name(),
        diagnostic.code(),
        JACKSON_SOURCE
            .matcher(diagnostic.message() == null ? "" : diagnostic.message())
            .replaceAll("")
            .strip(),
        pointer ? location : null,
        positions.find(location).orElse(null));
  }

  public long errors() {
    return diagnostics.stream().filter(d -> d.severity().equals("ERROR")).count();
  }

  public long warnings() {
    return diagnostics.size() - errors();
  }

  /** One line for the status region: what a screen reader says after each change. */
  public String summary() {
    if (diagnostics.isEmpty()) {
      return valid ? "The definition is valid." : "The definition is not valid.";
    }
    String counted = count(errors(), "error") + ", " + count(warnings(), "warning");
    return (truncated ? "More than " : "") + counted + ".";
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
