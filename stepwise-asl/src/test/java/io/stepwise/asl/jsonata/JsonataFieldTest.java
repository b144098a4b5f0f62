package io.stepwise.asl.jsonata;

import static io.stepwise.asl.jsonata.TestContext.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.error.FailureException;
import org.junit.jupiter.api.Test;

class JsonataFieldTest {

  private static final TestContext CONTEXT = TestContext.of("{\"items\":[1,2]}");

  private static String causeOf(String expression, String expectedType) {
    try {
      JsonataField.compile("Items", expression).evaluate(CONTEXT, expectedType);
    } catch (FailureException e) {
      assertThat(e.failure().error()).isEqualTo("States.QueryEvaluationError");
      return e.failure().cause();
    }
    throw new AssertionError("expected a failure for " + expression);
  }

  @Test
  void returnsValuesOfTheExpectedType() {
    assertThat(
            JsonataField.compile("Items", "{% $states.input.items %}").evaluate(CONTEXT, "array"))
        .isEqualTo(json("[1,2]"));
  }

  @Test
  void wordsTypeMismatchesAsAws() {
    assertThat(causeOf("{% {'foo': 'bar'} %}", "array"))
        .isEqualTo(
            "The JSONata expression '{'foo': 'bar'}' specified for the field 'Items' returned an "
                + "unexpected result type. Expected 'array', but was 'object' for value: "
                + "{\"foo\":\"bar\"}");
    assertThat(causeOf("{% null %}", "array"))
        .endsWith("Expected 'array', but was 'null' for value: null");
    assertThat(causeOf("{% true %}", "array"))
        .endsWith("Expected 'array', but was 'boolean' for value: true");
  }

  @Test
  void wordsFunctionResultsAsUnsupported() {
    assertThat(causeOf("{% $fn := function($x){$x} %}", "array"))
        .isEqualTo(
            "The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' "
                + "returned an unsupported result type.");
  }
}
