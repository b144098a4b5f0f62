package io.stepwise.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the plain Java values the JSONata library works on: maps,
 * lists, strings, numbers, booleans and {@link Jsonata#NULL_VALUE} for JSON null.
 *
 * <p>JSONata has one number type (a double); the library stores whole numbers as {@code Integer} or
 * {@code Long}, and so do we, so that {@code 3} stays {@code 3} rather than {@code 3.0} on the way
 * in and on the way out.
 */
final class JsonataValues {

  private JsonataValues() {}

  /**
   * The library's value for a JSON value. A JSON null becomes {@link Jsonata#NULL_VALUE}, the
   * library's own null marker: with a Java null a field that holds null would read as missing.
   */
  static Object toJsonata(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return null;
    }
    return switch (node.getNodeType()) {
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), toJsonata(e.getValue())));
        yield map;
      }
      case ARRAY -> {
        List<Object> list = new ArrayList<>(node.size());
        node.forEach(element -> list.add(toJsonata(element)));
        yield list;
      }
      case STRING -> node.textValue();
      case BOOLEAN -> node.booleanValue();
      case NUMBER -> toJsonataNumber(node);
      case NULL -> Jsonata.NULL_VALUE;
      default -> node.asText();
    };
  }

  private static Object toJsonataNumber(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      long value = node.longValue();
      return value == (int) value ? (Object) (int) value : (Object) value;
    }
    return Utils.convertNumber(node.doubleValue());
  }

  /**
   * The JSON value of a library result.
   *
   * @param value the result, already passed through the library's null conversion, where a Java
   *     null inside a container stands for JSON null (JSONata drops undefined members itself)
   * @return the JSON value, {@code null} for a top-level Java null (undefined)
   * @throws UnsupportedResultException for a function or a regular expression, which JSON cannot
   *     hold
   */
  static JsonNode toJson(Object value) {
    if (value == null) {
      return null;
    }
    return toJsonMember(value);
  }

  private static JsonNode toJsonMember(Object value) {
    if (value == null || value == Jsonata.NULL_VALUE) {
      return Json.NODES.nullNode();
    }
    if (value instanceof String text) {
      return Json.NODES.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return Json.NODES.booleanNode(bool);
    }
    if (value instanceof Number number) {
      return numberNode(number);
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = Json.NODES.objectNode();
      map.forEach((key, member) -> object.set(String.valueOf(key), toJsonMember(member)));
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = Json.NODES.arrayNode(list.size());
      list.forEach(element -> array.add(toJsonMember(element)));
      return array;
    }
    throw new UnsupportedResultException();
  }

  /** Whole numbers as integers (3, not 3.0), as JSONata's JavaScript numbers print. */
  static JsonNode numberNode(Number number) {
    if (number instanceof Integer || number instanceof Long || number instanceof Short) {
      return integerNode(number.longValue());
    }
    if (number instanceof BigInteger big) {
      return Json.NODES.numberNode(big);
    }
    double value = number.doubleValue();
    if (!Double.isFinite(value)) {
      throw new JsonataRuntimeError("D1001: Number out of range: " + value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 0x1p63) {
      return integerNode((long) value);
    }
    if (number instanceof BigDecimal decimal) {
      return Json.NODES.numberNode(decimal);
    }
    return Json.NODES.numberNode(value);
  }

  /** An int node where the value fits, as Jackson's parser builds them, so trees compare equal. */
  private static JsonNode integerNode(long value) {
    return value == (int) value ? Json.NODES.numberNode((int) value) : Json.NODES.numberNode(value);
  }

  /** Thrown when a result is a function or a regular expression, which JSON cannot represent. */
  static final class UnsupportedResultException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedResultException() {
      super("unsupported result type", null, false, false);
    }
  }
}
