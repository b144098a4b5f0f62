package io.stepwise.engine.machines;

import static io.stepwise.engine.machines.MachineFixtures.PASS;
import static io.stepwise.engine.machines.MachineFixtures.PASS_2;
import static io.stepwise.engine.machines.MachineFixtures.ROLE;
import static io.stepwise.engine.machines.MachineFixtures.T0;
import static io.stepwise.engine.machines.MachineFixtures.arn;
import static io.stepwise.engine.machines.MachineFixtures.definitionUpdate;
import static io.stepwise.engine.machines.MachineFixtures.machine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StateMachineStore} promises. Each backend's test extends this class and says
 * how to open a fresh, empty store.
 */
public abstract class StateMachineStoreContractTest {
  protected StateMachineStore store;

  /** A new, empty store. */
  protected abstract StateMachineStore openStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openStore();
  }

  private StateMachineVersion publish(String name) {
    return store.publish(arn(name), null, null, T0, 1000);
  }

  private StateMachineAlias alias(String machine, String name, RoutingEntry... routing) {
    return new StateMachineAlias(
        arn(machine) + ":" + name, arn(machine), name, "d", List.of(routing), T0, T0);
  }

  // --- state machines

  @Test
  void createsAndGetsAStateMachine() {
    StateMachineRecord created = store.create(machine("m"));

    assertThat(created).isEqualTo(machine("m"));
    assertThat(store.get(arn("m"))).contains(machine("m"));
    assertThat(store.get(arn("other"))).isEmpty();
  }

  @Test
  void createIsIdempotentAndIgnoresADifferentRole() {
    store.create(machine("m"));
    StateMachineRecord again =
        new StateMachineRecord(
            arn("m"),
            "m",
            StateMachineType.STANDARD,
            PASS,
            "arn:aws:iam::111111111111:role/other",
            StateMachineStatus.ACTIVE,
            T0.plusSeconds(5),
            null,
            MachineFixtures.LOGGING_OFF,
            MachineFixtures.TRACING_OFF,
            null);

    assertThat(store.create(again)).isEqualTo(machine("m"));
    assertThat(store.get(arn("m")).orElseThrow().roleArn()).isEqualTo(ROLE);
  }

  @Test
  void createRefusesTheNameWithAnotherDefinition() {
    store.create(machine("m"));

    assertThatThrownBy(() -> store.create(machine("m", PASS_2)))
        .isInstanceOf(StateMachineAlreadyExists.class)
        .hasMessage("State Machine Already Exists: '" + arn("m") + "'");
  }

  @Test
  void createRefusesTheNameWithAnotherType() {
    store.create(machine("m"));
    StateMachineRecord express =
        new StateMachineRecord(
            arn("m"),
            "m",
            StateMachineType.EXPRESS,
            PASS,
            ROLE,
            StateMachineStatus.ACTIVE,
            T0,
            null,
            MachineFixtures.LOGGING_OFF,
            MachineFixtures.TRACING_OFF,
            null);

    assertThatThrownBy(() -> store.create(express)).isInstanceOf(StateMachineAlreadyExists.class);
  }

  @Test
  void createRefusesANameBeingDeleted() {
    store.create(machine("m"));
    store.markDeleting(arn("m"));

    assertThatThrownBy(() -> store.create(machine("m")))
        .isInstanceOf(StateMachineDeleting.class)
        .hasMessageContaining(arn("m"));
  }

  @Test
  void listsInNameOrderPageByPage() {
    for (String name : List.of("delta", "alpha", "charlie", "bravo", "echo")) {
      store.create(machine(name));
    }
    List<String> names = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Page<StateMachineRecord> page = store.list(token, 2);
      page.items().forEach(record -> names.add(record.name()));
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertThat(names).containsExactly("alpha", "bravo", "charlie", "delta", "echo");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void listRefusesATokenItDidNotHandOut() {
    assertThatThrownBy(() -> store.list("not a token", 10))
        .isInstanceOf(InvalidToken.class)
        .hasMessage("Invalid Token: 'not a token'");
  }

  @Test
  void anUpdateThatChangesSomethingMakesANewRevision() {
    store.create(machine("m"));

    StateMachineRecord updated = store.update(arn("m"), definitionUpdate(PASS_2, "rev-1"));

    assertThat(updated.definition()).isEqualTo(PASS_2);
    assertThat(updated.revisionId()).isEqualTo("rev-1");
    assertThat(store.get(arn("m"))).contains(updated);
  }

  @Test
  void anUpdateThatChangesNothingKeepsTheRevision() {
    store.create(machine("m"));

    StateMachineRecord same = store.update(arn("m"), definitionUpdate(PASS, "rev-1"));

    assertThat(same.revisionId()).isNull();
    assertThat(same).isEqualTo(machine("m"));
  }

  @Test
  void updateRefusesMissingAndDeletingStateMachines() {
    assertThatThrownBy(() -> store.update(arn("m"), definitionUpdate(PASS_2, "r")))
        .isInstanceOf(StateMachineDoesNotExist.class)
        .hasMessage("State Machine Does Not Exist: '" + arn("m") + "'");
    store.create(machine("m"));
    store.markDeleting(arn("m"));
    assertThatThrownBy(() -> store.update(arn("m"), definitionUpdate(PASS_2, "r")))
        .isInstanceOf(StateMachineDeleting.class);
  }

  @Test
  void markDeletingKeepsItVisibleUntilMarkDeleted() {
    store.create(machine("m"));
    publish("m");
    store.markDeleting(arn("m"));

    assertThat(store.get(arn("m")).orElseThrow().status()).isEqualTo(StateMachineStatus.DELETING);

    store.markDeleted(arn("m"));
    assertThat(store.get(arn("m"))).isEmpty();
    assertThat(store.version(arn("m"), 1)).isEmpty();
    assertThat(store.list(null, 10).items()).isEmpty();
    // The name is free again, and versions start over.
    store.create(machine("m"));
    assertThat(publish("m").version()).isEqualTo(1);
  }

  @Test
  void deletingWhatDoesNotExistDoesNothing() {
    store.markDeleting(arn("nothing"));
    store.markDeleted(arn("nothing"));
    assertThat(store.get(arn("nothing"))).isEmpty();
  }

  // --- versions

  @Test
  void publishFreezesTheCurrentRevision() {
    store.create(machine("m"));

    StateMachineVersion version = store.publish(arn("m"), null, "first", T0.plusSeconds(1), 1000);

    assertThat(version.arn()).isEqualTo(arn("m") + ":1");
    assertThat(version.version()).isEqualTo(1);
    assertThat(version.stateMachineArn()).isEqualTo(arn("m"));
    assertThat(version.definition()).isEqualTo(PASS);
    assertThat(version.roleArn()).isEqualTo(ROLE);
    assertThat(version.revisionId()).isNull();
    assertThat(version.description()).isEqualTo("first");
    assertThat(version.creationDate()).isEqualTo(T0.plusSeconds(1));
    assertThat(store.version(arn("m"), 1)).contains(version);
  }

  @Test
  void publishingAnUnchangedRevisionReturnsItsVersion() {
    store.create(machine("m"));
    StateMachineVersion first = publish("m");
    store.update(arn("m"), definitionUpdate(PASS, "unused"));

    assertThat(store.publish(arn("m"), null, "other", T0.plusSeconds(9), 1000)).isEqualTo(first);
    assertThat(store.versions(arn("m"), null, 10).items()).containsExactly(first);
  }

  @Test
  void aNewRevisionGetsTheNextVersionNumber() {
    store.create(machine("m"));
    publish("m");
    store.update(arn("m"), definitionUpdate(PASS_2, "rev-1"));

    StateMachineVersion second = publish("m");

    assertThat(second.version()).isEqualTo(2);
    assertThat(second.definition()).isEqualTo(PASS_2);
    assertThat(second.revisionId()).isEqualTo("rev-1");
  }

  @Test
  void versionNumbersAreNeverReused() {
    store.create(machine("m"));
    publish("m");
    store.update(arn("m"), definitionUpdate(PASS_2, "rev-1"));
    publish("m");
    store.deleteVersion(arn("m"), 2);
    store.update(arn("m"), definitionUpdate(PASS, "rev-2"));

    assertThat(publish("m").version()).isEqualTo(3);
  }

  @Test
  void publishChecksTheExpectedRevision() {
    store.create(machine("m"));
    assertThat(store.publish(arn("m"), "INITIAL", null, T0, 1000).version()).isEqualTo(1);
    store.update(arn("m"), definitionUpdate(PASS_2, "rev-1"));
    store.update(arn("m"), definitionUpdate(PASS, "rev-2"));

    assertThatThrownBy(() -> store.publish(arn("m"), "rev-1", null, T0, 1000))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "Failed to publish the State Machine version for revision rev-1. The current State"
                + " Machine revision is rev-2.");
    assertThat(store.publish(arn("m"), "rev-2", null, T0, 1000).version()).isEqualTo(2);
  }

  @Test
  void publishRefusesMissingAndDeletingStateMachines() {
    assertThatThrownBy(() -> publish("m")).isInstanceOf(StateMachineDoesNotExist.class);
    store.create(machine("m"));
    store.markDeleting(arn("m"));
    assertThatThrownBy(() -> publish("m")).isInstanceOf(StateMachineDeleting.class);
  }

  @Test
  void publishRespectsTheVersionQuota() {
    store.create(machine("m"));
    store.publish(arn("m"), null, null, T0, 1);
    store.update(arn("m"), definitionUpdate(PASS_2, "rev-1"));

    assertThatThrownBy(() -> store.publish(arn("m"), null, null, T0, 1))
        .isInstanceOf(ServiceQuotaExceededException.class);
  }

  @Test
  void listsVersionsNewestFirstPageByPage() {
    store.create(machine("m"));
    for (int i = 1; i <= 5; i++) {
      store.update(
          arn("m"), definitionUpdate("{\"Comment\":\"" + i + "\"," + PASS.substring(1), "r" + i));
      publish("m");
    }
    List<Long> numbers = new ArrayList<>();
    String token = null;
    do {
      Page<StateMachineVersion> page = store.versions(arn("m"), token, 2);
      page.items().forEach(version -> numbers.add(version.version()));
      token = page.nextToken();
    } while (token != null);

    assertThat(numbers).containsExactly(5L, 4L, 3L, 2L, 1L);
    assertThatThrownBy(() -> store.versions(arn("m"), "bogus!", 2))
        .isInstanceOf(InvalidToken.class);
  }

  @Test
  void deletingAVersionThatAnAliasRoutesToIsRefused() {
    store.create(machine("m"));
    StateMachineVersion v1 = publish("m");
    store.createAlias(alias("m", "prod", new RoutingEntry(v1.arn(), 100)), 100);

    assertThatThrownBy(() -> store.deleteVersion(arn("m"), 1))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "Version to be deleted must not be referenced by an alias. Current list of aliases"
                + " referencing this version: [prod]");

    store.deleteAlias(arn("m"), "prod");
    store.deleteVersion(arn("m"), 1);
    assertThat(store.version(arn("m"), 1)).isEmpty();
    store.deleteVersion(arn("m"), 1); // deleting it again does nothing
  }

  // --- aliases

  @Test
  void createsAliasesIdempotently() {
    store.create(machine("m"));
    StateMachineVersion v1 = publish("m");
    StateMachineAlias prod = alias("m", "prod", new RoutingEntry(v1.arn(), 100));

    assertThat(store.createAlias(prod, 100)).isEqualTo(prod);
    StateMachineAlias later =
        new StateMachineAlias(
            prod.arn(),
            prod.stateMachineArn(),
            "prod",
            "d",
            prod.routingConfiguration(),
            T0.plusSeconds(5),
            T0.plusSeconds(5));
    assertThat(store.createAlias(later, 100)).isEqualTo(prod);
    assertThat(store.alias(arn("m"), "prod")).contains(prod);
  }

  @Test
  void anAliasOfTheSameNameWithOtherSettingsConflicts() {
    store.create(machine("m"));
    StateMachineVersion v1 = publish("m");
    store.createAlias(alias("m", "prod", new RoutingEntry(v1.arn(), 100)), 100);
    StateMachineAlias otherDescription =
        new StateMachineAlias(
            arn("m") + ":prod",
            arn("m"),
            "prod",
            "changed",
            List.of(new RoutingEntry(v1.arn(), 100)),
            T0,
            T0);

    assertThatThrownBy(() -> store.createAlias(otherDescription, 100))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "Failed to create alias because an alias with the same name and a different routing"
                + " configuration already exists.");
  }

  @Test
  void anAliasRoutesOnlyToExistingVersionsOfItsOwnStateMachine() {
    store.create(machine("m"));
    store.create(machine("other"));
    StateMachineVersion otherV1 = publish("other");

    assertThatThrownBy(() ->
            store.createAlias(alias("m", "prod", new RoutingEntry(arn("m") + ":1", 100)), 100))
        .isInstanceOf(ResourceNotFound.class)
        .hasMessage("Request references a resource that does not exist.");
    assertThatThrownBy(
            () -> store.createAlias(alias("m", "prod", new RoutingEntry(otherV1.arn(), 100)), 100))
        .isInstanceOf(ResourceNotFound.class);
    assertThatThrownBy(() ->
            store.createAlias(alias("none", "prod", new RoutingEntry(otherV1.arn(), 100)), 100))
        .isInstanceOf(ResourceNotFound.class);
  }

  @Test
  void createAliasRespectsDeletingAndTheQuota() {
    store.create(machine("m"));
    StateMachineVersion v1 = publish("m");
    store.createAlias(alias("m", "a", new RoutingEntry(v1.arn(), 100)), 1);

    assertThatThrownBy(() -> store.createAlias(alias("m", "b", new RoutingEntry(v1.arn(), 100)), 1))
        .isInstanceOf(ServiceQuotaExceededException.class);
    store.markDeleting(arn("m"));
    assertThatThrownBy(() -> store.createAlias(alias("m", "c", new RoutingEntry(v1.arn(), 100)), 9))
        .isInstanceOf(StateMachineDeleting.class);
  }

  @Test
  void listsAliasesInCreationOrderAndByVersion() {
    store.create(machine("m"));
    StateMachineVersion v1 = publish("m");
    store.update(arn("m"), definitionUpdate(PASS_2, "rev-1"));
    StateMachineVersion v2 = publish("m");
    for (int i = 0; i < 3; i++) {
      Instant at = T0.plusSeconds(10 - i);
      RoutingEntry route = new RoutingEntry(i == 1 ? v2.arn() : v1.arn(), 100);
      store.createAlias(
          new StateMachineAlias(
              arn("m") + ":a" + i, arn("m"), "a" + i, null, List.of(route), at, at),
          100);
    }
    List<String> names = new ArrayList<>();
    String token = null;
    do {
      Page<StateMachineAlias> page = store.aliases(arn("m"), null, token, 2);
      page.items().forEach(alias -> names.add(alias.name()));
      token = page.nextToken();
    } while (token != null);

    assertThat(names).containsExactly("a2", "a1", "a0");
    assertThat(store.aliases(arn("m"), v1.arn(), null, 10).items())
        .extracting(StateMachineAlias::name)
        .containsExactly("a2", "a0");
    assertThatThrownBy(() -> store.aliases(arn("m"), null, "x", 2))
        .isInstanceOf(InvalidToken.class);
  }

  @Test
  void updatesAndDeletesAliases() {
    store.create(machine("m"));
    StateMachineVersion v1 = publish("m");
    store.update(arn("m"), definitionUpdate(PASS_2, "rev-1"));
    StateMachineVersion v2 = publish("m");
    store.createAlias(alias("m", "prod", new RoutingEntry(v1.arn(), 100)), 100);
    List<RoutingEntry> split =
        List.of(new RoutingEntry(v1.arn(), 50), new RoutingEntry(v2.arn(), 50));

    StateMachineAlias updated = store.updateAlias(arn("m"), "prod", null, split, T0.plusSeconds(7));

    assertThat(updated.description()).isEqualTo("d");
    assertThat(updated.routingConfiguration()).isEqualTo(split);
    assertThat(updated.creationDate()).isEqualTo(T0);
    assertThat(updated.updateDate()).isEqualTo(T0.plusSeconds(7));
    assertThat(store.alias(arn("m"), "prod")).contains(updated);

    assertThatThrownBy(() ->
            store.updateAlias(
                arn("m"), "prod", null, List.of(new RoutingEntry(arn("m") + ":9", 100)), T0))
        .isInstanceOf(ResourceNotFound.class);
    assertThatThrownBy(() -> store.updateAlias(arn("m"), "nope", "x", null, T0))
        .isInstanceOf(ResourceNotFound.class);

    store.deleteAlias(arn("m"), "prod");
    assertThat(store.alias(arn("m"), "prod")).isEmpty();
    store.deleteAlias(arn("m"), "prod");
  }
}
