package io.stepwise.engine.runtime;

import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.validate.InvalidDefinitionException;
import io.stepwise.asl.validate.ValidationOptions;
import io.stepwise.engine.run.StateMachineType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parsed definitions by their text: executions of one state machine share one compiled model, and
 * reloading a waiting execution does not parse its definition again.
 */
final class DefinitionCache {
  private static final int CAPACITY = 1_000;

  private final Map<String, StateMachine> machines =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StateMachine> eldest) {
          return size() > CAPACITY;
        }
      };

  synchronized StateMachine parse(String definition, StateMachineType type)
      throws InvalidDefinitionException {
    String key = type + "\n" + definition;
    StateMachine machine = machines.get(key);
    if (machine == null) {
      machine =
          DefinitionParser.parse(
              definition,
              type == StateMachineType.EXPRESS
                  ? ValidationOptions.EXPRESS
                  : ValidationOptions.STANDARD);
      machines.put(key, machine);
    }
    return machine;
  }
}
