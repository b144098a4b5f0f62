package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import java.util.List;

/**
 * The evaluated arguments of one call, with typed accessors that fail the way AWS does: an argument
 * of the wrong type or out of range is a {@code States.Runtime} error whose cause reads {@code
 * Invalid arguments in States.<Name>}.
 *
 * @param functionName the name of the function being called
 * @param nodes the compiled arguments (some functions look at how an argument was written)
 * @param values the arguments' values, in order
 */
record CallArguments(String functionName, List<Argument> nodes, List<JsonNode> values) {

  CallArguments {
    nodes = List.copyOf(nodes);
    values = List.copyOf(values);
  }

  int size() {
    return values.size();
  }

  JsonNode value(int index) {
    return values.get(index);
  }

  ArrayNode array(int index) {
    if (values.get(index) instanceof ArrayNode array) {
      return array;
    }
    throw invalid();
  }

  String string(int index) {
    JsonNode value = values.get(index);
    if (!value.isTextual()) {
      throw invalid();
    }
    return value.textValue();
  }

  boolean bool(int index) {
    JsonNode value = values.get(index);
    if (!value.isBoolean()) {
      throw invalid();
    }
    return value.booleanValue();
  }

  /**
   * A number argument cut to an integer towards zero. AWS truncates fractional chunk sizes,
   * indexes, bounds and steps rather than rounding them.
   */
  long truncatedInteger(int index) {
    JsonNode value = number(index);
    if (value.isIntegralNumber()) {
      return exactLong(value);
    }
    double d = value.doubleValue();
    if (!Double.isFinite(d) || Math.abs(d) >= 0x1p63) {
      throw invalid();
    }
    return (long) d;
  }

  /**
   * A number argument rounded to the nearest integer, halves towards positive infinity. AWS rounds
   * this way in {@code States.MathAdd}: 2.5 becomes 3 and -2.5 becomes -2.
   */
  long roundedInteger(int index) {
    JsonNode value = number(index);
    if (value.isIntegralNumber()) {
      return exactLong(value);
    }
    double d = value.doubleValue();
    if (!Double.isFinite(d) || Math.abs(d) >= 0x1p62) {
      throw invalid();
    }
    return Math.round(d);
  }

  private JsonNode number(int index) {
    JsonNode value = values.get(index);
    if (!value.isNumber()) {
      throw invalid();
    }
    return value;
  }

  private long exactLong(JsonNode value) {
    if (!value.canConvertToLong()) {
      throw invalid();
    }
    return value.longValue();
  }

  /** The failure for arguments this function cannot work with. */
  FailureException invalid() {
    return new FailureException(StatesError.RUNTIME, "Invalid arguments in " + functionName);
  }
}
