package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Set;

/** Choice: a non-empty list of rules, each with a Next, and an optional Default. */
final class ChoiceChecker implements StateChecker {

  @Override
  public Set<String> fields() {
    return Set.of("InputPath", "OutputPath", "Output", "Assign", "Choices", "Default");
  }

  @Override
  public boolean transitions() {
    return false;
  }

  @Override
  public void check(StateNode state, ValidationContext ctx) {
    Fields.require(state.json(), state.at(), ctx, "Choices");
    Fields.string(state.json(), "Default", state.at(), ctx);
    ArrayNode choices = Fields.nonEmptyArray(state.json(), "Choices", state.at(), ctx);
    if (choices == null) {
      return;
    }
    for (int i = 0; i < choices.size(); i++) {
      ChoiceRuleChecks.rule(
          choices.get(i), state.at().field("Choices").index(i), true, state.jsonata(), ctx);
    }
  }
}
