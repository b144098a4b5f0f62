package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Task's Resource: an ARN (or, in JSONata, an expression). Integrations in the Step Functions
 * namespace ({@code arn:<partition>:states:::service:action}) must be ones AWS recognizes; EXPRESS
 * machines reject activities and the {@code .sync} and {@code .waitForTaskToken} patterns, with
 * AWS's texts.
 */
final class ResourceChecks {

  private ResourceChecks() {}

  static void check(StateNode state, ValidationContext ctx) {
    JsonNode value = state.json().get("Resource");
    if (value == null) {
      return;
    }
    Location at = state.at().field("Resource");
    if (!value.isTextual()) {
      Fields.typeMismatch("String", at, ctx);
      return;
    }
    String resource = value.textValue();
    if (state.jsonata() && CommonStateChecks.isExpression(value)) {
      JsonataChecks.expression(resource, "Resource", state.at(), ctx);
      return;
    }
    if (!resource.startsWith("arn:")) {
      ctx.schema("Value is not a valid resource ARN", at);
      return;
    }
    if (!integrationRecognized(resource)) {
      ctx.schema(
          "The resource provided "
              + resource
              + " is not recognized. The value is not a"
              + " valid resource ARN, or the resource is not available in this region.",
          at);
      return;
    }
    if (ctx.options().express()) {
      express(resource, at, ctx);
    }
  }

  /**
   * Whether a resource, if it names a service integration ({@code arn:<partition>:states:::...},
   * without region or account), names one AWS has. Other ARNs (Lambda functions, activities) are
   * not integrations and pass.
   */
  private static boolean integrationRecognized(String resource) {
    String[] parts = resource.split(":", 6);
    boolean integration =
        parts.length == 6 && parts[2].equals("states") && parts[3].isEmpty() && parts[4].isEmpty();
    return !integration || ServiceIntegrations.recognized(parts[5]);
  }

  private static void express(String resource, Location at, ValidationContext ctx) {
    String[] parts = resource.split(":", 7);
    if (parts.length >= 6 && parts[2].equals("states") && parts[5].equals("activity")) {
      ctx.schema("Express state machine does not support Activity ARN", at);
    } else if (resource.endsWith(".sync") || resource.contains(".sync:")) {
      ctx.schema("Express state machine does not support '.sync' service integration", at);
    } else if (resource.endsWith(".waitForTaskToken")) {
      // The trailing space is AWS's.
      ctx.schema(
          "Express state machine does not support '.waitForTaskToken' service integration ", at);
    }
  }
}
