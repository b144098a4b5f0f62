package io.stepwise.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSONata-mode field value ({@code Arguments}, {@code Output}, {@code Assign}, ...): any JSON
 * value in which each string of the form {@code {% ... %}}, at any depth of objects and arrays, is
 * an expression and everything else is literal.
 *
 * <p>Every expression must yield a value: AWS fails the state with {@code
 * States.QueryEvaluationError} ("returned nothing (undefined)") naming the field path, such as
 * {@code Output/result} or {@code Arguments/FunctionName}, rather than dropping the member.
 */
public final class JsonataTemplate {

  private final Node root;

  private JsonataTemplate(Node root) {
    this.root = root;
  }

  /**
   * Compiles a template whose field is not named; causes then name nested members by their own path
   * ({@code key/inner}) and the root without a field.
   *
   * @throws InvalidJsonataException if an expression is not valid JSONata
   */
  public static JsonataTemplate compile(JsonNode template) {
    return compile(null, template, JsonataBudget.DEFAULT);
  }

  /**
   * Compiles a template.
   *
   * @param field the field's name as AWS names it in causes ({@code Output}, {@code Arguments},
   *     {@code Assign}); nested expressions are named {@code field/key} and {@code field[index]}
   * @throws InvalidJsonataException if an expression is not valid JSONata
   */
  public static JsonataTemplate compile(String field, JsonNode template) {
    return compile(field, template, JsonataBudget.DEFAULT);
  }

  /** As {@link #compile(String, JsonNode)}, with an evaluation budget for every expression. */
  public static JsonataTemplate compile(String field, JsonNode template, JsonataBudget budget) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(budget, "budget");
    return new JsonataTemplate(node(field, template, budget));
  }

  /** Whether a JSON value contains at least one {@code {% %}} expression at any depth. */
  public static boolean containsExpression(JsonNode value) {
    if (value.isTextual()) {
      return JsonataExpression.isExpression(value.textValue());
    }
    for (JsonNode child : value) {
      if (containsExpression(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Evaluates every expression and builds the value.
   *
   * @throws io.stepwise.asl.error.FailureException {@code States.QueryEvaluationError} when an
   *     expression fails or yields nothing
   */
  public JsonNode evaluate(EvaluationContext context) {
    return root.evaluate(context);
  }

  private static Node node(String path, JsonNode value, JsonataBudget budget) {
    if (!containsExpression(value)) {
      return new Literal(value.deepCopy());
    }
    if (value.isTextual()) {
      return new Expression(JsonataField.compile(path, value.textValue(), budget));
    }
    if (value.isArray()) {
      List<Node> elements = new ArrayList<>(value.size());
      for (int i = 0; i < value.size(); i++) {
        elements.add(node(path + "[" + i + "]", value.get(i), budget));
      }
      return new ArrayTemplate(List.copyOf(elements));
    }
    Map<String, Node> members = new LinkedHashMap<>();
    value
        .properties()
        .forEach(
            e -> members.put(e.getKey(), node(member(path, e.getKey()), e.getValue(), budget)));
    return new ObjectTemplate(members);
  }

  private static String member(String path, String key) {
    return path == null ? key : path + "/" + key;
  }

  private sealed interface Node {
    JsonNode evaluate(EvaluationContext context);
  }

  /** A part without expressions; copied on each use because Jackson nodes are mutable. */
  private record Literal(JsonNode value) implements Node {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      return value.deepCopy();
    }
  }

  private record Expression(JsonataField field) implements Node {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      return field.evaluate(context);
    }
  }

  private record ArrayTemplate(List<Node> elements) implements Node {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      ArrayNode array = Json.NODES.arrayNode(elements.size());
      elements.forEach(element -> array.add(element.evaluate(context)));
      return array;
    }
  }

  private record ObjectTemplate(Map<String, Node> members) implements Node {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      ObjectNode object = Json.NODES.objectNode();
      members.forEach((key, member) -> object.set(key, member.evaluate(context)));
      return object;
    }
  }
}
