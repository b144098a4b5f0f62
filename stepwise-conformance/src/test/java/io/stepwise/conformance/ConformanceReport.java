package io.stepwise.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.conformance.CaseOutcome.Status;
import io.stepwise.conformance.CaseOutcome.Suite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scores of one run: the summary lines, {@code conformance-report.md} for people and {@code
 * conformance-report.json} for tools.
 */
final class ConformanceReport {

  private final List<CaseOutcome> executions;
  private final List<CaseOutcome> validations;
  private final List<CaseOutcome> testStates;
  private final double passRateFloor;

  ConformanceReport(
      List<CaseOutcome> executions, List<CaseOutcome> validations, double passRateFloor) {
    this(executions, validations, List.of(), passRateFloor);
  }

  ConformanceReport(
      List<CaseOutcome> executions,
      List<CaseOutcome> validations,
      List<CaseOutcome> testStates,
      double passRateFloor) {
    this.executions = List.copyOf(executions);
    this.validations = List.copyOf(validations);
    this.testStates = List.copyOf(testStates);
    this.passRateFloor = passRateFloor;
  }

  Tally tally(Suite suite) {
    return Tally.of(outcomes(suite));
  }

  /**
   * {@code conformance: N passed, M failed, K skipped}, or {@code conformance (validation): ...},
   * or {@code conformance (test-state): ...}.
   */
  String summaryLine(Suite suite) {
    String label =
        switch (suite) {
          case EXECUTIONS -> "conformance";
          case VALIDATION -> "conformance (validation)";
          case TEST_STATE -> "conformance (test-state)";
        };
    return label + ": " + tally(suite).counts();
  }

  /** Writes both report files into {@code directory}. */
  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("conformance-report.md"), markdown());
    Files.writeString(
        directory.resolve("conformance-report.json"),
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json()));
  }

  String markdown() {
    StringBuilder md = new StringBuilder("# Stepwise conformance report\n\n");
    Tally tally = tally(Suite.EXECUTIONS);
    md.append("- ")
        .append(summaryLine(Suite.EXECUTIONS))
        .append('\n')
        .append("- ")
        .append(summaryLine(Suite.VALIDATION))
        .append('\n')
        .append("- ")
        .append(summaryLine(Suite.TEST_STATE))
        .append('\n')
        .append("- execution pass rate of runnable cases: ")
        .append(tally.percent())
        .append(" (floor ")
        .append(String.format(java.util.Locale.ROOT, "%.1f%%", 100 * passRateFloor))
        .append(")\n\n");
    table(md, "Executions by category", group(executions, CaseOutcome::category));
    table(md, "Executions by test family", group(executions, CaseOutcome::family));
    table(md, "Validation by API", group(validations, CaseOutcome::category));
    table(md, "Validation by test family", group(validations, CaseOutcome::family));
    table(md, "TestState by test family", group(testStates, CaseOutcome::family));
    failures(md, "Failing executions", executions);
    failures(md, "Failing validation cases", validations);
    failures(md, "Failing TestState cases", testStates);
    warnings(md);
    skips(md, "Skipped executions", executions);
    skips(md, "Skipped validation cases", validations);
    skips(md, "Skipped TestState cases", testStates);
    return md.toString();
  }

  private static void table(StringBuilder md, String title, Map<String, Tally> groups) {
    md.append("## ")
        .append(title)
        .append("\n\n")
        .append("| group | passed | failed | skipped | pass rate |\n|---|---:|---:|---:|---:|\n");
    groups.forEach((name, tally) ->
        md.append("| ")
            .append(name)
            .append(" | ")
            .append(tally.passed())
            .append(" | ")
            .append(tally.failed())
            .append(" | ")
            .append(tally.skipped())
            .append(" | ")
            .append(tally.percent())
            .append(" |\n"));
    md.append('\n');
  }

  private static void failures(StringBuilder md, String title, List<CaseOutcome> outcomes) {
    List<CaseOutcome> failed = withStatus(outcomes, Status.FAILED);
    md.append("## ").append(title).append(" (").append(failed.size()).append(")\n\n");
    failed.forEach(outcome ->
        md.append("- **")
            .append(outcome.name())
            .append("** (")
            .append(outcome.category())
            .append("): ")
            .append(code(outcome.difference().describe()))
            .append('\n'));
    md.append('\n');
  }

  private void warnings(StringBuilder md) {
    List<CaseOutcome> warned =
        executions.stream().filter(outcome -> outcome.historyDetailsWarning() != null).toList();
    md.append("## History details differing in passing executions (")
        .append(warned.size())
        .append(
            ")\n\nWarnings for now: these cases pass on status, output, error, cause and "
                + "event types.\n\n");
    warned.forEach(outcome ->
        md.append("- **")
            .append(outcome.name())
            .append("**: ")
            .append(code(outcome.historyDetailsWarning().describe()))
            .append('\n'));
    md.append('\n');
  }

  private static void skips(StringBuilder md, String title, List<CaseOutcome> outcomes) {
    Map<String, List<CaseOutcome>> byReason =
        withStatus(outcomes, Status.SKIPPED).stream()
            .collect(
                Collectors.groupingBy(CaseOutcome::skipReason, TreeMap::new, Collectors.toList()));
    md.append("## ").append(title).append("\n\n");
    byReason.forEach((reason, skipped) -> {
      md.append("### ").append(reason).append(" (").append(skipped.size()).append(")\n\n");
      skipped.forEach(outcome -> md.append("- ").append(outcome.name()).append('\n'));
      md.append('\n');
    });
  }

  ObjectNode json() {
    ObjectNode root = Json.NODES.objectNode();
    ObjectNode summary = root.putObject("summary");
    summary.set("executions", tallyJson(tally(Suite.EXECUTIONS)));
    summary.set("validation", tallyJson(tally(Suite.VALIDATION)));
    summary.set("testState", tallyJson(tally(Suite.TEST_STATE)));
    summary.put("passRateFloor", passRateFloor);
    ObjectNode groups = root.putObject("groups");
    groups.set("executionsByCategory", groupsJson(group(executions, CaseOutcome::category)));
    groups.set("executionsByFamily", groupsJson(group(executions, CaseOutcome::family)));
    groups.set("validationByApi", groupsJson(group(validations, CaseOutcome::category)));
    groups.set("validationByFamily", groupsJson(group(validations, CaseOutcome::family)));
    groups.set("testStateByFamily", groupsJson(group(testStates, CaseOutcome::family)));
    ArrayNode cases = root.putArray("cases");
    executions.forEach(outcome -> cases.add(caseJson(outcome)));
    validations.forEach(outcome -> cases.add(caseJson(outcome)));
    testStates.forEach(outcome -> cases.add(caseJson(outcome)));
    return root;
  }

  private static ObjectNode caseJson(CaseOutcome outcome) {
    ObjectNode node = Json.NODES.objectNode();
    node.put("name", outcome.name());
    node.put("suite", outcome.suite().name().toLowerCase(java.util.Locale.ROOT));
    node.put("category", outcome.category());
    node.put("family", outcome.family());
    node.put("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
    if (outcome.difference() != null) {
      node.set("difference", differenceJson(outcome.difference()));
    }
    if (outcome.skipReason() != null) {
      node.put("skipReason", outcome.skipReason());
    }
    if (outcome.historyDetailsWarning() != null) {
      node.set("historyDetailsWarning", differenceJson(outcome.historyDetailsWarning()));
    }
    return node;
  }

  private static ObjectNode differenceJson(Difference difference) {
    ObjectNode node = Json.NODES.objectNode();
    node.put("path", difference.path());
    node.put("expected", difference.expected());
    node.put("actual", difference.actual());
    return node;
  }

  private static ObjectNode tallyJson(Tally tally) {
    ObjectNode node = Json.NODES.objectNode();
    node.put("passed", tally.passed());
    node.put("failed", tally.failed());
    node.put("skipped", tally.skipped());
    if (tally.runnable() > 0) {
      node.put("passRate", tally.passRate());
    } else {
      node.putNull("passRate");
    }
    return node;
  }

  private static ObjectNode groupsJson(Map<String, Tally> groups) {
    ObjectNode node = Json.NODES.objectNode();
    groups.forEach((name, tally) -> node.set(name, tallyJson(tally)));
    return node;
  }

  private List<CaseOutcome> outcomes(Suite suite) {
    return switch (suite) {
      case EXECUTIONS -> executions;
      case VALIDATION -> validations;
      case TEST_STATE -> testStates;
    };
  }

  private static Map<String, Tally> group(
      List<CaseOutcome> outcomes, Function<CaseOutcome, String> key) {
    Map<String, Tally> groups = new TreeMap<>();
    outcomes.stream()
        .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()))
        .forEach((name, members) -> groups.put(name, Tally.of(members)));
    return groups;
  }

  private static List<CaseOutcome> withStatus(List<CaseOutcome> outcomes, Status status) {
    return outcomes.stream().filter(outcome -> outcome.status() == status).toList();
  }

  /** Inline code, so that {@code <ArnPart_0idx>} and the like show instead of vanishing as HTML. */
  private static String code(String text) {
    String fence = text.contains("`") ? "``" : "`";
    return fence + " " + text + " " + fence;
  }
}
