package io.stepwise.asl.model;

/**
 * One state of a state machine. Each type is a record holding only its own fields, already
 * compiled: paths, templates and expressions are parsed once, when the definition is.
 */
public sealed interface State
    permits PassState,
        TaskState,
        ChoiceState,
        WaitState,
        SucceedState,
        FailState,
        ParallelState,
        MapState {

  /** The state's name, its key in {@code States}. */
  String name();

  /** The query language in effect for this state (its own, or the machine's). */
  QueryLanguage queryLanguage();

  /** The state's data flow fields (InputPath ... Output, Assign). */
  DataFlow dataFlow();

  /** The name of the next state, or {@code null} when the state ends its machine. */
  String next();

  /** The {@code Type} as written in definitions and history event names. */
  String typeName();
}
