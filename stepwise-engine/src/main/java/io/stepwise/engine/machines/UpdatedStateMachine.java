package io.stepwise.engine.machines;

import java.time.Instant;

/**
 * What {@code UpdateStateMachine} answers.
 *
 * @param stateMachine the state machine after the update; its {@code revisionId} is the answer's
 * @param updateDate when the update was made
 * @param version the version published, or {@code null} when not asked to publish
 */
public record UpdatedStateMachine(
    StateMachineRecord stateMachine, Instant updateDate, StateMachineVersion version) {}
