package io.stepwise.server.model;

import io.stepwise.asl.validate.Severity;

/**
 * AWS's {@code ValidateStateMachineDefinitionDiagnostic} structure shape; absent members are {@code
 * null}.
 */
public record ValidateStateMachineDefinitionDiagnostic(
    Severity severity, String code, String message, String location) {}
