package io.stepwise.asl.model;

import io.stepwise.asl.value.ValueExpression;

/**
 * A Fail state.
 *
 * @param error {@code Error} or {@code ErrorPath}, or {@code null}
 * @param cause {@code Cause} or {@code CausePath}, or {@code null}
 */
public record FailState(
    String name, QueryLanguage queryLanguage, ValueExpression error, ValueExpression cause)
    implements State {
  @Override
  public DataFlow dataFlow() {
    return DataFlow.NONE;
  }

  @Override
  public String next() {
    return null;
  }

  @Override
  public String typeName() {
    return "Fail";
  }
}
