package io.stepwise.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Activity tasks waiting for a worker, one queue per activity ARN. Pollers block (on their own
 * virtual threads) for up to the long-poll time; nothing else waits.
 */
final class ActivityQueues {

  /** One scheduled activity task. */
  record Pending(String executionArn, long taskId, String taskToken, JsonNode input) {}

  private final Map<String, BlockingQueue<Pending>> queues = new ConcurrentHashMap<>();

  void offer(String activityArn, Pending task) {
    queue(activityArn).add(task);
  }

  /** The next task for this activity, waiting up to {@code wait} for one. */
  Optional<Pending> poll(String activityArn, Duration wait) throws InterruptedException {
    return Optional.ofNullable(queue(activityArn).poll(wait.toMillis(), TimeUnit.MILLISECONDS));
  }

  private BlockingQueue<Pending> queue(String activityArn) {
    return queues.computeIfAbsent(activityArn, arn -> new LinkedBlockingQueue<>());
  }
}
