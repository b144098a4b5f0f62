package io.stepwise.asl.model;

import java.util.List;

/** A Parallel state: runs every branch on the same input; its result is their outputs in order. */
public record ParallelState(
    String name,
    QueryLanguage queryLanguage,
    DataFlow dataFlow,
    String next,
    List<StateMachine> branches,
    ErrorHandling errorHandling)
    implements State {

  public ParallelState {
    branches = List.copyOf(branches);
  }

  @Override
  public String typeName() {
    return "Parallel";
  }
}
