package io.stepwise.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.path.PathExpression;
import java.util.Objects;

/**
 * The right-hand side of a comparison: a literal from the definition ({@code "StringEquals": "a"})
 * or a path into the input, context object or a variable ({@code "StringEqualsPath": "$.a"}).
 */
public sealed interface Operand {

  /**
   * The operand's value in this context.
   *
   * @throws io.stepwise.asl.error.FailureException {@code States.Runtime} when a path operand names
   *     nothing
   */
  JsonNode resolve(EvaluationContext context);

  /** A value written in the definition. */
  record Literal(JsonNode value) implements Operand {
    public Literal {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public JsonNode resolve(EvaluationContext context) {
      return value;
    }
  }

  /** A value read at evaluation time through a path. */
  record Path(PathExpression path) implements Operand {
    public Path {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public JsonNode resolve(EvaluationContext context) {
      return ConditionPaths.valueAt(path, context);
    }
  }
}
