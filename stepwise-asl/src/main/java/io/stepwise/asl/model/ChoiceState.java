package io.stepwise.asl.model;

import io.stepwise.asl.choice.ChoiceRule;
import io.stepwise.asl.jsonata.JsonataCondition;
import io.stepwise.asl.template.ValueTemplate;
import java.util.List;

/**
 * A Choice state: goes to the first branch whose rule matches, else to {@code Default}.
 *
 * @param defaultNext the {@code Default} state, or {@code null} (then no match fails with
 *     States.NoChoiceMatched)
 * @param defaultAssign unused by AWS today; kept null
 */
public record ChoiceState(
    String name,
    QueryLanguage queryLanguage,
    DataFlow dataFlow,
    List<Branch> choices,
    String defaultNext,
    ValueTemplate defaultAssign)
    implements State {

  /**
   * One entry of {@code Choices}.
   *
   * @param rule the JSONPath rule, or {@code null} in JSONata
   * @param condition the JSONata {@code Condition}, or {@code null} in JSONPath
   * @param next where it leads
   * @param assign the branch's {@code Assign}, or {@code null}
   * @param output the branch's JSONata {@code Output}, or {@code null}
   */
  public record Branch(
      ChoiceRule rule,
      JsonataCondition condition,
      String next,
      ValueTemplate assign,
      ValueTemplate output) {}

  public ChoiceState {
    choices = List.copyOf(choices);
  }

  @Override
  public String next() {
    return null;
  }

  @Override
  public String typeName() {
    return "Choice";
  }
}
