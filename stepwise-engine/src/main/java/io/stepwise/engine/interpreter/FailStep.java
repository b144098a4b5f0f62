package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.FailState;

/** A Fail state ends its frame with {@code Error} and {@code Cause} (literal, path or JSONata). */
final class FailStep {
  private final Transition transition;

  FailStep(Transition transition) {
    this.transition = transition;
  }

  void run(Frame frame, FailState state, JsonNode input) {
    FrameContext context = new FrameContext(transition.execution, frame, input, null, null);
    transition.frameFailed(frame, FailFields.failure(state, context));
  }
}
