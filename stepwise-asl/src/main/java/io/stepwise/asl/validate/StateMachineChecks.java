package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one state machine scope (the top level, a Parallel branch, a Map processor): its own
 * fields, then each state with the checker for its type. Scopes are remembered so that their
 * transitions can be checked once the whole definition's schema is known to be sound.
 */
final class StateMachineChecks {

  static final int MAX_STATE_NAME_LENGTH = 80;
  private static final Set<String> TOP_LEVEL_FIELDS =
      Set.of("Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage");

  /** A scope whose transitions are checked after the schema pass. */
  record Scope(ObjectNode states, String startAt, Location at) {}

  private final ValidationContext ctx;
  private final List<Scope> scopes = new ArrayList<>();

  private StateMachineChecks(ValidationContext ctx) {
    this.ctx = ctx;
  }

  /** Checks the whole definition; returns its scopes for the transition checks. */
  static List<Scope> topLevel(ObjectNode definition, ValidationContext ctx) {
    StateMachineChecks checks = new StateMachineChecks(ctx);
    CURRENT.set(checks);
    try {
      Location at = Location.ROOT;
      Fields.onlyAllowed(definition, TOP_LEVEL_FIELDS, at, ctx);
      Fields.oneOf(definition, "Version", at, ctx, "1.0");
      Fields.integer(definition, "TimeoutSeconds", 0, at, false, ctx);
      Fields.oneOf(
          definition,
          "QueryLanguage",
          at,
          ctx,
          QueryLanguageRules.JSONPATH,
          QueryLanguageRules.JSONATA);
      checks.scope(definition, at);
      return checks.scopes;
    } finally {
      CURRENT.remove();
    }
  }

  /**
   * Checks a nested scope found while checking a state. The run's checker is held per thread so
   * that state checkers need not thread it through every call.
   */
  static void nested(ObjectNode machine, Set<String> allowed, Location at, ValidationContext ctx) {
    Fields.onlyAllowed(machine, allowed, at, ctx);
    CURRENT.get().scope(machine, at);
  }

  private static final ThreadLocal<StateMachineChecks> CURRENT = new ThreadLocal<>();

  private void scope(ObjectNode machine, Location at) {
    Fields.require(machine, at, ctx, "States", "StartAt");
    Fields.string(machine, "Comment", at, ctx);
    String startAt = Fields.string(machine, "StartAt", at, ctx);
    ObjectNode states = Fields.object(machine, "States", at, ctx);
    if (states == null) {
      return;
    }
    if (startAt != null) {
      scopes.add(new Scope(states, startAt, at));
    }
    Location statesAt = at.field("States");
    for (Map.Entry<String, JsonNode> entry : states.properties()) {
      state(entry.getKey(), entry.getValue(), statesAt.field(entry.getKey()));
    }
  }

  private void state(String name, JsonNode node, Location at) {
    if (name.codePointCount(0, name.length()) > MAX_STATE_NAME_LENGTH) {
      // Our wording: AWS's text for an over-long state name is not confirmed.
      ctx.error(
          DiagnosticCodes.INVALID_STATE_NAME,
          "State name must be at most " + MAX_STATE_NAME_LENGTH + " characters long",
          at);
    }
    if (!ctx.claimStateName(name)) {
      // Our wording: state names are unique across the whole machine, nested scopes included.
      ctx.error(DiagnosticCodes.DUPLICATE_STATE_NAME, "Duplicate State name: " + name, at);
    }
    if (!node.isObject()) {
      Fields.typeMismatch("Object", at, ctx);
      return;
    }
    ObjectNode json = (ObjectNode) node;
    if (!Fields.require(json, at, ctx, "Type")) {
      return;
    }
    JsonNode type = json.get("Type");
    StateChecker checker = type.isTextual() ? StateCheckers.BY_TYPE.get(type.textValue()) : null;
    if (checker == null) {
      ctx.schema(
          "The field 'Type' should have one of these values: "
              + List.copyOf(StateCheckers.BY_TYPE.keySet()),
          at.field("Type"));
      return;
    }
    StateNode state = new StateNode(name, json, at, QueryLanguageRules.jsonata(json, at, ctx));
    CommonStateChecks.check(state, checker, ctx);
    checker.check(state, ctx);
  }
}
