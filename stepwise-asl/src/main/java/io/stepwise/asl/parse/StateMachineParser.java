package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.StateMachine;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a state machine object (the top level, a Parallel branch or a Map processor). States
 * without their own {@code QueryLanguage} take the top level's, at any depth.
 */
final class StateMachineParser {

  private final QueryLanguage topLevelLanguage;
  private final StateParser stateParser;

  StateMachineParser(QueryLanguage topLevelLanguage) {
    this.topLevelLanguage = topLevelLanguage;
    this.stateParser = new StateParser(this);
  }

  QueryLanguage topLevelLanguage() {
    return topLevelLanguage;
  }

  StateMachine parseMachine(JsonNode node, String pointer) {
    JsonNode states = node.get("States");
    if (states == null || !states.isObject()) {
      throw new DefinitionProblem(
          "These fields are required: [States]", pointer.isEmpty() ? "/" : pointer);
    }
    Map<String, State> parsed = new LinkedHashMap<>();
    String statesPointer = Pointers.child(pointer, "States");
    for (Map.Entry<String, JsonNode> entry : states.properties()) {
      String name = entry.getKey();
      parsed.put(
          name, stateParser.parse(name, entry.getValue(), Pointers.child(statesPointer, name)));
    }
    JsonNode timeout = node.get("TimeoutSeconds");
    return new StateMachine(
        FieldParser.text(node, "StartAt"),
        parsed,
        topLevelLanguage,
        timeout == null || !timeout.canConvertToLong() ? null : timeout.longValue(),
        FieldParser.text(node, "Comment"));
  }
}
