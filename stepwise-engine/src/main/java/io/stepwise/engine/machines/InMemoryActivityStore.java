package io.stepwise.engine.machines;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Activities in memory. */
public final class InMemoryActivityStore implements ActivityStore {
  private final Map<String, ActivityRecord> activities = new ConcurrentHashMap<>();

  @Override
  public ActivityRecord createIfAbsent(ActivityRecord activity) {
    return activities.computeIfAbsent(activity.activityArn(), arn -> activity);
  }

  @Override
  public Optional<ActivityRecord> get(String activityArn) {
    return Optional.ofNullable(activities.get(activityArn));
  }

  @Override
  public List<ActivityRecord> list() {
    return activities.values().stream().sorted(Comparator.comparing(ActivityRecord::name)).toList();
  }

  @Override
  public boolean delete(String activityArn) {
    return activities.remove(activityArn) != null;
  }
}
