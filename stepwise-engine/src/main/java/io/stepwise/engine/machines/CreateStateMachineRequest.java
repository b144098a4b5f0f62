package io.stepwise.engine.machines;

import io.stepwise.engine.run.StateMachineType;

/**
 * What {@code CreateStateMachine} asks for.
 *
 * @param name the state machine's name
 * @param definition the definition text
 * @param roleArn the role its executions run as
 * @param type STANDARD or EXPRESS; {@code null} means STANDARD
 * @param loggingConfiguration JSON text, or {@code null} for logging off
 * @param tracingConfiguration JSON text, or {@code null} for tracing off
 * @param publish whether to publish version 1 at once
 * @param versionDescription that version's description; only with {@code publish}
 */
public record CreateStateMachineRequest(
    String name,
    String definition,
    String roleArn,
    StateMachineType type,
    String loggingConfiguration,
    String tracingConfiguration,
    boolean publish,
    String versionDescription) {

  /** A Standard state machine with default configuration, not published. */
  public static CreateStateMachineRequest of(String name, String definition, String roleArn) {
    return new CreateStateMachineRequest(
        name, definition, roleArn, StateMachineType.STANDARD, null, null, false, null);
  }
}
