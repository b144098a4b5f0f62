package io.stepwise.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;

/**
 * The cause texts of {@code States.QueryEvaluationError} as AWS words them. The engine puts its own
 * "An error occurred while executing the state ..." sentence in front.
 *
 * <p>A field is named as a path inside the state, such as {@code Output}, {@code Arguments/Name} or
 * {@code Items}. Where no field is known, the sentence leaves the field out.
 */
public final class JsonataCauses {

  private JsonataCauses() {}

  /** The expression yielded JSONata's undefined where a value is needed. */
  public static String returnedNothing(String expression, String field) {
    return subject(expression, field) + " returned nothing (undefined).";
  }

  /** The expression yielded a value of the wrong JSON type, such as an object for {@code Items}. */
  public static String unexpectedType(
      String expression, String field, String expectedType, JsonNode value) {
    return subject(expression, field)
        + " returned an unexpected result type. Expected '"
        + expectedType
        + "', but was '"
        + typeName(value)
        + "' for value: "
        + Json.write(value);
  }

  /** The expression yielded something JSON cannot hold, such as a function. */
  public static String unsupportedType(String expression, String field) {
    return subject(expression, field) + " returned an unsupported result type.";
  }

  /** Evaluation failed; {@code detail} is JSONata's {@code CODE: message}. */
  public static String evaluationError(String expression, String field, String detail) {
    return subject(expression, field) + " threw an error during evaluation. " + detail;
  }

  /** The JSON type name AWS uses in its messages: object, array, string, number, boolean, null. */
  public static String typeName(JsonNode value) {
    return switch (value.getNodeType()) {
      case OBJECT, POJO -> "object";
      case ARRAY -> "array";
      case STRING, BINARY -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      default -> "null";
    };
  }

  private static String subject(String expression, String field) {
    return "The JSONata expression '"
        + expression
        + "'"
        + (field == null ? "" : " specified for the field '" + field + "'");
  }
}
