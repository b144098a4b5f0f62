package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.value.ValueExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * A Map state's items and limits, read from its fields with AWS's checks and error texts. Public so
 * that TestState reads a Map's fields exactly as executions do.
 */
public final class MapItems {
  private MapItems() {}

  /** The items to iterate over, from ItemsPath or Items, or the input itself. */
  public static List<JsonNode> resolve(
      MapState state, EvaluationContext context, JsonNode rawInput, JsonNode effectiveInput) {
    ValueExpression items = state.items();
    JsonNode value;
    if (items == null) {
      value =
          state.queryLanguage() == io.stepwise.asl.model.QueryLanguage.JSONATA
              ? rawInput
              : effectiveInput;
      if (value == null || !value.isArray()) {
        throw new FailureException(
            StatesError.QUERY_EVALUATION_ERROR,
            "Map state input must be an array but was: " + render(value));
      }
    } else {
      value = items.evaluate(context);
      if (items instanceof ValueExpression.Jsonata jsonata && (value == null || !value.isArray())) {
        throw new FailureException(
            StatesError.QUERY_EVALUATION_ERROR,
            "The JSONata expression '"
                + jsonata.text()
                + "' specified for the field 'Items' returned an unexpected result type."
                + " Expected 'array', but was '"
                + JsonTypes.name(value)
                + "' for value: "
                + render(value),
            "Items");
      }
      if (value == null) {
        throw new FailureException(
            StatesError.RUNTIME,
            "Invalid path '" + items.text() + "' : No results for path: " + items.text());
      }
      if (!value.isArray()) {
        throw new FailureException(
            StatesError.RUNTIME, "Map state input must be an array but was: " + render(value));
      }
    }
    List<JsonNode> list = new ArrayList<>(value.size());
    value.forEach(list::add);
    return list;
  }

  /** MaxConcurrency; 0 when absent (no limit). */
  public static int maxConcurrency(MapState state, EvaluationContext context) {
    ValueExpression field = state.maxConcurrency();
    if (field == null) {
      return 0;
    }
    JsonNode value = numeric(field.evaluate(context));
    if (value == null || !value.isIntegralNumber() || value.longValue() < 0) {
      throw invalidNumber("MaxConcurrencyPath", field, field.evaluate(context), "integer");
    }
    return (int) Math.min(Integer.MAX_VALUE, value.longValue());
  }

  /** ToleratedFailureCount; -1 when absent. */
  public static long toleratedCount(MapState state, EvaluationContext context) {
    ValueExpression field = state.toleratedFailureCount();
    if (field == null) {
      return -1;
    }
    JsonNode value = numeric(field.evaluate(context));
    if (value == null || !value.isIntegralNumber() || value.longValue() < 0) {
      throw invalidNumber("ToleratedFailureCountPath", field, field.evaluate(context), "integer");
    }
    return value.longValue();
  }

  /** ToleratedFailurePercentage; -1 when absent. */
  public static double toleratedPercentage(MapState state, EvaluationContext context) {
    ValueExpression field = state.toleratedFailurePercentage();
    if (field == null) {
      return -1;
    }
    JsonNode value = numeric(field.evaluate(context));
    if (value == null || !value.isNumber()) {
      throw invalidNumber(
          "ToleratedFailurePercentagePath", field, field.evaluate(context), "float");
    }
    double percentage = value.doubleValue();
    if (percentage < 0 || percentage > 100) {
      throw new FailureException(
          StatesError.RUNTIME, "ToleratedFailurePercentage must be between 0 and 100.");
    }
    return percentage;
  }

  /** AWS reads numbers written as strings ("1") in these fields; other text is not a number. */
  private static JsonNode numeric(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return value;
    }
    String text = value.textValue().trim();
    try {
      return io.stepwise.asl.json.Json.NODES.numberNode(Long.parseLong(text));
    } catch (NumberFormatException notLong) {
      try {
        double number = Double.parseDouble(text);
        return Double.isFinite(number) ? io.stepwise.asl.json.Json.NODES.numberNode(number) : null;
      } catch (NumberFormatException notNumber) {
        return null;
      }
    }
  }

  private static FailureException invalidNumber(
      String pathField, ValueExpression field, JsonNode value, String kind) {
    String shown =
        value == null ? "null" : value.isTextual() ? value.textValue() : value.toString();
    return new FailureException(
        StatesError.RUNTIME,
        "The "
            + pathField
            + " field refers to value \""
            + shown
            + "\" which is not a valid "
            + kind
            + ": "
            + field.text());
  }

  private static String render(JsonNode value) {
    return value == null ? "null" : io.stepwise.asl.json.Json.write(value);
  }
}
