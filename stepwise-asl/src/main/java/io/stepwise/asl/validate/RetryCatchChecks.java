package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Checks Retry and Catch: their fields, ErrorEquals, and the place of {@code States.ALL}. */
final class RetryCatchChecks {

  private static final String ALL = "States.ALL";
  private static final Set<String> RETRIER_FIELDS =
      Set.of(
          "ErrorEquals",
          "IntervalSeconds",
          "MaxAttempts",
          "BackoffRate",
          "MaxDelaySeconds",
          "JitterStrategy",
          "Comment");
  private static final Set<String> CATCHER_FIELDS =
      Set.of("ErrorEquals", "Next", "ResultPath", "Output", "Assign", "Comment");

  private RetryCatchChecks() {}

  static void check(StateNode state, ValidationContext ctx) {
    ArrayNode retry = Fields.array(state.json(), "Retry", state.at(), ctx);
    if (retry != null) {
      for (int i = 0; i < retry.size(); i++) {
        retrier(
            retry.get(i), state.at().field("Retry").index(i), i == retry.size() - 1, state, ctx);
      }
    }
    ArrayNode catches = Fields.array(state.json(), "Catch", state.at(), ctx);
    if (catches != null) {
      for (int i = 0; i < catches.size(); i++) {
        catcher(
            catches.get(i),
            state.at().field("Catch").index(i),
            i == catches.size() - 1,
            state,
            ctx);
      }
    }
  }

  private static void retrier(
      JsonNode node, Location at, boolean last, StateNode state, ValidationContext ctx) {
    if (!node.isObject()) {
      Fields.typeMismatch("Object", at, ctx);
      return;
    }
    ObjectNode retrier = (ObjectNode) node;
    Fields.onlyAllowed(retrier, RETRIER_FIELDS, at, ctx);
    Fields.require(retrier, at, ctx, "ErrorEquals");
    errorEquals(retrier, at, last, ctx);
    Fields.integer(retrier, "IntervalSeconds", 0, at, state.jsonata(), ctx);
    Fields.integer(retrier, "MaxAttempts", 0, at, state.jsonata(), ctx);
    Long maxDelay = Fields.integer(retrier, "MaxDelaySeconds", 1, at, state.jsonata(), ctx);
    if (maxDelay != null && maxDelay > 31_622_400L) {
      ctx.schema("Maximum value is 31622400", at.field("MaxDelaySeconds"));
    }
    JsonNode backoff = retrier.get("BackoffRate");
    if (backoff != null && !CommonStateChecks.isExpression(backoff)) {
      if (!backoff.isNumber()) {
        Fields.typeMismatch("Number", at.field("BackoffRate"), ctx);
      } else if (backoff.doubleValue() < 1.0) {
        ctx.schema("Minimum value is 1", at.field("BackoffRate"));
      }
    }
    Fields.oneOf(retrier, "JitterStrategy", at, ctx, "NONE", "FULL");
  }

  private static void catcher(
      JsonNode node, Location at, boolean last, StateNode state, ValidationContext ctx) {
    if (!node.isObject()) {
      Fields.typeMismatch("Object", at, ctx);
      return;
    }
    ObjectNode catcher = (ObjectNode) node;
    catcher
        .fieldNames()
        .forEachRemaining(name -> {
          if (!CATCHER_FIELDS.contains(name) || QueryLanguageRules.foreign(name, state.jsonata())) {
            Fields.unsupported(name, at, ctx);
          }
        });
    Fields.require(catcher, at, ctx, "ErrorEquals", "Next");
    errorEquals(catcher, at, last, ctx);
    Fields.string(catcher, "Next", at, ctx);
    if (state.jsonata()) {
      for (String field : new String[] {"Output", "Assign"}) {
        if (catcher.has(field)) {
          JsonataChecks.tree(catcher.get(field), field, at, ctx);
        }
      }
    } else {
      PathChecks.field(catcher, "ResultPath", PathChecks.Kind.REFERENCE, true, at, ctx);
      ObjectNode assign = Fields.object(catcher, "Assign", at, ctx);
      if (assign != null) {
        PayloadTemplateChecks.check(assign, "Assign", at, ctx);
      }
    }
  }

  /** ErrorEquals: a non-empty array of strings; States.ALL alone, in the last retrier/catcher. */
  private static void errorEquals(
      ObjectNode owner, Location at, boolean last, ValidationContext ctx) {
    ArrayNode errors = Fields.nonEmptyArray(owner, "ErrorEquals", at, ctx);
    if (errors == null) {
      return;
    }
    Location here = at.field("ErrorEquals");
    boolean hasAll = false;
    for (int i = 0; i < errors.size(); i++) {
      JsonNode error = errors.get(i);
      if (!error.isTextual()) {
        Fields.typeMismatch("String", here.index(i), ctx);
      } else if (error.textValue().equals(ALL)) {
        hasAll = true;
      }
    }
    if (hasAll && (errors.size() > 1 || !last)) {
      ctx.schema("States.ALL must appear alone and at end of list", here);
    }
  }
}
