package io.stepwise.engine.interpreter;

import io.stepwise.asl.error.Failure;
import io.stepwise.asl.model.ErrorHandling;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.Retrier;
import io.stepwise.asl.model.State;
import java.time.Instant;
import java.util.List;

/**
 * Retry: the first retrier whose {@code ErrorEquals} matches decides; its attempts are counted on
 * their own; the delay grows by {@code BackoffRate}, is capped by {@code MaxDelaySeconds} and is
 * drawn uniformly below the cap with FULL jitter. Waiting is a timer, never a sleep.
 */
final class Retries {
  private Retries() {}

  /** Schedules a retry if a retrier matches and has attempts left; returns whether it did. */
  static boolean scheduleRetry(
      Transition transition, Frame frame, ErrorHandling handling, Failure failure) {
    List<Retrier> retriers = handling.retriers();
    for (int i = 0; i < retriers.size(); i++) {
      Retrier retrier = retriers.get(i);
      if (!ErrorMatcher.matches(retrier.errorEquals(), failure.error())) {
        continue;
      }
      if (frame.retrierAttempts == null) {
        frame.retrierAttempts = new int[retriers.size()];
      }
      int attempts = frame.retrierAttempts[i];
      if (attempts >= retrier.maxAttempts()) {
        return false;
      }
      frame.retrierAttempts[i] = attempts + 1;
      frame.retryCount++;
      double delay = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), attempts);
      if (retrier.maxDelaySeconds() != null) {
        delay = Math.min(delay, retrier.maxDelaySeconds());
      }
      if (retrier.jitter() == Retrier.JitterStrategy.FULL) {
        delay = transition.execution.random.nextDouble() * delay;
      }
      Instant due = transition.now.plusMillis((long) (delay * 1000));
      transition.startTimer(frame, due, Frame.Wait.TIMER_RETRY);
      return true;
    }
    return false;
  }

  /** The retry timer fired: run the state's work again (no new entered event, as on AWS). */
  static void retry(Transition transition, StateLifecycle lifecycle, Frame frame, State state) {
    if (state instanceof MapState || state instanceof ParallelState) {
      frame.children = null;
    }
    lifecycle.execute(frame, state);
  }
}
