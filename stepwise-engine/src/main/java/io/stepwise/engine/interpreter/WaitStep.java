package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.model.WaitState;
import io.stepwise.asl.time.Timestamps;
import io.stepwise.asl.value.ValueExpression;
import java.time.Instant;

/** A Wait state's work: compute when it ends, then wait on a timer (never a sleeping thread). */
final class WaitStep {
  /** AWS's longest wait: a year and a bit, past which it reports the delay as too long. */
  private static final long MAX_WAIT_SECONDS = 99_999_999L;

  private final Transition transition;
  private final StateLifecycle lifecycle;

  WaitStep(Transition transition, StateLifecycle lifecycle) {
    this.transition = transition;
    this.lifecycle = lifecycle;
  }

  void start(Frame frame, WaitState wait, JsonNode effectiveInput) {
    FrameContext context = lifecycle.context(frame, effectiveInput);
    Instant due =
        wait.seconds() != null
            ? transition.now.plusSeconds(seconds(wait.seconds(), context))
            : timestamp(wait.timestamp(), context);
    if (due.getEpochSecond() - transition.now.getEpochSecond() > MAX_WAIT_SECONDS) {
      throw new FailureException(StatesError.RUNTIME, "Wait state delay is too long.");
    }
    if (!due.isAfter(transition.now)) {
      lifecycle.complete(frame, effectiveInput);
      return;
    }
    transition.startTimer(frame, due, Frame.Wait.TIMER_WAIT);
  }

  private static long seconds(ValueExpression expression, FrameContext context) {
    JsonNode value = expression.evaluate(context);
    return switch (expression) {
      case ValueExpression.Path path -> {
        String where = path.text();
        if (value == null) {
          throw runtime("The SecondsPath parameter does not reference an input value: " + where);
        }
        if (!value.isIntegralNumber()) {
          throw runtime(
              "The SecondsPath parameter cannot be parsed as a long value: "
                  + where
                  + " == "
                  + render(value));
        }
        if (value.longValue() < 0) {
          throw runtime(
              "The SecondsPath parameter references a negative value: "
                  + where
                  + " == "
                  + render(value));
        }
        yield value.longValue();
      }
      case ValueExpression.Jsonata jsonata -> {
        if (value == null || !value.isIntegralNumber() || value.longValue() < 0) {
          throw new FailureException(
              StatesError.QUERY_EVALUATION_ERROR,
              "The JSONata expression '"
                  + jsonata.text()
                  + "' specified for the field 'Seconds' returned an unexpected result type."
                  + " Expected 'integer', but was '"
                  + JsonTypes.name(value)
                  + "' for value: "
                  + render(value));
        }
        yield value.longValue();
      }
      default -> value == null ? 0 : value.asLong();
    };
  }

  private static Instant timestamp(ValueExpression expression, FrameContext context) {
    JsonNode value = expression.evaluate(context);
    Instant parsed =
        value != null && value.isTextual() ? Timestamps.parse(value.textValue()) : null;
    if (parsed != null) {
      return parsed;
    }
    String shown =
        value == null ? "null" : value.isTextual() ? value.textValue() : value.toString();
    if (expression instanceof ValueExpression.Path path) {
      throw runtime(
          "The TimestampPath parameter does not reference a valid ISO-8601 extended offset"
              + " date-time format string: "
              + path.text()
              + " == "
              + shown);
    }
    throw new FailureException(
        StatesError.QUERY_EVALUATION_ERROR,
        "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format"
            + " string: "
            + shown,
        "Timestamp");
  }

  private static String render(JsonNode value) {
    return value == null ? "null" : value.toString();
  }

  private static FailureException runtime(String cause) {
    return new FailureException(StatesError.RUNTIME, cause);
  }
}
