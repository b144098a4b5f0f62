package io.stepwise.engine.machines;

import java.util.List;
import java.util.Optional;

/** Where activities are kept. Implementations are thread-safe. */
public interface ActivityStore {

  /**
   * Keeps an activity unless one with its ARN exists already.
   *
   * @return the activity now kept: the given one, or the one that existed (CreateActivity is
   *     idempotent)
   */
  ActivityRecord createIfAbsent(ActivityRecord activity);

  /** The activity with this ARN. */
  Optional<ActivityRecord> get(String activityArn);

  /** Every activity, by name. */
  List<ActivityRecord> list();

  /** Forgets an activity; {@code false} if there was none. */
  boolean delete(String activityArn);
}
