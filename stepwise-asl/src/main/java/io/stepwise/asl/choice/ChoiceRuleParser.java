package io.stepwise.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;

/** PLACEHOLDER until the choice-rules branch lands. */
public final class ChoiceRuleParser {
  private ChoiceRuleParser() {}

  public static ChoiceRule parse(JsonNode rule) {
    throw new UnsupportedOperationException("choice rules land with the choice branch");
  }
}
