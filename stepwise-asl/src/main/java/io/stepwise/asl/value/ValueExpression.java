package io.stepwise.asl.value;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.intrinsic.IntrinsicExpression;
import io.stepwise.asl.jsonata.JsonataField;
import io.stepwise.asl.path.PathExpression;
import io.stepwise.asl.template.ValueTemplate;

/**
 * A single field value that is either written literally, read from a path ({@code SecondsPath},
 * {@code ErrorPath}, ...), computed by an intrinsic function, or computed by JSONata.
 */
public sealed interface ValueExpression {

  /**
   * Computes the value; {@code null} when a path finds nothing or JSONata yields undefined (the
   * caller words the error, since AWS's text depends on the field).
   */
  JsonNode evaluate(EvaluationContext context);

  /** The value as written in the definition, for error messages. */
  String text();

  record Literal(JsonNode value) implements ValueExpression {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      return value;
    }

    @Override
    public String text() {
      return value.isTextual() ? value.textValue() : value.toString();
    }
  }

  record Path(PathExpression path) implements ValueExpression {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      return path.evaluate(context);
    }

    @Override
    public String text() {
      return path.text();
    }
  }

  record Intrinsic(IntrinsicExpression expression) implements ValueExpression {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      return expression.evaluate(context);
    }

    @Override
    public String text() {
      return expression.text();
    }
  }

  /** A JSONata expression in a named field; evaluating it to nothing is an error. */
  record Jsonata(JsonataField expression) implements ValueExpression {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      return expression.evaluate(context);
    }

    @Override
    public String text() {
      return expression.text();
    }
  }

  /** A JSON value with JSONata expressions inside it, such as an {@code Items} array. */
  record Template(ValueTemplate template, JsonNode written) implements ValueExpression {
    @Override
    public JsonNode evaluate(EvaluationContext context) {
      return template.evaluate(context);
    }

    @Override
    public String text() {
      return written.toString();
    }
  }
}
