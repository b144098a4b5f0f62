package io.stepwise.engine.machines;

/**
 * What {@code UpdateStateMachine} asks for; a {@code null} member keeps the current value.
 *
 * @param stateMachineArn the state machine (unqualified)
 * @param definition a new definition text
 * @param roleArn a new role
 * @param loggingConfiguration a new logging configuration, as JSON text
 * @param tracingConfiguration a new tracing configuration, as JSON text
 * @param publish whether to publish the resulting revision as a version
 * @param versionDescription that version's description; only with {@code publish}
 */
public record UpdateStateMachineRequest(
    String stateMachineArn,
    String definition,
    String roleArn,
    String loggingConfiguration,
    String tracingConfiguration,
    boolean publish,
    String versionDescription) {

  /** An update of the definition alone, not published. */
  public static UpdateStateMachineRequest definition(String stateMachineArn, String definition) {
    return new UpdateStateMachineRequest(
        stateMachineArn, definition, null, null, null, false, null);
  }
}
