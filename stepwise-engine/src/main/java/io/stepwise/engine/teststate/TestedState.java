package io.stepwise.engine.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.validate.InvalidDefinitionException;
import io.stepwise.asl.validate.ValidationOptions;
import io.stepwise.engine.machines.InvalidDefinition;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The state a TestState request tests, parsed and validated by the same parser as state machines.
 *
 * <p>A lone state is validated as the only state of a machine, under the name AWS gives it ({@code
 * StateName}: AWS's diagnostics and context objects show that name). The states it names as next
 * are declared as Succeed states beside it, so that the validator checks the state itself and not
 * transitions that lead outside the request.
 */
final class TestedState {

  /** The name AWS gives a state tested on its own. */
  static final String LONE_STATE_NAME = "StateName";

  private TestedState() {}

  /** The state to test; throws AWS's errors for a definition or state name it refuses. */
  static State resolve(String definition, String stateName) {
    if (definition == null) {
      throw TestStateException.validation("Definition must not be null");
    }
    if (stateName != null) {
      StateMachine machine = parse(definition);
      State found = find(machine, stateName);
      if (found == null) {
        throw TestStateException.validation("State not found in definition");
      }
      return found;
    }
    JsonNode state;
    try {
      state = Json.parse(definition);
    } catch (JsonProcessingException e) {
      return parse(definition).startState(); // the parser words the syntax error as AWS does
    }
    return parse(Json.write(loneMachine(state))).state(LONE_STATE_NAME);
  }

  private static ObjectNode loneMachine(JsonNode state) {
    ObjectNode machine = Json.NODES.objectNode();
    machine.put("StartAt", LONE_STATE_NAME);
    ObjectNode states = machine.putObject("States");
    states.set(LONE_STATE_NAME, state);
    for (String target : targets(state)) {
      if (!target.equals(LONE_STATE_NAME)) {
        states.putObject(target).put("Type", "Succeed");
      }
    }
    return machine;
  }

  /** The names a state may go to next: Next, Default, and those of Choices and Catch. */
  private static Set<String> targets(JsonNode state) {
    Set<String> names = new LinkedHashSet<>();
    addText(names, state.get("Next"));
    addText(names, state.get("Default"));
    for (String list : new String[] {"Choices", "Catch"}) {
      JsonNode entries = state.get(list);
      if (entries != null && entries.isArray()) {
        entries.forEach(entry -> addText(names, entry.get("Next")));
      }
    }
    return names;
  }

  private static void addText(Set<String> names, JsonNode node) {
    if (node != null && node.isTextual()) {
      names.add(node.textValue());
    }
  }

  private static StateMachine parse(String definition) {
    try {
      return DefinitionParser.parse(definition, ValidationOptions.STANDARD);
    } catch (InvalidDefinitionException e) {
      throw TestStateException.invalidDefinition(
          new InvalidDefinition(e.diagnostics()).getMessage());
    }
  }

  /** A state by name anywhere in the machine, Parallel branches and Map processors included. */
  private static State find(StateMachine machine, String name) {
    State state = machine.state(name);
    if (state != null) {
      return state;
    }
    for (State candidate : machine.states().values()) {
      State found =
          switch (candidate) {
            case ParallelState parallel ->
                parallel.branches().stream()
                    .map(branch -> find(branch, name))
                    .filter(s -> s != null)
                    .findFirst()
                    .orElse(null);
            case MapState map -> find(map.processor(), name);
            default -> null;
          };
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
