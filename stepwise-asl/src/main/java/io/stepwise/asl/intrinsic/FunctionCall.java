package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled call of one intrinsic function, usable both as a whole expression and as an argument
 * of an enclosing call. Arguments are evaluated left to right before the function runs.
 *
 * @param text the call as written
 * @param function the function called, with its arity already checked
 * @param arguments the compiled arguments
 */
record FunctionCall(String text, FunctionSpec function, List<Argument> arguments)
    implements Argument, IntrinsicExpression {

  FunctionCall {
    arguments = List.copyOf(arguments);
  }

  @Override
  public JsonNode evaluate(EvaluationContext context) {
    List<JsonNode> values = new ArrayList<>(arguments.size());
    for (Argument argument : arguments) {
      values.add(argument.evaluate(context));
    }
    return function.body().apply(new CallArguments(function.name(), arguments, values), context);
  }
}
