package io.stepwise.engine.machines;

/**
 * What {@code CreateStateMachine} answers.
 *
 * @param stateMachine the state machine (the existing one when the request was a repeat)
 * @param version the version published with it, or {@code null} when not asked to publish
 */
public record CreatedStateMachine(StateMachineRecord stateMachine, StateMachineVersion version) {}
