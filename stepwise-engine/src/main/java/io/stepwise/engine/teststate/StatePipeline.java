package io.stepwise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.stepwise.asl.error.Failure;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.DataFlow;
import io.stepwise.asl.model.FailState;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.SucceedState;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.model.WaitState;
import io.stepwise.engine.interpreter.DataFlowEvaluator;

/**
 * Runs one state's data flow once, as an execution would, recording the data after each step: input
 * → InputPath / Arguments → the state's work (a mock, a task, a choice...) → ResultSelector →
 * ResultPath → OutputPath / Output. Retry and Catch are decided afterwards by {@link
 * ErrorDecision}.
 */
final class StatePipeline {

  private final StateWork work;
  private final Inspection inspection;

  StatePipeline(StateWork work, Inspection inspection) {
    this.work = work;
    this.inspection = inspection;
  }

  StateOutcome run(State state, TestStateContext context) {
    inspection.input = context.input();
    try {
      return state.queryLanguage() == QueryLanguage.JSONPATH
          ? runJsonPath(state, context)
          : runJsonata(state, context);
    } catch (FailureException e) {
      return new StateOutcome.Failed(e.failure());
    }
  }

  private StateOutcome runJsonPath(State state, TestStateContext context) {
    JsonNode input = context.input();
    DataFlow flow = state.dataFlow();
    JsonNode effective = DataFlowEvaluator.inputPath(flow.inputPath(), context, input);
    if (!(state instanceof ParallelState)) {
      inspection.afterInputPath = effective;
    }
    TestStateContext effectiveContext = context.withInput(effective);
    JsonNode result;
    switch (state) {
      case ChoiceState choice -> {
        return choose(choice, effectiveContext, effective);
      }
      case FailState fail -> {
        return fail(fail, effectiveContext);
      }
      case SucceedState succeed -> {
        return new StateOutcome.Succeeded(output(flow, effective, context), null);
      }
      case WaitState wait -> {
        return new StateOutcome.Succeeded(output(flow, effective, context), wait.next());
      }
      case PassState pass -> {
        if (pass.result() != null) {
          // AWS shows no InputPath step for a Pass state with a Result: the input is not used.
          inspection.afterInputPath = null;
          result = pass.result();
          inspection.result = result;
        } else {
          result =
              flow.parameters() == null ? effective : flow.parameters().evaluate(effectiveContext);
          inspection.afterParameters = result;
        }
      }
      case TaskState task -> {
        JsonNode parameters =
            flow.parameters() == null ? effective : flow.parameters().evaluate(effectiveContext);
        inspection.afterParameters = parameters;
        result = work.task(task, parameters);
        inspection.result = result;
      }
      case MapState map -> result = work.map(map, effectiveContext, input, effective);
      case ParallelState parallel -> result = work.parallel(parallel);
    }
    JsonNode selected =
        flow.resultSelector() == null
            ? result
            : flow.resultSelector().evaluate(context.withInput(result));
    inspection.afterResultSelector = selected;
    JsonNode placed = DataFlowEvaluator.resultPath(flow.resultPath(), input, selected);
    inspection.afterResultPath = placed;
    return new StateOutcome.Succeeded(
        DataFlowEvaluator.outputPath(flow.outputPath(), placed, context.withInput(placed)),
        state.next());
  }

  private static JsonNode output(DataFlow flow, JsonNode value, TestStateContext context) {
    return DataFlowEvaluator.outputPath(flow.outputPath(), value, context.withInput(value));
  }

  private StateOutcome runJsonata(State state, TestStateContext context) {
    JsonNode input = context.input();
    DataFlow flow = state.dataFlow();
    JsonNode result;
    switch (state) {
      case ChoiceState choice -> {
        return choose(choice, context, input);
      }
      case FailState fail -> {
        return fail(fail, context);
      }
      case SucceedState succeed -> {
        return new StateOutcome.Succeeded(shaped(flow, context, input), null);
      }
      case WaitState wait -> {
        return new StateOutcome.Succeeded(shaped(flow, context, input), wait.next());
      }
      case PassState pass -> {
        return new StateOutcome.Succeeded(shaped(flow, context, input), pass.next());
      }
      case TaskState task -> {
        JsonNode arguments = input;
        if (flow.arguments() != null) {
          arguments = nonNull(flow.arguments().evaluate(context));
          inspection.afterArguments = arguments;
        }
        result = work.task(task, arguments);
        inspection.result = result;
      }
      case MapState map -> result = work.map(map, context, input, input);
      case ParallelState parallel -> result = work.parallel(parallel);
    }
    return new StateOutcome.Succeeded(
        shaped(flow, context.withResult(result), result), state.next());
  }

  /** JSONata's Output, evaluated where the state has one; else the given value passes through. */
  private static JsonNode shaped(DataFlow flow, TestStateContext context, JsonNode otherwise) {
    return flow.output() == null ? otherwise : nonNull(flow.output().evaluate(context));
  }

  private StateOutcome choose(ChoiceState choice, TestStateContext context, JsonNode input) {
    for (ChoiceState.Branch branch : choice.choices()) {
      boolean matches =
          branch.rule() != null ? branch.rule().matches(context) : branch.condition().test(context);
      if (matches) {
        JsonNode output =
            choice.queryLanguage() == QueryLanguage.JSONPATH
                ? output(choice.dataFlow(), input, context)
                : branch.output() != null
                    ? nonNull(branch.output().evaluate(context))
                    : shaped(choice.dataFlow(), context, input);
        return new StateOutcome.Succeeded(output, branch.next());
      }
    }
    if (choice.defaultNext() != null) {
      JsonNode output =
          choice.queryLanguage() == QueryLanguage.JSONPATH
              ? output(choice.dataFlow(), input, context)
              : shaped(choice.dataFlow(), context, input);
      return new StateOutcome.Succeeded(output, choice.defaultNext());
    }
    return new StateOutcome.Failed(
        new Failure(StatesError.NO_CHOICE_MATCHED.errorName(), "No Matches!"));
  }

  private static StateOutcome fail(FailState fail, TestStateContext context) {
    return new StateOutcome.Failed(
        io.stepwise.engine.interpreter.FailFields.failure(fail, context));
  }

  static JsonNode nonNull(JsonNode node) {
    return node == null ? NullNode.getInstance() : node;
  }
}
