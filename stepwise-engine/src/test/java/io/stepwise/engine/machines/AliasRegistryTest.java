package io.stepwise.engine.machines;

import static io.stepwise.engine.machines.MachineFixtures.PASS;
import static io.stepwise.engine.machines.MachineFixtures.PASS_2;
import static io.stepwise.engine.machines.MachineFixtures.ROLE;
import static io.stepwise.engine.machines.MachineFixtures.T0;
import static io.stepwise.engine.machines.MachineFixtures.arn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Aliases, and what StartExecution runs for an ARN of a state machine, version or alias. */
class AliasRegistryTest {
  private static final String V1 = arn("m") + ":1";
  private static final String V2 = arn("m") + ":2";
  private static final String V3 = arn("m") + ":3";

  private final InMemoryStateMachineStore store = new InMemoryStateMachineStore();
  private final StateMachineRegistry registry =
      new StateMachineRegistry(
          store,
          "us-east-1",
          "111111111111",
          Clock.fixed(T0, ZoneOffset.UTC),
          () -> "rev-2",
          new FixedRolls(0, 69, 70, 99, 5));
  private final AliasRegistry aliases = registry.aliases();

  @BeforeEach
  void twoVersions() {
    registry.createStateMachine(
        new CreateStateMachineRequest("m", PASS, ROLE, null, null, null, true, null));
    registry.updateStateMachine(
        new UpdateStateMachineRequest(arn("m"), PASS_2, null, null, null, true, null));
  }

  private static List<RoutingEntry> routes(Object... arnsAndWeights) {
    List<RoutingEntry> routes = new java.util.ArrayList<>();
    for (int i = 0; i < arnsAndWeights.length; i += 2) {
      routes.add(new RoutingEntry((String) arnsAndWeights[i], (Integer) arnsAndWeights[i + 1]));
    }
    return routes;
  }

  @Test
  void createsDescribesAndListsAliases() {
    StateMachineAlias prod = aliases.createStateMachineAlias("prod", "live", routes(V1, 100));

    assertThat(prod.arn()).isEqualTo(arn("m") + ":prod");
    assertThat(prod.stateMachineArn()).isEqualTo(arn("m"));
    assertThat(prod.creationDate()).isEqualTo(T0);
    assertThat(prod.updateDate()).isEqualTo(T0);
    assertThat(aliases.describeStateMachineAlias(prod.arn())).isEqualTo(prod);
    assertThat(aliases.createStateMachineAlias("prod", "live", routes(V1, 100))).isEqualTo(prod);
    assertThat(aliases.listStateMachineAliases(arn("m"), null, 0).items()).containsExactly(prod);
    assertThat(aliases.listStateMachineAliases(V1, null, 0).items()).containsExactly(prod);
    assertThat(aliases.listStateMachineAliases(V2, null, 0).items()).isEmpty();
  }

  @Test
  void aliasNamesFollowTheCharacterRestrictedPattern() {
    for (String bad : List.of("123", "INVALID ALIAS", "!INVALID", "ALIAS@")) {
      assertThatThrownBy(() -> aliases.createStateMachineAlias(bad, null, routes(V1, 100)))
          .isInstanceOf(ValidationException.class)
          .hasMessage(
              "1 validation error detected: Value '"
                  + bad
                  + "' at 'name' failed to satisfy constraint: Member must satisfy regular"
                  + " expression pattern: ^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$");
    }
    String tooLong = "A".repeat(81);
    assertThatThrownBy(() -> aliases.createStateMachineAlias(tooLong, null, routes(V1, 100)))
        .hasMessage(
            "1 validation error detected: Value '"
                + tooLong
                + "' at 'name' failed to satisfy constraint: Member must have length less than or"
                + " equal to 80");
  }

  @Test
  void routingConfigurationsFollowAwsRules() {
    assertThatThrownBy(
            () -> aliases.createStateMachineAlias("a", null, routes(V1, 50, V2, 30, V3, 20)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value '[RoutingConfigurationListItem(stateMachineVersionArn="
                + V1
                + ", weight=50), RoutingConfigurationListItem(stateMachineVersionArn="
                + V2
                + ", weight=30), RoutingConfigurationListItem(stateMachineVersionArn="
                + V3
                + ", weight=20)]' at 'routingConfiguration' failed to satisfy constraint: Member"
                + " must have length less than or equal to 2");
    assertThatThrownBy(() -> aliases.createStateMachineAlias("a", null, routes(V1, 101)))
        .hasMessage(
            "1 validation error detected: Value '101' at 'routingConfiguration.1.member.weight'"
                + " failed to satisfy constraint: Member must have value less than or equal to 100");
    assertThatThrownBy(() -> aliases.createStateMachineAlias("a", null, routes(V1, 50, V1, 50)))
        .hasMessage(
            "Routing configuration must contain distinct state machine version ARNs. Received: ["
                + V1
                + ", "
                + V1
                + "]");
    assertThatThrownBy(
            () -> aliases.createStateMachineAlias("a", null, routes(arn("m"), 50, V2, 50)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            error ->
                assertThat(error.reason())
                    .isEqualTo(ValidationException.Reason.INVALID_ROUTING_CONFIGURATION))
        .hasMessage(
            "Routing configuration must contain state machine version ARNs. Received: ["
                + arn("m")
                + ", "
                + V2
                + "]");
    assertThatThrownBy(() -> aliases.createStateMachineAlias("a", null, routes(V1, 70, V2, 29)))
        .hasMessage("Sum of routing configuration weights must equal 100. Received: [70, 29]");
    assertThatThrownBy(() -> aliases.createStateMachineAlias("a", null, routes(V1, 70, V2, 31)))
        .hasMessage("Sum of routing configuration weights must equal 100. Received: [70, 31]");
    assertThatThrownBy(() ->
            aliases.createStateMachineAlias("a", null, routes(V1, 50, arn("other") + ":1", 50)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> aliases.createStateMachineAlias("a", null, routes(V3, 100)))
        .isInstanceOf(ResourceNotFound.class);
  }

  @Test
  void updatesAliasesWithinTheirStateMachine() {
    StateMachineAlias prod = aliases.createStateMachineAlias("prod", "live", routes(V1, 100));

    StateMachineAlias shifted =
        aliases.updateStateMachineAlias(prod.arn(), null, routes(V1, 50, V2, 50));
    assertThat(shifted.description()).isEqualTo("live");
    assertThat(shifted.routingConfiguration()).isEqualTo(routes(V1, 50, V2, 50));
    assertThat(aliases.updateStateMachineAlias(prod.arn(), "new", null).description())
        .isEqualTo("new");

    assertThatThrownBy(() -> aliases.updateStateMachineAlias(prod.arn(), null, null))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> aliases.updateStateMachineAlias(arn("m") + ":nope", "x", null))
        .isInstanceOf(ResourceNotFound.class)
        .hasMessage("Request references a resource that does not exist.");
    registry.createStateMachine(CreateStateMachineRequest.of("other", PASS, ROLE));
    registry.publishStateMachineVersion(arn("other"), null, null);
    assertThatThrownBy(() ->
            aliases.updateStateMachineAlias(prod.arn(), null, routes(arn("other") + ":1", 100)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aVersionAnAliasRoutesToCannotBeDeleted() {
    StateMachineAlias prod = aliases.createStateMachineAlias("prod", null, routes(V1, 100));

    assertThatThrownBy(() -> registry.deleteStateMachineVersion(V1))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "Version to be deleted must not be referenced by an alias. Current list of aliases"
                + " referencing this version: [prod]");

    aliases.deleteStateMachineAlias(prod.arn());
    aliases.deleteStateMachineAlias(prod.arn()); // deleting a missing alias succeeds
    registry.deleteStateMachineVersion(V1);
    assertThatThrownBy(() -> aliases.describeStateMachineAlias(prod.arn()))
        .isInstanceOf(ResourceNotFound.class);
  }

  @Test
  void resolvesStateMachinesVersionsAndAliasesForStartExecution() {
    ResolvedStateMachine latest = registry.resolve(arn("m"));
    assertThat(latest.stateMachineArn()).isEqualTo(arn("m"));
    assertThat(latest.versionArn()).isNull();
    assertThat(latest.definition()).isEqualTo(PASS_2);
    assertThat(latest.revisionId()).isEqualTo("rev-2");

    ResolvedStateMachine version = registry.resolve(V1);
    assertThat(version.stateMachineArn()).isEqualTo(arn("m"));
    assertThat(version.versionArn()).isEqualTo(V1);
    assertThat(version.aliasArn()).isNull();
    assertThat(version.definition()).isEqualTo(PASS);
    assertThat(version.roleArn()).isEqualTo(ROLE);
  }

  @Test
  void anAliasChoosesAVersionByWeight() {
    StateMachineAlias canary =
        aliases.createStateMachineAlias("canary", null, routes(V1, 70, V2, 30));

    // The rolls are 0, 69, 70 and 99: the first 70 of 100 go to version 1.
    List<String> chosen =
        java.util.stream.Stream.generate(() -> registry.resolve(canary.arn()))
            .limit(4)
            .map(ResolvedStateMachine::versionArn)
            .toList();

    assertThat(chosen).containsExactly(V1, V1, V2, V2);
    ResolvedStateMachine resolved = registry.resolve(canary.arn());
    assertThat(resolved.aliasArn()).isEqualTo(canary.arn());
    assertThat(resolved.stateMachineArn()).isEqualTo(arn("m"));
  }

  @Test
  void aVersionOfWeightZeroIsNeverChosen() {
    StateMachineRegistry allRolls =
        new StateMachineRegistry(
            store,
            "us-east-1",
            "111111111111",
            Clock.fixed(T0, ZoneOffset.UTC),
            () -> "r",
            new FixedRolls(0, 50, 99));
    StateMachineAlias alias = aliases.createStateMachineAlias("all", null, routes(V1, 0, V2, 100));

    for (int i = 0; i < 3; i++) {
      assertThat(allRolls.resolve(alias.arn()).versionArn()).isEqualTo(V2);
    }
  }

  @Test
  void resolveReportsWhatDoesNotExist() {
    assertThatThrownBy(() -> registry.resolve(arn("nope")))
        .isInstanceOf(StateMachineDoesNotExist.class)
        .hasMessage("State Machine Does Not Exist: '" + arn("nope") + "'");
    assertThatThrownBy(() -> registry.resolve(V3))
        .isInstanceOf(StateMachineDoesNotExist.class)
        .hasMessage("State Machine Does Not Exist: '" + V3 + "'");
    assertThatThrownBy(() -> registry.resolve(arn("m") + ":missing"))
        .isInstanceOf(StateMachineDoesNotExist.class);
    assertThatThrownBy(
            () -> registry.resolve("arn:aws:states:us-east-1:111111111111:execution:m:e"))
        .isInstanceOf(InvalidArn.class);
    assertThatThrownBy(() -> registry.resolve(arn("m") + "/label"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            error ->
                assertThat(error.reason())
                    .isEqualTo(ValidationException.Reason.API_DOES_NOT_SUPPORT_LABELED_ARNS));
    assertThatThrownBy(
            () -> registry.resolve("arn:aws:states:eu-west-1:111111111111:stateMachine:m"))
        .isInstanceOf(StateMachineDoesNotExist.class);
  }

  @Test
  void deletingAStateMachineDeletesItsAliases() {
    aliases.createStateMachineAlias("prod", null, routes(V1, 100));

    registry.deleteStateMachine(arn("m"), false);

    assertThat(store.alias(arn("m"), "prod")).isEmpty();
    assertThatThrownBy(() -> aliases.listStateMachineAliases(arn("m"), null, 0))
        .isInstanceOf(StateMachineDoesNotExist.class);
  }

  @Test
  void errorTypesAreAwsShapeNames() {
    assertThat(new StateMachineDoesNotExist("x").errorType()).isEqualTo("StateMachineDoesNotExist");
    assertThat(new ConflictException("x").errorType()).isEqualTo("ConflictException");
    assertThat(new ResourceNotFound("x").resourceName()).isEqualTo("x");
    assertThat(new ServiceQuotaExceededException("x").getStackTrace()).isEmpty();
  }
}
