package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Fail: Error/ErrorPath and Cause/CausePath, each pair exclusive. */
final class FailChecker implements StateChecker {

  @Override
  public Set<String> fields() {
    return Set.of("Error", "Cause", "ErrorPath", "CausePath");
  }

  @Override
  public boolean transitions() {
    return false;
  }

  @Override
  public void check(StateNode state, ValidationContext ctx) {
    Fields.exclusive(state.json(), state.at(), ctx, "Error", "ErrorPath");
    Fields.exclusive(state.json(), state.at(), ctx, "Cause", "CausePath");
    for (String field : new String[] {"Error", "Cause"}) {
      JsonNode value = state.json().get(field);
      if (value == null) {
        continue;
      }
      if (!value.isTextual()) {
        Fields.typeMismatch("String", state.at().field(field), ctx);
      } else if (state.jsonata()) {
        JsonataChecks.tree(value, field, state.at(), ctx);
      }
    }
    if (!state.jsonata()) {
      for (String field : new String[] {"ErrorPath", "CausePath"}) {
        PathChecks.field(
            state.json(), field, PathChecks.Kind.REFERENCE_OR_INTRINSIC, false, state.at(), ctx);
      }
    }
  }
}
