package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Parallel: a non-empty list of branches, each a state machine of its own. */
final class ParallelChecker implements StateChecker {

  private static final Set<String> BRANCH_FIELDS = Set.of("StartAt", "States", "Comment");

  @Override
  public Set<String> fields() {
    return Set.of(
        "InputPath",
        "OutputPath",
        "ResultPath",
        "Parameters",
        "Arguments",
        "Output",
        "Assign",
        "ResultSelector",
        "Retry",
        "Catch",
        "Branches",
        "Next",
        "End");
  }

  @Override
  public void check(StateNode state, ValidationContext ctx) {
    Fields.require(state.json(), state.at(), ctx, "Branches");
    ArrayNode branches = Fields.nonEmptyArray(state.json(), "Branches", state.at(), ctx);
    if (branches != null) {
      for (int i = 0; i < branches.size(); i++) {
        JsonNode branch = branches.get(i);
        Location at = state.at().field("Branches").index(i);
        if (branch.isObject()) {
          StateMachineChecks.nested((ObjectNode) branch, BRANCH_FIELDS, at, ctx);
        } else {
          Fields.typeMismatch("Object", at, ctx);
        }
      }
    }
    RetryCatchChecks.check(state, ctx);
  }
}
