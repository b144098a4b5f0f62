package io.stepwise.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.path.PathExpression;
import io.stepwise.asl.time.Timestamps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Builds a {@link ChoiceRule} from a JSONPath choice rule's JSON, compiling its paths and patterns
 * once.
 *
 * <p>The definition is assumed to have been validated; what is not a well-formed rule is reported
 * with an {@link IllegalArgumentException}. Fields that are not part of the boolean expression
 * ({@code Next}, {@code Assign}, {@code Comment}) are the caller's business and are ignored.
 */
public final class ChoiceRuleParser {

  /** Every data-test operator, by name, with what it builds from the variable and its value. */
  private static final Map<String, BiFunction<PathExpression, JsonNode, ChoiceRule>> OPERATORS =
      operators();

  private ChoiceRuleParser() {}

  /**
   * Parses one rule: {@code And}, {@code Or}, {@code Not}, or a {@code Variable} with one operator.
   *
   * @throws IllegalArgumentException if the JSON is not a JSONPath choice rule
   * @throws io.stepwise.asl.path.InvalidPathException if a path in it is not valid
   */
  public static ChoiceRule parse(JsonNode rule) {
    if (rule == null || !rule.isObject()) {
      throw new IllegalArgumentException("A choice rule must be an object: " + rule);
    }
    if (rule.has("And")) {
      return new And(parseAll(rule.get("And"), "And"));
    }
    if (rule.has("Or")) {
      return new Or(parseAll(rule.get("Or"), "Or"));
    }
    if (rule.has("Not")) {
      return new Not(parse(rule.get("Not")));
    }
    JsonNode variable = rule.get("Variable");
    if (variable == null || !variable.isTextual()) {
      throw new IllegalArgumentException("A choice rule needs a Variable path or And/Or/Not");
    }
    PathExpression path = PathExpression.compile(variable.textValue());
    for (Map.Entry<String, JsonNode> field : rule.properties()) {
      BiFunction<PathExpression, JsonNode, ChoiceRule> factory = OPERATORS.get(field.getKey());
      if (factory != null) {
        return factory.apply(path, field.getValue());
      }
    }
    throw new IllegalArgumentException(
        "A choice rule on " + variable.textValue() + " has no comparison operator");
  }

  private static List<ChoiceRule> parseAll(JsonNode rules, String operator) {
    if (rules == null || !rules.isArray() || rules.isEmpty()) {
      throw new IllegalArgumentException(operator + " needs a non-empty array of rules");
    }
    List<ChoiceRule> parsed = new ArrayList<>(rules.size());
    for (JsonNode rule : rules) {
      parsed.add(parse(rule));
    }
    return parsed;
  }

  private static Map<String, BiFunction<PathExpression, JsonNode, ChoiceRule>> operators() {
    Map<String, BiFunction<PathExpression, JsonNode, ChoiceRule>> table = new HashMap<>();
    for (Ordering ordering : Ordering.values()) {
      String suffix = ordering.suffix();
      table.put(
          "String" + suffix,
          (variable, value) -> new StringComparison(variable, ordering, string(value)));
      table.put(
          "String" + suffix + "Path",
          (variable, value) -> new StringComparison(variable, ordering, path(value)));
      table.put(
          "Numeric" + suffix,
          (variable, value) -> new NumericComparison(variable, ordering, number(value)));
      table.put(
          "Numeric" + suffix + "Path",
          (variable, value) -> new NumericComparison(variable, ordering, path(value)));
      table.put(
          "Timestamp" + suffix,
          (variable, value) -> new TimestampComparison(variable, ordering, timestamp(value)));
      table.put(
          "Timestamp" + suffix + "Path",
          (variable, value) -> new TimestampComparison(variable, ordering, path(value)));
    }
    table.put("BooleanEquals", (variable, value) -> new BooleanComparison(variable, bool(value)));
    table.put(
        "BooleanEqualsPath", (variable, value) -> new BooleanComparison(variable, path(value)));
    table.put(
        "StringMatches",
        (variable, value) ->
            new StringMatch(variable, WildcardPattern.compile(string(value).value().textValue())));
    for (TypeTest.Kind kind : TypeTest.Kind.values()) {
      table.put(
          kind.operatorName(),
          (variable, value) -> new TypeTest(variable, kind, bool(value).value().booleanValue()));
    }
    return Collections.unmodifiableMap(table);
  }

  private static Operand.Literal string(JsonNode value) {
    return literal(value, JsonNode::isTextual);
  }

  private static Operand.Literal number(JsonNode value) {
    return literal(value, JsonNode::isNumber);
  }

  private static Operand.Literal bool(JsonNode value) {
    return literal(value, JsonNode::isBoolean);
  }

  private static Operand.Literal timestamp(JsonNode value) {
    return literal(value, node -> node.isTextual() && Timestamps.isValid(node.textValue()));
  }

  private static Operand.Literal literal(JsonNode value, Predicate<JsonNode> wellTyped) {
    if (value == null || !wellTyped.test(value)) {
      throw new IllegalArgumentException("Unexpected operand in a choice rule: " + value);
    }
    return new Operand.Literal(value);
  }

  private static Operand.Path path(JsonNode value) {
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("A ...Path operand must be a path string: " + value);
    }
    return new Operand.Path(PathExpression.compile(value.textValue()));
  }
}
