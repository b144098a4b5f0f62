package io.stepwise.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.value.ValueExpression;

/**
 * A Task state: calls a resource.
 *
 * @param resource the resource ARN
 * @param timeoutSeconds {@code TimeoutSeconds(Path)}, or {@code null} for AWS's default (none for
 *     Standard tasks: 99999999 s)
 * @param heartbeatSeconds {@code HeartbeatSeconds(Path)}, or {@code null}
 * @param credentials {@code Credentials}, or {@code null}
 */
public record TaskState(
    String name,
    QueryLanguage queryLanguage,
    DataFlow dataFlow,
    String next,
    String resource,
    ValueExpression timeoutSeconds,
    ValueExpression heartbeatSeconds,
    JsonNode credentials,
    ErrorHandling errorHandling)
    implements State {
  @Override
  public String typeName() {
    return "Task";
  }
}
