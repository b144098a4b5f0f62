package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.jsonata.JsonataExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Shape checks on one JSON object's fields, each reporting in AWS's words: required fields,
 * unsupported fields, mutually exclusive fields, value types, ranges and enumerations.
 */
final class Fields {

  /** AWS's upper bound for seconds and counts in a definition. */
  static final long MAX_SECONDS = 99_999_999L;

  private Fields() {}

  /** Reports the missing ones of {@code names}, in the order given; true when all are present. */
  static boolean require(ObjectNode object, Location at, ValidationContext ctx, String... names) {
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!object.has(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      ctx.schema("These fields are required: " + missing, at);
    }
    return missing.isEmpty();
  }

  /** Reports every field of {@code object} not in {@code allowed}. */
  static void onlyAllowed(
      ObjectNode object, Set<String> allowed, Location at, ValidationContext ctx) {
    object
        .fieldNames()
        .forEachRemaining(name -> {
          if (!allowed.contains(name)) {
            unsupported(name, at, ctx);
          }
        });
  }

  static void unsupported(String name, Location at, ValidationContext ctx) {
    ctx.schema("Field '" + name + "' is not supported", at);
  }

  /** Reports when more than one of {@code names} is present. */
  static void exclusive(ObjectNode object, Location at, ValidationContext ctx, String... names) {
    int present = 0;
    for (String name : names) {
      if (object.has(name)) {
        present++;
      }
    }
    if (present > 1) {
      ctx.schema("There should only be one of the following fields: " + List.of(names), at);
    }
  }

  /** The text of a string field, or null when absent or (reported) of another type. */
  static String string(ObjectNode object, String name, Location at, ValidationContext ctx) {
    JsonNode value = object.get(name);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      typeMismatch("String", at.field(name), ctx);
      return null;
    }
    return value.textValue();
  }

  static ObjectNode object(ObjectNode object, String name, Location at, ValidationContext ctx) {
    JsonNode value = object.get(name);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      typeMismatch("Object", at.field(name), ctx);
      return null;
    }
    return (ObjectNode) value;
  }

  static ArrayNode array(ObjectNode object, String name, Location at, ValidationContext ctx) {
    JsonNode value = object.get(name);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      typeMismatch("Array", at.field(name), ctx);
      return null;
    }
    return (ArrayNode) value;
  }

  /** A non-empty array field: AWS says "Value cannot be empty" for an empty one. */
  static ArrayNode nonEmptyArray(
      ObjectNode object, String name, Location at, ValidationContext ctx) {
    ArrayNode array = array(object, name, at, ctx);
    if (array != null && array.isEmpty()) {
      ctx.schema("Value cannot be empty", at.field(name));
      return null;
    }
    return array;
  }

  static void bool(ObjectNode object, String name, Location at, ValidationContext ctx) {
    JsonNode value = object.get(name);
    if (value != null && !value.isBoolean()) {
      typeMismatch("Boolean", at.field(name), ctx);
    }
  }

  /**
   * An integer field within {@code [min, MAX_SECONDS]}; in a JSONata state a {@code {% %}}
   * expression may stand in for it. Returns the value when it is a literal integer.
   */
  static Long integer(
      ObjectNode object,
      String name,
      long min,
      Location at,
      boolean jsonata,
      ValidationContext ctx) {
    JsonNode value = object.get(name);
    if (value == null) {
      return null;
    }
    Location here = at.field(name);
    if (jsonata && value.isTextual() && JsonataExpression.isExpression(value.textValue())) {
      JsonataChecks.expression(value.textValue(), name, at, ctx);
      return null;
    }
    if (!value.isIntegralNumber()) {
      typeMismatch("Integer", here, ctx);
      return null;
    }
    long number = value.longValue();
    if (number < min) {
      ctx.schema("Minimum value is " + min, here);
      return null;
    }
    if (number > MAX_SECONDS) {
      ctx.schema("Maximum value is " + MAX_SECONDS, here);
      return null;
    }
    return number;
  }

  /** A string field that must hold one of {@code values}. */
  static String oneOf(
      ObjectNode object, String name, Location at, ValidationContext ctx, String... values) {
    String text = string(object, name, at, ctx);
    if (text != null && !List.of(values).contains(text)) {
      ctx.schema("Value should be one of the following: " + List.of(values), at.field(name));
      return null;
    }
    return text;
  }

  /**
   * AWS's wording for a value of the wrong JSON type, measured for Integer ("Expected value of type
   * Integer"); the other type names follow the same pattern.
   */
  static void typeMismatch(String type, Location at, ValidationContext ctx) {
    ctx.schema("Expected value of type " + type, at);
  }
}
