package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.QueryLanguage;
import java.util.Map;

/** A Choice state's work: the first matching branch wins, else Default, else NoChoiceMatched. */
final class ChoiceStep {
  private final Transition transition;
  private final StateLifecycle lifecycle;

  ChoiceStep(Transition transition, StateLifecycle lifecycle) {
    this.transition = transition;
    this.lifecycle = lifecycle;
  }

  void run(Frame frame, ChoiceState choice, JsonNode effectiveInput) {
    FrameContext context = lifecycle.context(frame, effectiveInput);
    for (ChoiceState.Branch branch : choice.choices()) {
      if (matches(branch, context)) {
        go(frame, choice, branch.next(), branch, context, effectiveInput);
        return;
      }
    }
    if (choice.defaultNext() != null) {
      go(frame, choice, choice.defaultNext(), null, context, effectiveInput);
      return;
    }
    throw new FailureException(StatesError.NO_CHOICE_MATCHED, "No Matches!");
  }

  private static boolean matches(ChoiceState.Branch branch, FrameContext context) {
    if (branch.rule() != null) {
      return branch.rule().matches(context);
    }
    return branch.condition().test(context);
  }

  private void go(
      Frame frame,
      ChoiceState choice,
      String next,
      ChoiceState.Branch branch,
      FrameContext context,
      JsonNode effectiveInput) {
    JsonNode output;
    Map<String, JsonNode> assigned = Map.of();
    if (choice.queryLanguage() == QueryLanguage.JSONPATH) {
      output =
          DataFlowEvaluator.outputPath(choice.dataFlow().outputPath(), effectiveInput, context);
      if (branch != null && branch.assign() != null) {
        assigned = AssignedVariables.toMap(branch.assign().evaluate(context));
      }
    } else {
      output =
          branch != null && branch.output() != null
              ? StateLifecycle.nonNull(branch.output().evaluate(context))
              : choice.dataFlow().output() != null
                  ? StateLifecycle.nonNull(choice.dataFlow().output().evaluate(context))
                  : effectiveInput;
      if (branch != null && branch.assign() != null) {
        assigned = AssignedVariables.toMap(branch.assign().evaluate(context));
      } else if (branch == null && choice.dataFlow().assign() != null) {
        assigned = AssignedVariables.toMap(choice.dataFlow().assign().evaluate(context));
      }
    }
    if (choice.queryLanguage() == QueryLanguage.JSONPATH
        && branch == null
        && choice.dataFlow().assign() != null) {
      assigned = AssignedVariables.toMap(choice.dataFlow().assign().evaluate(context));
    }
    lifecycle.exit(frame, choice, output, assigned, next);
  }
}
