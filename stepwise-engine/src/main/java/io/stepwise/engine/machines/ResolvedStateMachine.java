package io.stepwise.engine.machines;

import io.stepwise.engine.run.StateMachineType;

/**
 * What an execution runs, resolved from the {@code stateMachineArn} that StartExecution was given.
 *
 * @param stateMachineArn the unqualified state machine ARN, which execution ARNs derive from
 * @param versionArn the version run, or {@code null} when started from the state machine itself
 * @param aliasArn the alias that chose the version, or {@code null}
 * @param type the state machine's type
 * @param definition the definition to run
 * @param roleArn the role to run as
 * @param revisionId the revision run ({@code null} for the one made by creation)
 * @param loggingConfiguration the logging configuration of the state machine or version run, as
 *     JSON text
 */
public record ResolvedStateMachine(
    String stateMachineArn,
    String versionArn,
    String aliasArn,
    StateMachineType type,
    String definition,
    String roleArn,
    String revisionId,
    String loggingConfiguration) {}
