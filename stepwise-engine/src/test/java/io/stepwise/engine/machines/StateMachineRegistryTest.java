package io.stepwise.engine.machines;

import static io.stepwise.engine.machines.MachineFixtures.PASS;
import static io.stepwise.engine.machines.MachineFixtures.PASS_2;
import static io.stepwise.engine.machines.MachineFixtures.ROLE;
import static io.stepwise.engine.machines.MachineFixtures.T0;
import static io.stepwise.engine.machines.MachineFixtures.arn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.engine.run.StateMachineType;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StateMachineRegistryTest {
  private final InMemoryStateMachineStore store = new InMemoryStateMachineStore();
  private final AtomicInteger revisions = new AtomicInteger();
  private final StateMachineRegistry registry =
      new StateMachineRegistry(
          store,
          "us-east-1",
          "111111111111",
          Clock.fixed(T0, ZoneOffset.UTC),
          () -> "rev-" + revisions.incrementAndGet(),
          new FixedRolls());

  private CreatedStateMachine create(String name) {
    return registry.createStateMachine(CreateStateMachineRequest.of(name, PASS, ROLE));
  }

  private CreateStateMachineRequest request(
      String name, String definition, StateMachineType type, boolean publish, String description) {
    return new CreateStateMachineRequest(
        name, definition, ROLE, type, null, null, publish, description);
  }

  @Test
  void createsAStateMachineWithAwsArnAndDefaults() {
    CreatedStateMachine created = create("hello");

    StateMachineRecord machine = created.stateMachine();
    assertThat(machine.arn()).isEqualTo("arn:aws:states:us-east-1:111111111111:stateMachine:hello");
    assertThat(machine.type()).isEqualTo(StateMachineType.STANDARD);
    assertThat(machine.status()).isEqualTo(StateMachineStatus.ACTIVE);
    assertThat(machine.creationDate()).isEqualTo(T0);
    assertThat(machine.revisionId()).isNull();
    assertThat(machine.loggingConfiguration())
        .isEqualTo("{\"level\":\"OFF\",\"includeExecutionData\":false}");
    assertThat(machine.tracingConfiguration()).isEqualTo("{\"enabled\":false}");
    assertThat(created.version()).isNull();
  }

  @Test
  void createIsIdempotentButNotForAnotherDefinition() {
    create("hello");
    assertThat(create("hello").stateMachine().arn()).isEqualTo(arn("hello"));

    assertThatThrownBy(
            () -> registry.createStateMachine(CreateStateMachineRequest.of("hello", PASS_2, ROLE)))
        .isInstanceOf(StateMachineAlreadyExists.class)
        .hasMessage(
            "State Machine Already Exists: 'arn:aws:states:us-east-1:111111111111:stateMachine:hello'");
  }

  @Test
  void configurationsCompareAsJsonNotAsSpelling() {
    registry.createStateMachine(
        new CreateStateMachineRequest(
            "m",
            PASS,
            ROLE,
            null,
            "{ \"level\" : \"OFF\", \"includeExecutionData\": false }",
            null,
            false,
            null));

    assertThat(create("m").stateMachine().loggingConfiguration())
        .isEqualTo(StateMachineRegistry.DEFAULT_LOGGING);
  }

  @Test
  void createCanPublishVersionOne() {
    CreatedStateMachine created = registry.createStateMachine(request("m", PASS, null, true, "v1"));

    assertThat(created.version().arn()).isEqualTo(arn("m") + ":1");
    assertThat(created.version().description()).isEqualTo("v1");
  }

  @Test
  void aVersionDescriptionNeedsPublish() {
    assertThatThrownBy(
            () -> registry.createStateMachine(request("m", PASS, null, false, "HelloWorld!")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Version description can only be set when publish is true");
    assertThatThrownBy(() ->
            registry.updateStateMachine(
                new UpdateStateMachineRequest(arn("m"), PASS, null, null, null, false, "x")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Version description can only be set when publish is true");
  }

  @Test
  void refusesNamesAwsRefuses() {
    for (String bad :
        new String[] {
          "with space",
          "a<b",
          "a{b",
          "a[b",
          "a?b",
          "a*b",
          "a\"b",
          "a#b",
          "a%b",
          "a\\b",
          "a^b",
          "a|b",
          "a~b",
          "a`b",
          "a$b",
          "a&b",
          "a,b",
          "a;b",
          "a:b",
          "a/b",
          "a\tb",
          "a\u0000b",
          "a\u007fb",
          "a\u009fb",
          "a\ufffeb",
          "a\ud800b"
        }) {
      assertThatThrownBy(() -> create(bad))
          .as(bad)
          .isInstanceOf(InvalidName.class)
          .hasMessage("Invalid Name: '" + bad + "'");
    }
    assertThat(create("Ok-name_1.2(x)+é").stateMachine().name()).isEqualTo("Ok-name_1.2(x)+é");
  }

  @Test
  void refusesNamesOfTheWrongLength() {
    String tooLong = "a".repeat(81);
    assertThatThrownBy(() -> create(tooLong))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value '"
                + tooLong
                + "' at 'name' failed to satisfy constraint: Member must have length less than or"
                + " equal to 80");
    assertThatThrownBy(() -> create("")).isInstanceOf(ValidationException.class);
    assertThat(create("a".repeat(80)).stateMachine().name()).hasSize(80);
  }

  @Test
  void reportsEveryDefinitionError() {
    assertThatThrownBy(() ->
            registry.createStateMachine(request("m", "{\"StartAt\":\"A\"}", null, false, null)))
        .isInstanceOf(InvalidDefinition.class)
        .hasMessage(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are"
                + " required: [States] at /'");
    String twoErrors =
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"X\"},"
            + "\"B\":{\"Type\":\"Pass\",\"Next\":\"Y\"}}}";
    assertThatThrownBy(
            () -> registry.createStateMachine(request("m", twoErrors, null, false, null)))
        .isInstanceOfSatisfying(
            InvalidDefinition.class,
            error -> {
              assertThat(error.diagnostics()).hasSizeGreaterThan(1);
              assertThat(error.getMessage()).startsWith("Invalid State Machine Definition: '");
              assertThat(error.getMessage()).contains(", ");
            });
  }

  @Test
  void validatesExpressDefinitionsWithExpressRules() {
    String activity =
        "{\"StartAt\":\"ActivityTask\",\"States\":{\"ActivityTask\":{\"Type\":\"Task\","
            + "\"Resource\":\"arn:aws:states:us-east-1:111111111111:activity:a\",\"End\":true}}}";

    assertThatThrownBy(() ->
            registry.createStateMachine(
                request("m", activity, StateMachineType.EXPRESS, false, null)))
        .isInstanceOf(InvalidDefinition.class)
        .hasMessage(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine"
                + " does not support Activity ARN at /States/ActivityTask/Resource'");
    assertThat(
            registry
                .createStateMachine(request("m", activity, StateMachineType.STANDARD, false, null))
                .stateMachine()
                .type())
        .isEqualTo(StateMachineType.STANDARD);
  }

  @Test
  void updatesMakeRevisionsAndMayPublish() {
    create("m");

    UpdatedStateMachine updated =
        registry.updateStateMachine(
            new UpdateStateMachineRequest(arn("m"), PASS_2, null, null, null, true, "second"));

    assertThat(updated.stateMachine().revisionId()).isEqualTo("rev-1");
    assertThat(updated.stateMachine().definition()).isEqualTo(PASS_2);
    assertThat(updated.updateDate()).isEqualTo(T0);
    assertThat(updated.version().arn()).isEqualTo(arn("m") + ":1");
    assertThat(updated.version().revisionId()).isEqualTo("rev-1");

    UpdatedStateMachine unchanged =
        registry.updateStateMachine(
            new UpdateStateMachineRequest(arn("m"), PASS_2, null, null, null, true, null));
    assertThat(unchanged.stateMachine().revisionId()).isEqualTo("rev-1");
    assertThat(unchanged.version().arn()).isEqualTo(arn("m") + ":1");
  }

  @Test
  void updateNeedsSomethingToChangeAndAnExistingStateMachine() {
    create("m");
    assertThatThrownBy(() ->
            registry.updateStateMachine(
                new UpdateStateMachineRequest(arn("m"), null, null, null, null, false, null)))
        .isInstanceOf(MissingRequiredParameter.class);
    assertThatThrownBy(
            () -> registry.updateStateMachine(UpdateStateMachineRequest.definition(arn("x"), PASS)))
        .isInstanceOf(StateMachineDoesNotExist.class);
    assertThatThrownBy(
            () -> registry.updateStateMachine(UpdateStateMachineRequest.definition(arn("m"), "{}")))
        .isInstanceOf(InvalidDefinition.class);
    // A version's ARN names no state machine that can be updated.
    registry.publishStateMachineVersion(arn("m"), null, null);
    assertThatThrownBy(() ->
            registry.updateStateMachine(
                UpdateStateMachineRequest.definition(arn("m") + ":1", PASS_2)))
        .isInstanceOf(StateMachineDoesNotExist.class)
        .hasMessage("State Machine Does Not Exist: '" + arn("m") + ":1'");
  }

  @Test
  void describesStateMachinesAndVersions() {
    registry.createStateMachine(request("m", PASS, null, true, "first"));
    registry.updateStateMachine(UpdateStateMachineRequest.definition(arn("m"), PASS_2));

    StateMachineDescription latest = registry.describeStateMachine(arn("m"));
    StateMachineDescription v1 = registry.describeStateMachine(arn("m") + ":1");

    assertThat(latest.stateMachineArn()).isEqualTo(arn("m"));
    assertThat(latest.definition()).isEqualTo(PASS_2);
    assertThat(latest.revisionId()).isEqualTo("rev-1");
    assertThat(v1.stateMachineArn()).isEqualTo(arn("m") + ":1");
    assertThat(v1.name()).isEqualTo("m");
    assertThat(v1.definition()).isEqualTo(PASS);
    assertThat(v1.revisionId()).isNull();
    assertThat(v1.description()).isEqualTo("first");
    assertThatThrownBy(() -> registry.describeStateMachine(arn("m") + ":2"))
        .isInstanceOf(StateMachineDoesNotExist.class)
        .hasMessage("State Machine Does Not Exist: '" + arn("m") + ":2'");
    assertThatThrownBy(() -> registry.describeStateMachine("not-an-arn"))
        .isInstanceOf(InvalidArn.class)
        .hasMessage("Invalid Arn: 'Invalid ARN prefix: not-an-arn'");
  }

  @Test
  void listsWithAwsPageSizes() {
    for (int i = 0; i < 120; i++) {
      create(String.format("m%03d", i));
    }
    assertThat(registry.listStateMachines(null, 0).items()).hasSize(100);
    assertThat(registry.listStateMachines(null, 5).items())
        .extracting(StateMachineRecord::name)
        .containsExactly("m000", "m001", "m002", "m003", "m004");
    assertThatThrownBy(() -> registry.listStateMachines(null, 1001))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value '1001' at 'maxResults' failed to satisfy"
                + " constraint: Member must have value less than or equal to 1000");
  }

  @Test
  void deletesAtOnceWithoutRunningExecutions() {
    registry.createStateMachine(request("m", PASS, null, true, null));

    registry.deleteStateMachine(arn("m"), false);

    assertThat(store.get(arn("m"))).isEmpty();
    assertThat(store.version(arn("m"), 1)).isEmpty();
    registry.deleteStateMachine(arn("m"), false); // gone already: still fine
  }

  @Test
  void deletesWhenTheLastRunningExecutionEnds() {
    create("m");

    registry.deleteStateMachine(arn("m"), true);

    assertThat(registry.describeStateMachine(arn("m")).status())
        .isEqualTo(StateMachineStatus.DELETING);
    assertThatThrownBy(() -> registry.resolve(arn("m"))).isInstanceOf(StateMachineDeleting.class);
    assertThatThrownBy(() -> registry.publishStateMachineVersion(arn("m"), null, null))
        .isInstanceOf(StateMachineDeleting.class);
    registry.executionsEnded(arn("m"));
    assertThat(store.get(arn("m"))).isEmpty();
  }

  @Test
  void publishesVersionsAndDeletesThem() {
    create("m");
    StateMachineVersion v1 = registry.publishStateMachineVersion(arn("m"), "INITIAL", "one");
    registry.updateStateMachine(UpdateStateMachineRequest.definition(arn("m"), PASS_2));
    StateMachineVersion v2 = registry.publishStateMachineVersion(arn("m"), "rev-1", null);

    assertThat(registry.listStateMachineVersions(arn("m"), null, 0).items())
        .containsExactly(v2, v1);
    assertThatThrownBy(() -> registry.publishStateMachineVersion(arn("m"), "INITIAL", null))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "Failed to publish the State Machine version for revision INITIAL. The current State"
                + " Machine revision is rev-1.");
    registry.deleteStateMachineVersion(v1.arn());
    assertThat(registry.listStateMachineVersions(arn("m"), null, 0).items()).containsExactly(v2);
    assertThatThrownBy(() -> registry.deleteStateMachineVersion(arn("m")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> registry.publishStateMachineVersion(arn("m"), null, "d".repeat(257)))
        .isInstanceOf(ValidationException.class);
  }
}
