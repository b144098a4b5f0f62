package io.stepwise.server.model;

import io.stepwise.engine.teststate.TestStateRequest.FieldValidationMode;

/** AWS's {@code MockInput} structure shape: a mocked result (JSON text) or error. */
public record MockInput(
    String result, MockErrorOutput errorOutput, FieldValidationMode fieldValidationMode) {}
