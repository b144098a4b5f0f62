package io.stepwise.engine.machines;

import io.stepwise.engine.run.StateMachineType;
import java.time.Instant;

/**
 * What {@code DescribeStateMachine} answers, for a state machine or for one of its versions.
 *
 * @param stateMachineArn the ARN asked about (a version's ARN for a version)
 * @param name the state machine's name
 * @param status the state machine's status
 * @param definition the definition
 * @param roleArn the role
 * @param type the state machine's type
 * @param creationDate when the state machine was created, or when the version was published
 * @param loggingConfiguration JSON text
 * @param tracingConfiguration JSON text
 * @param revisionId the revision, or {@code null} for the one made by creation
 * @param description the version's description, or {@code null}
 */
public record StateMachineDescription(
    String stateMachineArn,
    String name,
    StateMachineStatus status,
    String definition,
    String roleArn,
    StateMachineType type,
    Instant creationDate,
    String loggingConfiguration,
    String tracingConfiguration,
    String revisionId,
    String description) {

  static StateMachineDescription of(StateMachineRecord machine) {
    return new StateMachineDescription(
        machine.arn(),
        machine.name(),
        machine.status(),
        machine.definition(),
        machine.roleArn(),
        machine.type(),
        machine.creationDate(),
        machine.loggingConfiguration(),
        machine.tracingConfiguration(),
        machine.revisionId(),
        machine.description());
  }

  static StateMachineDescription of(StateMachineRecord machine, StateMachineVersion version) {
    return new StateMachineDescription(
        version.arn(),
        machine.name(),
        machine.status(),
        version.definition(),
        version.roleArn(),
        machine.type(),
        version.creationDate(),
        version.loggingConfiguration(),
        version.tracingConfiguration(),
        version.revisionId(),
        version.description());
  }
}
