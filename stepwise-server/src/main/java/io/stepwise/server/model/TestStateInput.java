package io.stepwise.server.model;

import io.stepwise.engine.teststate.InspectionLevel;
import io.stepwise.server.protocol.Required;

/**
 * AWS's {@code TestStateInput} input shape; absent members are {@code null}. Payloads ({@code
 * input}, {@code variables}, {@code context}) are JSON text, as on the wire.
 */
public record TestStateInput(
    @Required String definition,
    String roleArn,
    String input,
    InspectionLevel inspectionLevel,
    Boolean revealSecrets,
    String variables,
    String stateName,
    MockInput mock,
    String context,
    TestStateConfiguration stateConfiguration) {}
