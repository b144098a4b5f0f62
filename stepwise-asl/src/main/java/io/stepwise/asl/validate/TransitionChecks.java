package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph of one scope: every target must name a state of the scope, some state must end the
 * workflow, and every state must be reachable from StartAt. AWS words a dangling target as {@code
 * Missing 'Next' target: X} whatever the field, and an unreachable state under the code
 * MISSING_TRANSITION_TARGET; with no terminal state it reports only MISSING_END_STATE.
 */
final class TransitionChecks {

  /** One transition out of a state: the target name and where it is written. */
  private record Target(String name, Location at) {}

  private TransitionChecks() {}

  static void check(StateMachineChecks.Scope scope, ValidationContext ctx) {
    ObjectNode states = scope.states();
    missing(new Target(scope.startAt(), scope.at().field("StartAt")), states, ctx);
    boolean anyTerminal = false;
    for (Map.Entry<String, JsonNode> entry : states.properties()) {
      Location at = scope.at().field("States").field(entry.getKey());
      for (Target target : targets(entry.getValue(), at)) {
        missing(target, states, ctx);
      }
      anyTerminal |= terminal(entry.getValue());
    }
    if (!anyTerminal) {
      ctx.error(DiagnosticCodes.MISSING_END_STATE, "Workflow has no terminal state", null);
      return;
    }
    Set<String> reached = reachable(scope);
    states
        .fieldNames()
        .forEachRemaining(name -> {
          if (!reached.contains(name)) {
            ctx.error(
                DiagnosticCodes.MISSING_TRANSITION_TARGET,
                "State \"" + name + "\" is not reachable.",
                scope.at().field("States").field(name));
          }
        });
  }

  private static void missing(Target target, ObjectNode states, ValidationContext ctx) {
    if (!states.has(target.name())) {
      ctx.error(
          DiagnosticCodes.MISSING_TRANSITION_TARGET,
          "Missing 'Next' target: " + target.name(),
          target.at());
    }
  }

  private static boolean terminal(JsonNode state) {
    String type = state.path("Type").asText();
    return type.equals("Succeed") || type.equals("Fail") || state.path("End").asBoolean(false);
  }

  private static List<Target> targets(JsonNode state, Location at) {
    List<Target> targets = new ArrayList<>();
    add(targets, state.get("Next"), at.field("Next"));
    JsonNode choices = state.path("Choices");
    for (int i = 0; i < choices.size(); i++) {
      add(targets, choices.get(i).get("Next"), at.field("Choices").index(i).field("Next"));
    }
    add(targets, state.get("Default"), at.field("Default"));
    JsonNode catches = state.path("Catch");
    for (int i = 0; i < catches.size(); i++) {
      add(targets, catches.get(i).get("Next"), at.field("Catch").index(i).field("Next"));
    }
    return targets;
  }

  private static void add(List<Target> targets, JsonNode name, Location at) {
    if (name != null && name.isTextual()) {
      targets.add(new Target(name.textValue(), at));
    }
  }

  private static Set<String> reachable(StateMachineChecks.Scope scope) {
    Set<String> reached = new HashSet<>();
    Deque<String> work = new ArrayDeque<>();
    work.add(scope.startAt());
    while (!work.isEmpty()) {
      String name = work.pop();
      JsonNode state = scope.states().get(name);
      if (state == null || !reached.add(name)) {
        continue;
      }
      for (Target target : targets(state, Location.ROOT)) {
        work.push(target.name());
      }
    }
    return reached;
  }
}
