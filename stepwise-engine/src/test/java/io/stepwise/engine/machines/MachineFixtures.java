package io.stepwise.engine.machines;

import io.stepwise.engine.run.StateMachineType;
import java.time.Instant;

/** Records and definitions shared by the state machine tests. */
final class MachineFixtures {
  static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  static final String PREFIX = "arn:aws:states:us-east-1:111111111111:stateMachine:";
  static final String ROLE = "arn:aws:iam::111111111111:role/stepwise";
  static final String PASS =
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}";
  static final String PASS_2 =
      "{\"Comment\":\"second\",\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}";
  static final String LOGGING_OFF = StateMachineRegistry.DEFAULT_LOGGING;
  static final String TRACING_OFF = StateMachineRegistry.DEFAULT_TRACING;

  private MachineFixtures() {}

  static String arn(String name) {
    return PREFIX + name;
  }

  /** An ACTIVE Standard state machine created at T0 with the PASS definition. */
  static StateMachineRecord machine(String name) {
    return machine(name, PASS);
  }

  static StateMachineRecord machine(String name, String definition) {
    return new StateMachineRecord(
        arn(name),
        name,
        StateMachineType.STANDARD,
        definition,
        ROLE,
        StateMachineStatus.ACTIVE,
        T0,
        null,
        LOGGING_OFF,
        TRACING_OFF,
        null);
  }

  static StateMachineUpdate definitionUpdate(String definition, String revisionId) {
    return new StateMachineUpdate(definition, null, null, null, revisionId);
  }
}
