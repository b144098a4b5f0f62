package io.stepwise.asl.model;

import java.util.Map;

/**
 * A parsed state machine: the top level of a definition, a Parallel branch or a Map's item
 * processor. Immutable; states keep definition order.
 *
 * @param startAt the name of the first state
 * @param states the states by name, in definition order
 * @param queryLanguage the default query language of its states
 * @param timeoutSeconds the execution timeout, or {@code null} for none (top level only)
 * @param comment the {@code Comment}, or {@code null}
 */
public record StateMachine(
    String startAt,
    Map<String, State> states,
    QueryLanguage queryLanguage,
    Long timeoutSeconds,
    String comment) {

  public StateMachine {
    states = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(states));
  }

  public State state(String name) {
    return states.get(name);
  }

  public State startState() {
    return states.get(startAt);
  }
}
