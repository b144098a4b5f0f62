package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.intrinsic.IntrinsicExpression;
import io.stepwise.asl.jsonata.JsonataExpression;
import io.stepwise.asl.jsonata.JsonataField;
import io.stepwise.asl.jsonata.JsonataTemplate;
import io.stepwise.asl.model.DataFlow.PathField;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.path.PathExpression;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.asl.template.ValueTemplate;
import io.stepwise.asl.value.ValueExpression;

/** Compiles the individual field values of a state: paths, templates and value expressions. */
final class FieldParser {
  private FieldParser() {}

  static PathField pathField(JsonNode state, String field) {
    JsonNode value = state.get(field);
    if (value == null) {
      return PathField.ABSENT;
    }
    if (value.isNull()) {
      return PathField.NULL;
    }
    return PathField.of(PathExpression.compile(value.asText()));
  }

  /** A template in the state's query language, or {@code null} when the field is absent. */
  static ValueTemplate template(JsonNode state, String field, QueryLanguage language) {
    JsonNode value = state.get(field);
    if (value == null) {
      return null;
    }
    return language == QueryLanguage.JSONATA
        ? jsonataTemplate(field, value)
        : PayloadTemplate.compile(value);
  }

  static PayloadTemplate payload(JsonNode state, String field) {
    JsonNode value = state.get(field);
    return value == null ? null : PayloadTemplate.compile(value);
  }

  static ValueTemplate jsonataTemplate(String field, JsonNode value) {
    JsonataTemplate template = JsonataTemplate.compile(field, value);
    return template::evaluate;
  }

  /**
   * A field that may be written as a literal or a JSONata expression ({@code Seconds}, {@code
   * Timestamp}, {@code MaxConcurrency}, {@code Error}, ...), or read from its {@code ...Path}
   * sibling; {@code null} when neither is present.
   */
  static ValueExpression value(JsonNode state, String field, String pathField) {
    JsonNode literal = field == null ? null : state.get(field);
    if (literal != null) {
      if (literal.isTextual() && JsonataExpression.isExpression(literal.textValue())) {
        return new ValueExpression.Jsonata(JsonataField.compile(field, literal.textValue()));
      }
      if (literal.isContainerNode() && JsonataTemplate.containsExpression(literal)) {
        return new ValueExpression.Template(jsonataTemplate(field, literal), literal);
      }
      return new ValueExpression.Literal(literal);
    }
    JsonNode path = pathField == null ? null : state.get(pathField);
    if (path != null && path.isTextual()) {
      String text = path.textValue();
      return IntrinsicExpression.looksLikeIntrinsic(text)
          ? new ValueExpression.Intrinsic(IntrinsicExpression.compile(text))
          : new ValueExpression.Path(PathExpression.compile(text));
    }
    return null;
  }

  static String text(JsonNode state, String field) {
    JsonNode value = state.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
