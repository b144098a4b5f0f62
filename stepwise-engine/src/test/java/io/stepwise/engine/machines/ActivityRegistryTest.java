package io.stepwise.engine.machines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.engine.store.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ActivityRegistryTest {

  private final ActivityRegistry registry =
      new ActivityRegistry(
          new InMemoryActivityStore(),
          "eu-west-1",
          "111111111111",
          Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void createsActivitiesIdempotentlyWithAwsArns() {
    ActivityRecord created = registry.create("review");

    assertThat(created.activityArn())
        .isEqualTo("arn:aws:states:eu-west-1:111111111111:activity:review");
    assertThat(registry.create("review")).isEqualTo(created);
    assertThat(registry.describe(created.activityArn())).isEqualTo(created);
  }

  @Test
  void unknownAndMalformedArnsGetAwsErrors() {
    assertThatThrownBy(
            () -> registry.describe("arn:aws:states:eu-west-1:111111111111:activity:nope"))
        .isInstanceOf(ActivityDoesNotExist.class)
        .hasMessage(
            "Activity Does Not Exist: 'arn:aws:states:eu-west-1:111111111111:activity:nope'");
    assertThatThrownBy(() -> registry.describe("not-an-arn")).isInstanceOf(InvalidArn.class);
    assertThatThrownBy(() -> registry.create("bad name")).isInstanceOf(InvalidName.class);
  }

  @Test
  void listsByNameAPageAtATimeAndDeletes() {
    for (String name : new String[] {"c", "a", "b"}) {
      registry.create(name);
    }
    Page<ActivityRecord> first = registry.list(2, null);
    assertThat(first.items()).extracting(ActivityRecord::name).containsExactly("a", "b");
    Page<ActivityRecord> second = registry.list(2, first.nextToken());
    assertThat(second.items()).extracting(ActivityRecord::name).containsExactly("c");
    assertThat(second.nextToken()).isNull();

    registry.delete("arn:aws:states:eu-west-1:111111111111:activity:a");
    assertThat(registry.list(0, null).items()).hasSize(2);
    assertThatThrownBy(() -> registry.list(10, "garbage")).isInstanceOf(InvalidToken.class);
  }
}
