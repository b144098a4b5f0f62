package io.stepwise.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A Pass state: passes its input on, or a fixed {@code Result}, through its data flow. */
public record PassState(
    String name, QueryLanguage queryLanguage, DataFlow dataFlow, String next, JsonNode result)
    implements State {
  @Override
  public String typeName() {
    return "Pass";
  }
}
