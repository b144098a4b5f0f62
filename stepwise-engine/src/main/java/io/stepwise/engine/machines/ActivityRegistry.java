package io.stepwise.engine.machines;

import io.stepwise.engine.store.Page;
import io.stepwise.engine.store.PageToken;
import java.time.Clock;
import java.util.List;

/** CreateActivity, DescribeActivity, ListActivities and DeleteActivity, with AWS's rules. */
public final class ActivityRegistry {
  private final ActivityStore store;
  private final String region;
  private final String account;
  private final Clock clock;

  public ActivityRegistry(ActivityStore store, String region, String account, Clock clock) {
    this.store = store;
    this.region = region;
    this.account = account;
    this.clock = clock;
  }

  /**
   * Creates an activity, or returns the one of that name (CreateActivity is idempotent).
   *
   * @throws InvalidName if the name breaks AWS's rules (those of state machine names)
   */
  public ActivityRecord create(String name) {
    NameRules.checkStateMachineName(name);
    String arn = "arn:aws:states:" + region + ":" + account + ":activity:" + name;
    return store.createIfAbsent(new ActivityRecord(arn, name, clock.instant()));
  }

  /**
   * The activity with this ARN.
   *
   * @throws InvalidArn if the text is not an activity ARN
   * @throws ActivityDoesNotExist if there is none
   */
  public ActivityRecord describe(String activityArn) {
    checkArn(activityArn);
    return store.get(activityArn).orElseThrow(() -> new ActivityDoesNotExist(activityArn));
  }

  /** Whether an activity with this ARN exists. */
  public boolean exists(String activityArn) {
    return store.get(activityArn).isPresent();
  }

  /** Activities by name, a page at a time. */
  public Page<ActivityRecord> list(int maxResults, String nextToken) {
    int size = PageSizes.check(maxResults);
    List<ActivityRecord> all = store.list();
    int from;
    try {
      from = nextToken == null ? 0 : (int) PageToken.number(nextToken);
    } catch (IllegalArgumentException e) {
      throw new InvalidToken(nextToken);
    }
    int to = Math.min(all.size(), from + size);
    String next = to < all.size() ? PageToken.of(Integer.toString(to)) : null;
    return new Page<>(all.subList(Math.min(from, all.size()), to), next);
  }

  /** Deletes an activity; deleting one that does not exist is not an error, as on AWS. */
  public void delete(String activityArn) {
    checkArn(activityArn);
    store.delete(activityArn);
  }

  private static void checkArn(String activityArn) {
    if (activityArn == null || !activityArn.matches("arn:[^:]+:states:[^:]*:[^:]*:activity:.+")) {
      throw new InvalidArn("Resource type not valid in this context: " + activityArn);
    }
  }
}
