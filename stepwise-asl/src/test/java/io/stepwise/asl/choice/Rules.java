package io.stepwise.asl.choice;

/** Shorthands for tests: parse a rule from JSON text and run it on an input. */
final class Rules {

  private Rules() {}

  static ChoiceRule rule(String json) {
    return ChoiceRuleParser.parse(TestContext.json(json));
  }

  /** A rule {@code {"Variable": "$.v", operator: operand}} run on {@code {"v": value}}. */
  static boolean compare(String operator, String operand, String value) {
    return rule("{\"Variable\": \"$.v\", \"" + operator + "\": " + operand + "}")
        .matches(TestContext.of("{\"v\": " + value + "}"));
  }

  /**
   * A rule {@code {"Variable": "$.v", operatorPath: "$.w"}} run on {@code {"v": value, "w":
   * other}}.
   */
  static boolean comparePath(String operator, String value, String other) {
    return rule("{\"Variable\": \"$.v\", \"" + operator + "Path\": \"$.w\"}")
        .matches(TestContext.of("{\"v\": " + value + ", \"w\": " + other + "}"));
  }
}
