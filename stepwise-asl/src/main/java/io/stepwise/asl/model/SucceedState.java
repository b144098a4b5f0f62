package io.stepwise.asl.model;

/** A Succeed state: ends its machine (or branch, or iteration) successfully. */
public record SucceedState(String name, QueryLanguage queryLanguage, DataFlow dataFlow)
    implements State {
  @Override
  public String next() {
    return null;
  }

  @Override
  public String typeName() {
    return "Succeed";
  }
}
