package io.stepwise.asl.jsonata;

import static io.stepwise.asl.jsonata.TestContext.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.FailureException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataTemplateTest {

  private static final TestContext CONTEXT =
      TestContext.of("{\"title\":\"Doctor\",\"n\":2}")
          .withVariables(Map.of("customerName", json("\"María\"")));

  private static String causeOf(JsonataTemplate template) {
    try {
      template.evaluate(CONTEXT);
    } catch (FailureException e) {
      assertThat(e.failure().error()).isEqualTo("States.QueryEvaluationError");
      return e.failure().cause();
    }
    throw new AssertionError("expected a failure");
  }

  @Test
  void evaluatesExpressionsAtAnyDepthAndKeepsLiterals() {
    JsonNode template =
        json(
            "{\"static\":\"Hello\",\"title\":\"{% $states.input.title %}\","
                + "\"name\":\"{% $customerName %}\",\"not-evaluated\":\"$customerName\","
                + "\"nested\":{\"list\":[1,\"{% $states.input.n * 2 %}\",{\"deep\":\"{% [1,2] %}\"}]},"
                + "\"almost\":\" {% 1 %}\"}");
    assertThat(JsonataTemplate.compile("Output", template).evaluate(CONTEXT))
        .isEqualTo(
            json(
                "{\"static\":\"Hello\",\"title\":\"Doctor\",\"name\":\"María\","
                    + "\"not-evaluated\":\"$customerName\","
                    + "\"nested\":{\"list\":[1,4,{\"deep\":[1,2]}]},\"almost\":\" {% 1 %}\"}"));
  }

  @Test
  void aWholeFieldCanBeOneExpressionOfAnyType() {
    assertThat(
            JsonataTemplate.compile("Output", json("\"{% $states.input.n %}\"")).evaluate(CONTEXT))
        .isEqualTo(json("2"));
    assertThat(JsonataTemplate.compile("Output", json("\"{% null %}\"")).evaluate(CONTEXT).isNull())
        .isTrue();
  }

  @Test
  void literalTemplatesAreCopiedNotShared() {
    JsonataTemplate template = JsonataTemplate.compile("Output", json("{\"a\":[1]}"));
    JsonNode first = template.evaluate(CONTEXT);
    ((com.fasterxml.jackson.databind.node.ObjectNode) first).put("b", 2);
    assertThat(template.evaluate(CONTEXT)).isEqualTo(json("{\"a\":[1]}"));
  }

  @Test
  void undefinedAtTheRootNamesTheField() {
    assertThat(causeOf(JsonataTemplate.compile("Arguments", json("\"{% $doesNotExist %}\""))))
        .isEqualTo(
            "The JSONata expression '$doesNotExist' specified for the field 'Arguments' "
                + "returned nothing (undefined).");
  }

  @Test
  void undefinedInsideNamesThePath() {
    JsonNode template = json("{\"FunctionName\":\"{% $doesNotExist %}\"}");
    assertThat(causeOf(JsonataTemplate.compile("Arguments", template)))
        .isEqualTo(
            "The JSONata expression '$doesNotExist' specified for the field "
                + "'Arguments/FunctionName' returned nothing (undefined).");
    JsonNode deeper = json("{\"a\":{\"b\":[0,\"{% $states.input.missing %}\"]}}");
    assertThat(causeOf(JsonataTemplate.compile("Output", deeper)))
        .contains("specified for the field 'Output/a/b[1]' returned nothing");
  }

  @Test
  void evaluationErrorsNameTheField() {
    JsonNode template = json("{\"sum\":\"{% 1 + 'a' %}\"}");
    assertThat(causeOf(JsonataTemplate.compile("Output", template)))
        .startsWith(
            "The JSONata expression '1 + 'a'' specified for the field 'Output/sum' "
                + "threw an error during evaluation. T2002:");
  }

  @Test
  void syntaxErrorsFailAtCompileTime() {
    assertThatThrownBy(() -> JsonataTemplate.compile("Output", json("{\"a\":[\"{% 1 + %}\"]}")))
        .isInstanceOf(InvalidJsonataException.class);
  }

  @Test
  void detectsExpressions() {
    assertThat(JsonataTemplate.containsExpression(json("{\"a\":[\"{% 1 %}\"]}"))).isTrue();
    assertThat(JsonataTemplate.containsExpression(json("{\"a\":[\"{% 1\"]}"))).isFalse();
  }
}
