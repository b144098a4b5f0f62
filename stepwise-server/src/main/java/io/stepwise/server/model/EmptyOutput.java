package io.stepwise.server.model;

/**
 * The empty output of actions that answer nothing, such as {@code DeleteStateMachine}: {@code {}}.
 */
public record EmptyOutput() {}
