package io.stepwise.engine.machines;

/**
 * What an update changes; a {@code null} member keeps the current value.
 *
 * @param definition a new definition text
 * @param roleArn a new role
 * @param loggingConfiguration a new logging configuration, as JSON text
 * @param tracingConfiguration a new tracing configuration, as JSON text
 * @param newRevisionId the id the new revision gets if the update changes anything
 */
public record StateMachineUpdate(
    String definition,
    String roleArn,
    String loggingConfiguration,
    String tracingConfiguration,
    String newRevisionId) {

  /** Whether applying this to {@code current} changes anything. */
  public boolean changes(StateMachineRecord current) {
    return differs(definition, current.definition())
        || differs(roleArn, current.roleArn())
        || differs(loggingConfiguration, current.loggingConfiguration())
        || differs(tracingConfiguration, current.tracingConfiguration());
  }

  /** {@code current} with this update applied, as a new revision. */
  public StateMachineRecord applyTo(StateMachineRecord current) {
    return new StateMachineRecord(
        current.arn(),
        current.name(),
        current.type(),
        definition != null ? definition : current.definition(),
        roleArn != null ? roleArn : current.roleArn(),
        current.status(),
        current.creationDate(),
        newRevisionId,
        loggingConfiguration != null ? loggingConfiguration : current.loggingConfiguration(),
        tracingConfiguration != null ? tracingConfiguration : current.tracingConfiguration(),
        current.description());
  }

  private static boolean differs(String given, String current) {
    return given != null && !given.equals(current);
  }
}
