package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Wait: exactly one of Seconds, Timestamp, SecondsPath, TimestampPath. */
final class WaitChecker implements StateChecker {

  private static final String[] TIMING = {"SecondsPath", "Seconds", "TimestampPath", "Timestamp"};

  @Override
  public Set<String> fields() {
    return Set.of(
        "InputPath",
        "OutputPath",
        "Output",
        "Assign",
        "Seconds",
        "Timestamp",
        "SecondsPath",
        "TimestampPath",
        "Next",
        "End");
  }

  @Override
  public void check(StateNode state, ValidationContext ctx) {
    Fields.exclusive(state.json(), state.at(), ctx, TIMING);
    boolean any = false;
    for (String field : TIMING) {
      any |= state.json().has(field);
    }
    if (!any) {
      // Our wording, in the style of AWS's "There should only be one of ..." text.
      ctx.schema(
          "There should be exactly one of the following fields: " + java.util.List.of(TIMING),
          state.at());
    }
    Fields.integer(state.json(), "Seconds", 0, state.at(), state.jsonata(), ctx);
    timestamp(state, ctx);
    if (!state.jsonata()) {
      PathChecks.field(
          state.json(), "SecondsPath", PathChecks.Kind.REFERENCE, false, state.at(), ctx);
      PathChecks.field(
          state.json(), "TimestampPath", PathChecks.Kind.REFERENCE, false, state.at(), ctx);
    }
  }

  private static void timestamp(StateNode state, ValidationContext ctx) {
    JsonNode value = state.json().get("Timestamp");
    if (value == null) {
      return;
    }
    Location at = state.at().field("Timestamp");
    if (!value.isTextual()) {
      Fields.typeMismatch("String", at, ctx);
    } else if (state.jsonata() && CommonStateChecks.isExpression(value)) {
      JsonataChecks.expression(value.textValue(), "Timestamp", state.at(), ctx);
    } else if (!io.stepwise.asl.time.Timestamps.isValid(value.textValue())) {
      ctx.schema("String does not match RFC3339 timestamp", at);
    }
  }
}
