package io.stepwise.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.path.PathExpression;
import io.stepwise.asl.time.Timestamps;
import java.util.Objects;

/**
 * {@code IsNull}, {@code IsPresent}, {@code IsNumeric}, {@code IsString}, {@code IsBoolean} and
 * {@code IsTimestamp}: whether the variable is of a kind, compared with the rule's {@code true} or
 * {@code false}.
 *
 * <p>{@code IsPresent} is the one rule where a path that names nothing is an answer ({@code false})
 * rather than a {@code States.Runtime} failure. A JSON {@code null} is present.
 */
public record TypeTest(PathExpression variable, Kind kind, boolean expected) implements ChoiceRule {

  /** What a type test asks, with its operator name. */
  public enum Kind {
    NULL("IsNull"),
    PRESENT("IsPresent"),
    NUMERIC("IsNumeric"),
    STRING("IsString"),
    BOOLEAN("IsBoolean"),
    TIMESTAMP("IsTimestamp");

    private final String operatorName;

    Kind(String operatorName) {
      this.operatorName = operatorName;
    }

    public String operatorName() {
      return operatorName;
    }

    boolean test(JsonNode value) {
      return switch (this) {
        case NULL -> value.isNull();
        case PRESENT -> true;
        case NUMERIC -> value.isNumber();
        case STRING -> value.isTextual();
        case BOOLEAN -> value.isBoolean();
        case TIMESTAMP -> value.isTextual() && Timestamps.isValid(value.textValue());
      };
    }
  }

  public TypeTest {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public boolean matches(EvaluationContext context) {
    if (kind == Kind.PRESENT) {
      return ConditionPaths.isPresent(variable, variable.evaluate(context)) == expected;
    }
    return kind.test(ConditionPaths.valueAt(variable, context)) == expected;
  }
}
