package io.stepwise.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.server.model.DescribeStateMachineAliasOutput;
import io.stepwise.server.model.DescribeStateMachineOutput;
import java.util.List;

/**
 * The page of a state machine or of one of its versions, as the template shows it.
 *
 * @param machine DescribeStateMachine's answer for the ARN asked for
 * @param tab the tab shown: {@code graph}, {@code definition}, {@code versions} or {@code aliases}
 * @param versions the machine's versions, newest first
 * @param aliases the machine's aliases
 * @param failure what an action refused on this page, or {@code null}
 * @param failedForm the form whose action refused ({@code publish}, {@code alias}, {@code delete})
 * @param posted the alias the user asked for when creating it was refused, or {@code null}
 */
public record MachineView(
    DescribeStateMachineOutput machine,
    String tab,
    List<PublishedVersion> versions,
    List<DescribeStateMachineAliasOutput> aliases,
    ApiCallFailed failure,
    String failedForm,
    AliasForm posted) {
  private static final List<String> MACHINE_TABS =
      List.of("graph", "definition", "versions", "aliases");
  private static final List<String> VERSION_TABS = List.of("graph", "definition");

  /** A tab that is not one of the page's is the graph, the tab shown first. */
  public MachineView {
    boolean version = !MachineDetails.qualifier(machine.stateMachineArn()).isEmpty();
    if (tab == null || !(version ? VERSION_TABS : MACHINE_TABS).contains(tab)) {
      tab = "graph";
    }
  }

  /** The tabs of the page, in order; a version has no versions or aliases of its own. */
  public List<String> tabs() {
    return isVersion() ? VERSION_TABS : MACHINE_TABS;
  }

  /** The ARN shown: the machine's, or the version's. */
  public String arn() {
    return machine.stateMachineArn();
  }

  public String machineArn() {
    return MachineDetails.machineArn(arn());
  }

  public boolean isVersion() {
    return !MachineDetails.qualifier(arn()).isEmpty();
  }

  /** The version number of a version's page. */
  public String versionNumber() {
    return MachineDetails.qualifier(arn());
  }

  /** A tab's label, with how many things it lists. */
  public String tabLabel(String name) {
    return switch (name) {
      case "graph" -> "Graph";
      case "definition" -> "Definition";
      case "versions" -> "Versions (" + versions.size() + ")";
      case "aliases" -> "Aliases (" + aliases.size() + ")";
      default -> name;
    };
  }

  public String tabHref(String name) {
    return StateMachineLinks.tab(arn(), name);
  }

  /** The state machine's graph, drawn from its definition. */
  public String graph() {
    return ConsoleGraphs.svg(machine.definition(), null);
  }

  /** The logging level, with whether execution data is logged. */
  public String logging() {
    JsonNode logging = machine.loggingConfiguration();
    String level = logging == null ? "OFF" : logging.path("level").asText("OFF");
    boolean data = logging != null && logging.path("includeExecutionData").asBoolean(false);
    return data ? level + " (with execution data)" : level;
  }

  public String tracing() {
    JsonNode tracing = machine.tracingConfiguration();
    return tracing != null && tracing.path("enabled").asBoolean(false) ? "Enabled" : "Disabled";
  }

  /** What the form that creates an alias holds: what was posted, or the newest version. */
  public AliasForm newAlias() {
    return posted != null ? posted : AliasForm.create(versions);
  }

  /** Whether the named form is the one whose action refused. */
  public boolean failedAt(String form) {
    return failure != null && form.equals(failedForm);
  }
}
