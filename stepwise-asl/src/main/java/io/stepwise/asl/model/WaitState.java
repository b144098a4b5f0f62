package io.stepwise.asl.model;

import io.stepwise.asl.value.ValueExpression;

/**
 * A Wait state.
 *
 * @param seconds {@code Seconds} or {@code SecondsPath}, or {@code null}
 * @param timestamp {@code Timestamp} or {@code TimestampPath}, or {@code null}
 */
public record WaitState(
    String name,
    QueryLanguage queryLanguage,
    DataFlow dataFlow,
    String next,
    ValueExpression seconds,
    ValueExpression timestamp)
    implements State {
  @Override
  public String typeName() {
    return "Wait";
  }
}
