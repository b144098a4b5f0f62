package io.stepwise.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The value of {@code $states}: {@code input}, {@code context}, and {@code result} and {@code
 * errorOutput} where the state has them. Each member is converted to the library's values only when
 * an expression reads it, once per evaluation: most expressions read {@code $states.input} and
 * never the context object.
 */
final class StatesBinding extends AbstractMap<String, Object> {

  private final EvaluationContext context;
  private Object input;
  private Object contextObject;
  private Object result;
  private Object errorOutput;
  private Set<Entry<String, Object>> entries;

  StatesBinding(EvaluationContext context) {
    this.context = context;
  }

  @Override
  public Object get(Object key) {
    if (!(key instanceof String name)) {
      return null;
    }
    return switch (name) {
      case "input" -> input = convert(input, context::input);
      case "context" -> contextObject = convert(contextObject, context::contextObject);
      case "result" -> result = convert(result, context::result);
      case "errorOutput" -> errorOutput = convert(errorOutput, context::errorOutput);
      default -> null;
    };
  }

  @Override
  public boolean containsKey(Object key) {
    return switch (String.valueOf(key)) {
      case "input", "context" -> true;
      case "result" -> context.result() != null;
      case "errorOutput" -> context.errorOutput() != null;
      default -> false;
    };
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    if (entries == null) {
      Set<Entry<String, Object>> all = new LinkedHashSet<>();
      for (String key : new String[] {"input", "context", "result", "errorOutput"}) {
        if (containsKey(key)) {
          all.add(new SimpleImmutableEntry<>(key, get(key)));
        }
      }
      entries = all;
    }
    return entries;
  }

  private static Object convert(Object converted, Supplier<JsonNode> source) {
    if (converted != null) {
      return converted;
    }
    JsonNode node = source.get();
    return node == null ? null : JsonataValues.toJsonata(node);
  }
}
