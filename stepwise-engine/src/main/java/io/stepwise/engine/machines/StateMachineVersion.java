package io.stepwise.engine.machines;

import java.time.Instant;
import java.util.Objects;

/**
 * A published version: an immutable, numbered snapshot of one revision of a state machine.
 *
 * @param arn {@code <state machine ARN>:<version>}
 * @param stateMachineArn the state machine it belongs to
 * @param version its number, from 1, never reused by the same state machine
 * @param definition the definition it froze
 * @param roleArn the role it froze
 * @param revisionId the revision it froze ({@code null} for the revision made by creation)
 * @param loggingConfiguration the logging configuration it froze, as JSON text
 * @param tracingConfiguration the tracing configuration it froze, as JSON text
 * @param description its description, or {@code null}
 * @param creationDate when it was published
 */
public record StateMachineVersion(
    String arn,
    String stateMachineArn,
    long version,
    String definition,
    String roleArn,
    String revisionId,
    String loggingConfiguration,
    String tracingConfiguration,
    String description,
    Instant creationDate) {

  public StateMachineVersion {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(stateMachineArn, "stateMachineArn");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(roleArn, "roleArn");
    Objects.requireNonNull(creationDate, "creationDate");
  }

  /** Version {@code number} of a state machine, freezing its current revision. */
  public static StateMachineVersion of(
      StateMachineRecord machine, long number, String description, Instant creationDate) {
    return new StateMachineVersion(
        machine.arn() + ":" + number,
        machine.arn(),
        number,
        machine.definition(),
        machine.roleArn(),
        machine.revisionId(),
        machine.loggingConfiguration(),
        machine.tracingConfiguration(),
        description,
        creationDate);
  }
}
