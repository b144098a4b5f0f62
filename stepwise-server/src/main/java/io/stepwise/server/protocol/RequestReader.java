package io.stepwise.server.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a request body into an input shape, answering bad bodies as AWS does: text that is not a
 * JSON object and members of the wrong JSON type with {@code SerializationException}, values
 * outside an enum and missing required members with {@code ValidationException}.
 */
public final class RequestReader {
  private RequestReader() {}

  /**
   * The input shape a body holds; an empty body is an empty object, as AWS takes it.
   *
   * @throws ApiException for a body that is not a valid request of this shape
   */
  public static <I extends Record> I read(byte[] body, Class<I> shape) {
    JsonNode tree = parse(body);
    I input;
    try {
      input = AwsJson.MAPPER.treeToValue(tree, shape);
    } catch (InvalidFormatException e) {
      throw wrongValue(tree, e);
    } catch (MismatchedInputException e) {
      throw wrongType(tree, e);
    } catch (JsonProcessingException e) {
      throw ApiException.serialization(e.getOriginalMessage());
    }
    checkRequired(input);
    return input;
  }

  private static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return AwsJson.MAPPER.createObjectNode();
    }
    JsonNode tree;
    try {
      tree = AwsJson.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.serialization("Malformed JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw ApiException.serialization("Unreadable request body");
    }
    if (tree == null || tree.isMissingNode()) {
      return AwsJson.MAPPER.createObjectNode();
    }
    if (!tree.isObject()) {
      throw ApiException.serialization(startOf(tree) + " found where not expected.");
    }
    return tree;
  }

  /** A value outside an enum: AWS's constraint wording. */
  private static ApiException wrongValue(JsonNode tree, InvalidFormatException e) {
    Class<?> target = e.getTargetType();
    if (target != null && target.isEnum()) {
      String values =
          Arrays.stream(target.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", ", "[", "]"));
      return ApiException.constraint(e.getValue(), path(e), "satisfy enum value set: " + values);
    }
    return wrongType(tree, e);
  }

  /** A member of another JSON type than its shape's, in the words of AWS's deserializer. */
  private static ApiException wrongType(JsonNode tree, MismatchedInputException e) {
    JsonNode value = tree;
    for (JsonMappingException.Reference reference : e.getPath()) {
      value =
          reference.getFieldName() != null
              ? value.path(reference.getFieldName())
              : value.path(reference.getIndex());
    }
    if (value.isContainerNode()) {
      return ApiException.serialization(startOf(value) + " found where not expected.");
    }
    String found =
        value.isNumber() ? "NUMBER_VALUE" : value.isBoolean() ? "BOOLEAN_VALUE" : "STRING_VALUE";
    Class<?> target = e.getTargetType();
    String name = target == null ? "the expected type" : target.getSimpleName();
    String article = name.matches("^[AEIOU].*") ? "an " : "a ";
    return ApiException.serialization(found + " can not be converted to " + article + name);
  }

  private static String startOf(JsonNode node) {
    return node.isArray()
        ? "Start of list"
        : node.isObject() ? "Start of structure or map" : "Value";
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(reference ->
            reference.getFieldName() != null
                ? reference.getFieldName()
                : Integer.toString(reference.getIndex() + 1))
        .collect(Collectors.joining("."));
  }

  /** Every required member that is absent, in one message as AWS lists them. */
  private static void checkRequired(Record input) {
    List<String> missing = new ArrayList<>();
    for (RecordComponent component : input.getClass().getRecordComponents()) {
      if (component.isAnnotationPresent(Required.class) && value(input, component) == null) {
        missing.add(
            "Value null at '"
                + component.getName()
                + "' failed to satisfy constraint: Member must not be null");
      }
    }
    if (!missing.isEmpty()) {
      throw ApiException.validation(
          missing.size()
              + (missing.size() == 1 ? " validation error" : " validation errors")
              + " detected: "
              + String.join("; ", missing));
    }
  }

  private static Object value(Record input, RecordComponent component) {
    try {
      return component.getAccessor().invoke(input);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
