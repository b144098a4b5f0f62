package io.stepwise.asl.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.asl.error.FailureException;
import org.junit.jupiter.api.Test;

class JsonataConditionTest {

  private static final TestContext CONTEXT = TestContext.of("{\"age\":20,\"name\":\"Ana\"}");

  @Test
  void evaluatesBooleans() {
    assertThat(JsonataCondition.compile("Condition", "{% $states.input.age >= 18 %}").test(CONTEXT))
        .isTrue();
    assertThat(
            JsonataCondition.compile("Condition", "{% $states.input.name = 'Bob' %}").test(CONTEXT))
        .isFalse();
  }

  @Test
  void rejectsNonBooleansWithAwsWording() {
    assertThatThrownBy(
            () -> JsonataCondition.compile("Condition", "{% $states.input.name %}").test(CONTEXT))
        .isInstanceOfSatisfying(
            FailureException.class,
            e -> {
              assertThat(e.failure().error()).isEqualTo("States.QueryEvaluationError");
              assertThat(e.failure().cause())
                  .isEqualTo(
                      "The JSONata expression '$states.input.name' specified for the field "
                          + "'Condition' returned an unexpected result type. Expected 'boolean', "
                          + "but was 'string' for value: \"Ana\"");
            });
  }

  @Test
  void rejectsUndefined() {
    assertThatThrownBy(
            () -> JsonataCondition.compile("Condition", "{% $states.input.x %}").test(CONTEXT))
        .isInstanceOf(FailureException.class)
        .hasMessageContaining("returned nothing (undefined)");
  }
}
