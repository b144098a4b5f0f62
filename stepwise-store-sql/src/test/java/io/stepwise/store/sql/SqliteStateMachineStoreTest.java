package io.stepwise.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.engine.machines.RoutingEntry;
import io.stepwise.engine.machines.StateMachineAlias;
import io.stepwise.engine.machines.StateMachineRecord;
import io.stepwise.engine.machines.StateMachineStatus;
import io.stepwise.engine.machines.StateMachineStore;
import io.stepwise.engine.machines.StateMachineStoreContractTest;
import io.stepwise.engine.machines.StateMachineUpdate;
import io.stepwise.engine.machines.StateMachineVersion;
import io.stepwise.engine.run.StateMachineType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStateMachineStoreTest extends StateMachineStoreContractTest {
  static final Instant T0 = Instant.parse("2024-05-01T10:00:00.123456789Z");
  static final String PREFIX = "arn:aws:states:us-east-1:111111111111:stateMachine:";
  static final String PASS =
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}";

  @TempDir Path directory;

  private Path file() {
    return directory.resolve("stepwise.db");
  }

  @Override
  protected StateMachineStore openStore() {
    return SqliteStateMachineStore.open(file());
  }

  @AfterEach
  void closeStore() {
    ((SqliteStateMachineStore) store).close();
  }

  static StateMachineRecord machine(String name) {
    return new StateMachineRecord(
        PREFIX + name,
        name,
        StateMachineType.EXPRESS,
        PASS,
        "arn:aws:iam::111111111111:role/r",
        StateMachineStatus.ACTIVE,
        T0,
        null,
        "{\"level\":\"OFF\"}",
        "{\"enabled\":false}",
        "described");
  }

  @Test
  void aReopenedStoreSeesEverythingCommittedBeforeClose() {
    StateMachineRecord m = store.create(machine("m"));
    StateMachineVersion v1 = store.publish(m.arn(), null, "one", T0.plusNanos(1), 1000);
    store.update(
        m.arn(),
        new StateMachineUpdate("{\"Comment\":1," + PASS.substring(1), null, null, null, "r1"));
    StateMachineVersion v2 = store.publish(m.arn(), "r1", null, T0.plusSeconds(2), 1000);
    store.update(m.arn(), new StateMachineUpdate(null, "arn:aws:iam::1:role/x", null, null, "r2"));
    StateMachineVersion v3 = store.publish(m.arn(), null, null, T0.plusSeconds(3), 1000);
    store.deleteVersion(m.arn(), 3);
    StateMachineAlias alias =
        store.createAlias(
            new StateMachineAlias(
                m.arn() + ":live",
                m.arn(),
                "live",
                null,
                List.of(new RoutingEntry(v1.arn(), 30), new RoutingEntry(v2.arn(), 70)),
                T0.plusSeconds(4),
                T0.plusSeconds(4)),
            100);
    store.create(machine("gone"));
    store.markDeleting(PREFIX + "gone");
    StateMachineRecord before = store.get(m.arn()).orElseThrow();
    closeStore();

    store = openStore();

    assertThat(store.get(m.arn())).contains(before);
    assertThat(before.revisionId()).isEqualTo("r2");
    assertThat(store.get(PREFIX + "gone").orElseThrow().status())
        .isEqualTo(StateMachineStatus.DELETING);
    assertThat(store.list(null, 10).items())
        .extracting(StateMachineRecord::name)
        .containsExactly("gone", "m");
    assertThat(store.versions(m.arn(), null, 10).items()).containsExactly(v2, v1);
    assertThat(store.aliases(m.arn(), null, null, 10).items()).containsExactly(alias);
    assertThat(store.aliases(m.arn(), v2.arn(), null, 10).items()).containsExactly(alias);
    // The deleted version 3 still counts: numbers are never reused, across a reopen too.
    assertThat(v3.version()).isEqualTo(3);
    assertThat(store.publish(m.arn(), null, null, T0, 1000).version()).isEqualTo(4);
  }

  @Test
  void aRefusedChangeLeavesNothingBehind() {
    StateMachineRecord m = store.create(machine("m"));
    StateMachineVersion v1 = store.publish(m.arn(), null, null, T0, 1000);
    store.createAlias(alias(m, "a", v1), 1);

    // The quota refuses after the existence checks have read: the transaction rolls back whole.
    assertThatThrownBy(() -> store.createAlias(alias(m, "b", v1), 1))
        .hasMessageContaining("maximum of 1 aliases");
    assertThat(store.alias(m.arn(), "b")).isEmpty();
    assertThat(store.aliases(m.arn(), null, null, 10).items()).hasSize(1);
    // The writer is usable again after the rollback.
    store.deleteAlias(m.arn(), "a");
    store.deleteVersion(m.arn(), 1);
    assertThat(store.versions(m.arn(), null, 10).items()).isEmpty();
  }

  @Test
  void aliasPositionsKeepNanosecondsAcrossPages() {
    StateMachineRecord m = store.create(machine("m"));
    StateMachineVersion v1 = store.publish(m.arn(), null, null, T0, 1000);
    for (int i = 0; i < 3; i++) {
      // Three aliases a nanosecond apart, named against their creation order.
      Instant at = T0.plusNanos(i);
      store.createAlias(
          new StateMachineAlias(
              m.arn() + ":z" + (9 - i),
              m.arn(),
              "z" + (9 - i),
              null,
              List.of(new RoutingEntry(v1.arn(), 100)),
              at,
              at),
          100);
    }
    var first = store.aliases(m.arn(), null, null, 1);
    var second = store.aliases(m.arn(), null, first.nextToken(), 2);

    assertThat(first.items()).extracting(StateMachineAlias::name).containsExactly("z9");
    assertThat(second.items()).extracting(StateMachineAlias::name).containsExactly("z8", "z7");
    assertThat(second.nextToken()).isNull();
  }

  @Test
  void aClosedStoreRefusesCalls() {
    closeStore();
    closeStore(); // closing twice is harmless

    assertThatThrownBy(() -> store.get(PREFIX + "m")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.create(machine("m"))).isInstanceOf(IllegalStateException.class);
    store = openStore();
  }

  private static StateMachineAlias alias(
      StateMachineRecord m, String name, StateMachineVersion version) {
    return new StateMachineAlias(
        m.arn() + ":" + name,
        m.arn(),
        name,
        null,
        List.of(new RoutingEntry(version.arn(), 100)),
        T0,
        T0);
  }
}
