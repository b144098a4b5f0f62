package io.stepwise.server.model;

import java.util.List;

/**
 * AWS's {@code ValidateStateMachineDefinitionOutput} output shape; absent members are {@code null}.
 */
public record ValidateStateMachineDefinitionOutput(
    String result, List<ValidateStateMachineDefinitionDiagnostic> diagnostics, Boolean truncated) {}
