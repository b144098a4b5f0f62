package io.stepwise.server.model;

import io.stepwise.engine.teststate.InspectionData;
import io.stepwise.engine.teststate.TestStateResponse;

/**
 * AWS's {@code TestStateOutput} output shape; absent members are {@code null}. The engine's {@link
 * InspectionData} is AWS's {@code InspectionData} shape member for member, so it is answered as is.
 */
public record TestStateOutput(
    String output,
    String error,
    String cause,
    InspectionData inspectionData,
    String nextState,
    TestStateResponse.Status status) {}
