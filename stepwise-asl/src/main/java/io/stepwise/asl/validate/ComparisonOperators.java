package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/** The JSONPath choice-rule comparison operators and the operand each one takes. */
final class ComparisonOperators {

  /** What an operator's operand must be. */
  enum Operand {
    STRING,
    NUMBER,
    BOOLEAN,
    TIMESTAMP,
    PATH
  }

  static final Map<String, Operand> ALL = build();

  private ComparisonOperators() {}

  private static Map<String, Operand> build() {
    Map<String, Operand> operators = new HashMap<>();
    String[] relations = {
      "Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals"
    };
    for (String relation : relations) {
      operators.put("String" + relation, Operand.STRING);
      operators.put("Numeric" + relation, Operand.NUMBER);
      operators.put("Timestamp" + relation, Operand.TIMESTAMP);
      operators.put("String" + relation + "Path", Operand.PATH);
      operators.put("Numeric" + relation + "Path", Operand.PATH);
      operators.put("Timestamp" + relation + "Path", Operand.PATH);
    }
    operators.put("BooleanEquals", Operand.BOOLEAN);
    operators.put("BooleanEqualsPath", Operand.PATH);
    operators.put("StringMatches", Operand.STRING);
    for (String test :
        new String[] {"IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"}) {
      operators.put(test, Operand.BOOLEAN);
    }
    return Map.copyOf(operators);
  }

  static void checkOperand(ObjectNode rule, String operator, Location at, ValidationContext ctx) {
    JsonNode value = rule.get(operator);
    Location here = at.field(operator);
    switch (ALL.get(operator)) {
      case STRING -> {
        if (!value.isTextual()) {
          Fields.typeMismatch("String", here, ctx);
        }
      }
      case NUMBER -> {
        if (!value.isNumber()) {
          Fields.typeMismatch("Number", here, ctx);
        }
      }
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          Fields.typeMismatch("Boolean", here, ctx);
        }
      }
      case TIMESTAMP -> {
        if (!value.isTextual()) {
          Fields.typeMismatch("String", here, ctx);
        } else if (!io.stepwise.asl.time.Timestamps.isValid(value.textValue())) {
          ctx.schema("String does not match RFC3339 timestamp", here);
        }
      }
      case PATH -> PathChecks.field(rule, operator, PathChecks.Kind.PATH, false, at, ctx);
    }
  }
}
