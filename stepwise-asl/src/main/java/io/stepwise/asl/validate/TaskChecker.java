package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Task: Resource, Credentials, timeouts and heartbeats, Retry and Catch. */
final class TaskChecker implements StateChecker {

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
        "Resource",
        "Credentials",
        "ResultSelector",
        "Retry",
        "Catch",
        "TimeoutSeconds",
        "TimeoutSecondsPath",
        "HeartbeatSeconds",
        "HeartbeatSecondsPath",
        "Next",
        "End");
  }

  @Override
  public void check(StateNode state, ValidationContext ctx) {
    ObjectNode json = state.json();
    Location at = state.at();
    Fields.require(json, at, ctx, "Resource");
    ResourceChecks.check(state, ctx);
    credentials(state, ctx);
    Fields.exclusive(json, at, ctx, "TimeoutSeconds", "TimeoutSecondsPath");
    Fields.exclusive(json, at, ctx, "HeartbeatSeconds", "HeartbeatSecondsPath");
    Long timeout = Fields.integer(json, "TimeoutSeconds", 1, at, state.jsonata(), ctx);
    Long heartbeat = Fields.integer(json, "HeartbeatSeconds", 1, at, state.jsonata(), ctx);
    if (timeout != null && heartbeat != null && heartbeat >= timeout) {
      // Our wording: AWS's exact text for this rule is not confirmed.
      ctx.schema(
          "HeartbeatSeconds must be smaller than TimeoutSeconds", at.field("HeartbeatSeconds"));
    }
    if (!state.jsonata()) {
      PathChecks.field(json, "TimeoutSecondsPath", PathChecks.Kind.REFERENCE, false, at, ctx);
      PathChecks.field(json, "HeartbeatSecondsPath", PathChecks.Kind.REFERENCE, false, at, ctx);
    }
    RetryCatchChecks.check(state, ctx);
  }

  /** Credentials must name the role to assume (measured AWS text). */
  private static void credentials(StateNode state, ValidationContext ctx) {
    ObjectNode credentials = Fields.object(state.json(), "Credentials", state.at(), ctx);
    if (credentials == null) {
      return;
    }
    Location at = state.at().field("Credentials");
    boolean hasRole =
        credentials.has("RoleArn") || (!state.jsonata() && credentials.has("RoleArn.$"));
    if (!hasRole) {
      ctx.schema("The field 'RoleArn' is required but was missing", at);
    }
    JsonNode role = credentials.get("RoleArn");
    if (state.jsonata() && role != null) {
      JsonataChecks.tree(role, "RoleArn", at, ctx);
    } else if (!state.jsonata()) {
      PayloadTemplateChecks.check(credentials, "Credentials", state.at(), ctx);
    }
  }
}
