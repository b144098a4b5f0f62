package io.stepwise.asl.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.intrinsic.IntrinsicExpression;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.path.PathExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSONPath-mode payload template ({@code Parameters}, {@code ResultSelector}, {@code
 * ItemSelector}, {@code Assign}): a JSON value in which every object key ending in {@code .$} holds
 * a path or an intrinsic call whose value replaces it under the key without the suffix.
 *
 * <p>Compiled once into a tree of nodes; literal subtrees are shared, not copied, since payloads
 * are never mutated after they are built.
 */
public final class PayloadTemplate implements ValueTemplate {

  private final Node root;

  private PayloadTemplate(Node root) {
    this.root = root;
  }

  /**
   * Compiles a template.
   *
   * @throws IllegalArgumentException (an {@code InvalidPathException} or {@code
   *     InvalidIntrinsicException}) when a {@code .$} value is neither a path nor a valid call
   */
  public static PayloadTemplate compile(JsonNode template) {
    return new PayloadTemplate(compileNode(template));
  }

  @Override
  public JsonNode evaluate(EvaluationContext context) {
    return root.evaluate(context);
  }

  private static Node compileNode(JsonNode node) {
    if (node.isObject()) {
      List<Field> fields = new ArrayList<>(node.size());
      boolean dynamic = false;
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String key = e.getKey();
        if (key.endsWith(".$") && e.getValue().isTextual()) {
          String text = e.getValue().textValue();
          String name = key.substring(0, key.length() - 2);
          Node value =
              IntrinsicExpression.looksLikeIntrinsic(text)
                  ? new IntrinsicNode(IntrinsicExpression.compile(text))
                  : new PathNode(PathExpression.compile(text), key);
          fields.add(new Field(name, value));
          dynamic = true;
        } else {
          Node value = compileNode(e.getValue());
          dynamic |= !(value instanceof LiteralNode);
          fields.add(new Field(key, value));
        }
      }
      return dynamic ? new ObjectTemplateNode(List.copyOf(fields)) : new LiteralNode(node);
    }
    if (node.isArray()) {
      List<Node> items = new ArrayList<>(node.size());
      boolean dynamic = false;
      for (JsonNode item : node) {
        Node value = compileNode(item);
        dynamic |= !(value instanceof LiteralNode);
        items.add(value);
      }
      return dynamic ? new ArrayTemplateNode(List.copyOf(items)) : new LiteralNode(node);
    }
    return new LiteralNode(node);
  }

  private sealed interface Node {
    JsonNode evaluate(EvaluationContext context);
  }

  private record Field(String name, Node value) {}

  private record LiteralNode(JsonNode value) implements Node {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      return value;
    }
  }

  private record ObjectTemplateNode(List<Field> fields) implements Node {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      ObjectNode out = Json.NODES.objectNode();
      for (Field field : fields) {
        out.set(field.name(), field.value().evaluate(context));
      }
      return out;
    }
  }

  private record ArrayTemplateNode(List<Node> items) implements Node {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      ArrayNode out = Json.NODES.arrayNode(items.size());
      for (Node item : items) {
        out.add(item.evaluate(context));
      }
      return out;
    }
  }

  private record PathNode(PathExpression path, String key) implements Node {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      JsonNode value = path.evaluate(context);
      if (value == null) {
        JsonNode document = PathExpression.rootDocument(path, context);
        throw new FailureException(
            StatesError.RUNTIME,
            "The JSONPath '"
                + path.text()
                + "' specified for the field '"
                + key
                + "' could not be found in the input '"
                + (document == null ? "null" : Json.write(document))
                + "'");
      }
      return value;
    }
  }

  private record IntrinsicNode(IntrinsicExpression expression) implements Node {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      return expression.evaluate(context);
    }
  }
}
