package io.stepwise.engine.machines;

import io.stepwise.engine.run.StateMachineType;
import java.time.Instant;
import java.util.Objects;

/**
 * A state machine as the store keeps it: its latest revision, which unqualified ARNs run.
 *
 * @param arn {@code arn:aws:states:<region>:<account>:stateMachine:<name>}
 * @param name its name, unique in the region and account
 * @param type STANDARD or EXPRESS, fixed at creation
 * @param definition the definition text, exactly as given (AWS compares it as text)
 * @param roleArn the IAM role its executions run as
 * @param status ACTIVE, or DELETING until its running executions end
 * @param creationDate when it was created
 * @param revisionId the current revision's id; {@code null} for the revision made by creation, as
 *     AWS leaves it unset until the first update that changes something
 * @param loggingConfiguration AWS's {@code LoggingConfiguration} as JSON text
 * @param tracingConfiguration AWS's {@code TracingConfiguration} as JSON text
 * @param description a description ({@code DescribeStateMachine} shows versions' descriptions in
 *     the same member); {@code null} when none
 */
public record StateMachineRecord(
    String arn,
    String name,
    StateMachineType type,
    String definition,
    String roleArn,
    StateMachineStatus status,
    Instant creationDate,
    String revisionId,
    String loggingConfiguration,
    String tracingConfiguration,
    String description) {

  public StateMachineRecord {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(roleArn, "roleArn");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(creationDate, "creationDate");
  }

  /** The same state machine with another status. */
  public StateMachineRecord withStatus(StateMachineStatus newStatus) {
    return new StateMachineRecord(
        arn,
        name,
        type,
        definition,
        roleArn,
        newStatus,
        creationDate,
        revisionId,
        loggingConfiguration,
        tracingConfiguration,
        description);
  }

  /**
   * Whether creating {@code other} is a repeat of the request that created this one: AWS's
   * idempotency check compares the definition, type, logging and tracing configuration, and ignores
   * a different role.
   */
  public boolean sameCreationAs(StateMachineRecord other) {
    return definition.equals(other.definition)
        && type == other.type
        && Objects.equals(loggingConfiguration, other.loggingConfiguration)
        && Objects.equals(tracingConfiguration, other.tracingConfiguration);
  }
}
