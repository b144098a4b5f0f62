package io.stepwise.server.actions;

import io.stepwise.engine.teststate.TestStateRequest;
import io.stepwise.engine.teststate.TestStateResponse;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.MockInput;
import io.stepwise.server.model.TestStateConfiguration;
import io.stepwise.server.model.TestStateInput;
import io.stepwise.server.model.TestStateOutput;

/**
 * {@code TestState}: runs one state once with the engine's {@link
 * io.stepwise.engine.teststate.TestStateRunner}. SDKs send it to the {@code sync-} host prefix,
 * which the endpoint does not look at.
 */
public final class TestStateAction implements Action<TestStateInput, TestStateOutput> {
  private final ServerContext context;

  public TestStateAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<TestStateInput> inputType() {
    return TestStateInput.class;
  }

  @Override
  public TestStateOutput handle(TestStateInput input) {
    TestStateResponse response = context.testStates().run(request(input));
    return new TestStateOutput(
        response.output(),
        response.error(),
        response.cause(),
        response.inspectionData(),
        response.nextState(),
        response.status());
  }

  private static TestStateRequest request(TestStateInput input) {
    return new TestStateRequest(
        input.definition(),
        input.roleArn(),
        input.input(),
        input.inspectionLevel(),
        Boolean.TRUE.equals(input.revealSecrets()),
        input.variables(),
        input.stateName(),
        mock(input.mock()),
        input.context(),
        configuration(input.stateConfiguration()));
  }

  private static TestStateRequest.Mock mock(MockInput mock) {
    if (mock == null) {
      return null;
    }
    TestStateRequest.MockError error =
        mock.errorOutput() == null
            ? null
            : new TestStateRequest.MockError(
                mock.errorOutput().error(), mock.errorOutput().cause());
    return new TestStateRequest.Mock(mock.result(), error, mock.fieldValidationMode());
  }

  private static TestStateRequest.StateConfiguration configuration(
      TestStateConfiguration configuration) {
    if (configuration == null) {
      return null;
    }
    return new TestStateRequest.StateConfiguration(
        configuration.retrierRetryCount(),
        configuration.errorCausedByState(),
        configuration.mapIterationFailureCount(),
        configuration.mapItemReaderData());
  }
}
