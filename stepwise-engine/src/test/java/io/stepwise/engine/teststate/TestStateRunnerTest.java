package io.stepwise.engine.teststate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import io.stepwise.engine.teststate.TestStateRequest.Mock;
import io.stepwise.engine.teststate.TestStateRequest.MockError;
import io.stepwise.engine.teststate.TestStateRequest.StateConfiguration;
import io.stepwise.engine.teststate.TestStateResponse.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TestStateRunnerTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/r";

  private final TestStateRunner runner =
      new TestStateRunner(
          TaskResources.none()
              .register(
                  "arn:aws:lambda:us-east-1:123456789012:function:echo",
                  i -> TaskOutcome.succeeded(i.parameters())),
          "us-east-1",
          "123456789012",
          Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));

  private static TestStateRequest request(
      String definition, String input, InspectionLevel level, Mock mock, StateConfiguration conf) {
    return new TestStateRequest(
        definition, ROLE, input, level, false, null, null, mock, null, conf);
  }

  @Test
  void passStateShowsEachStepOfItsDataFlowAtDebug() {
    TestStateResponse response =
        runner.run(
            request(
                "{\"Type\":\"Pass\",\"InputPath\":\"$.a\",\"Parameters\":{\"x.$\":\"$.b\"},"
                    + "\"ResultPath\":\"$.r\",\"Next\":\"After\"}",
                "{\"a\":{\"b\":1}}",
                InspectionLevel.DEBUG,
                null,
                null));
    assertThat(response.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(response.nextState()).isEqualTo("After");
    assertThat(response.output()).isEqualTo("{\"a\":{\"b\":1},\"r\":{\"x\":1}}");
    assertThat(response.inspectionData().afterInputPath()).isEqualTo("{\"b\":1}");
    assertThat(response.inspectionData().afterParameters()).isEqualTo("{\"x\":1}");
  }

  @Test
  void infoLevelReportsNoInspectionData() {
    TestStateResponse response =
        runner.run(TestStateRequest.of("{\"Type\":\"Succeed\"}", "{\"v\":1}"));
    assertThat(response.inspectionData()).isNull();
    assertThat(response.output()).isEqualTo("{\"v\":1}");
  }

  @Test
  void choiceStateNamesTheNextState() {
    TestStateResponse response =
        runner.run(
            TestStateRequest.of(
                "{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericGreaterThan\":5,"
                    + "\"Next\":\"Big\"}],\"Default\":\"Small\"}",
                "{\"n\":9}"));
    assertThat(response.nextState()).isEqualTo("Big");
  }

  @Test
  void failStateFails() {
    TestStateResponse response =
        runner.run(
            TestStateRequest.of("{\"Type\":\"Fail\",\"Error\":\"E\",\"Cause\":\"C\"}", "{}"));
    assertThat(response.status()).isEqualTo(Status.FAILED);
    assertThat(response.error()).isEqualTo("E");
    assertThat(response.cause()).isEqualTo("C");
  }

  @Test
  void mockedErrorIsRetriableWhileTheRetrierHasAttemptsLeft() {
    String task =
        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Retry\":[{"
            + "\"ErrorEquals\":[\"Boom\"],\"IntervalSeconds\":1,\"MaxAttempts\":3,"
            + "\"BackoffRate\":2}],\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],"
            + "\"Next\":\"Handle\"}],\"End\":true}";
    Mock boom = new Mock(null, new MockError("Boom", "why"), null);
    TestStateResponse retriable =
        runner.run(
            request(
                task,
                "{}",
                InspectionLevel.DEBUG,
                boom,
                new StateConfiguration(2, null, null, null)));
    assertThat(retriable.status()).isEqualTo(Status.RETRIABLE);
    assertThat(retriable.inspectionData().errorDetails().retryBackoffIntervalSeconds())
        .isEqualTo(4);

    TestStateResponse caught =
        runner.run(
            request(
                task,
                "{}",
                InspectionLevel.DEBUG,
                boom,
                new StateConfiguration(3, null, null, null)));
    assertThat(caught.status()).isEqualTo(Status.CAUGHT_ERROR);
    assertThat(caught.nextState()).isEqualTo("Handle");
    assertThat(caught.output()).isEqualTo("{\"Error\":\"Boom\",\"Cause\":\"why\"}");
    assertThat(caught.inspectionData().errorDetails().catchIndex()).isZero();
  }

  @Test
  void taskWithoutMockCallsTheConfiguredResource() {
    TestStateResponse response =
        runner.run(
            request(
                "{\"Type\":\"Task\",\"Resource\":"
                    + "\"arn:aws:lambda:us-east-1:123456789012:function:echo\",\"End\":true}",
                "{\"k\":\"v\"}",
                null,
                null,
                null));
    assertThat(response.output()).isEqualTo("{\"k\":\"v\"}");
  }

  @Test
  void mapStateUsesTheMockedResultAndTheToleratedFailureThreshold() {
    String map =
        "{\"Type\":\"Map\",\"ToleratedFailureCount\":1,\"ItemProcessor\":{\"StartAt\":\"P\","
            + "\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}";
    Mock result = new Mock("[1,2,3]", null, null);
    assertThat(runner.run(request(map, "[1,2,3]", null, result, null)).output())
        .isEqualTo("[1,2,3]");
    TestStateResponse exceeded =
        runner.run(
            request(map, "[1,2,3]", null, result, new StateConfiguration(null, null, 2, null)));
    assertThat(exceeded.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
  }

  @Test
  void requestErrorsAreAwsErrors() {
    assertThatThrownBy(() ->
            runner.run(
                request(
                    "{\"Type\":\"Pass\",\"End\":true}",
                    "{}",
                    null,
                    new Mock("{}", null, null),
                    null)))
        .isInstanceOf(TestStateException.class)
        .hasMessage("State type 'Pass' is not supported when a mock is specified");
    assertThatThrownBy(() ->
            runner.run(
                TestStateRequest.of(
                    "{\"Type\":\"Parallel\",\"Branches\":[{\"StartAt\":\"P\",\"States\":{\"P\":"
                        + "{\"Type\":\"Pass\",\"End\":true}}}],\"End\":true}",
                    "{}")))
        .isInstanceOfSatisfying(
            TestStateException.class,
            e -> assertThat(e.errorType()).isEqualTo("InvalidDefinition"));
    assertThatThrownBy(() -> runner.run(TestStateRequest.of("{\"Type\":\"Nope\"}", "{}")))
        .hasMessageStartingWith("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED");
  }

  @Test
  void aStateOfAWholeMachineIsFoundByName() {
    TestStateRequest named =
        new TestStateRequest(
            "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},"
                + "\"B\":{\"Type\":\"Pass\",\"Result\":7,\"End\":true}}}",
            null,
            "{}",
            null,
            false,
            null,
            "B",
            null,
            null,
            null);
    assertThat(runner.run(named).output()).isEqualTo("7");
  }
}
