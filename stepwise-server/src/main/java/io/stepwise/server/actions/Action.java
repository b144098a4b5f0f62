package io.stepwise.server.actions;

/**
 * One action of the AWS Step Functions API: reads its input shape, answers its output shape, and
 * throws typed exceptions (mapped to AWS's errors in one table) for what the client got wrong.
 *
 * @param <I> the input shape, such as {@code StartExecutionInput}
 * @param <O> the output shape, such as {@code StartExecutionOutput}
 */
public interface Action<I extends Record, O extends Record> {

  /** The input shape's class, which the request body is read into. */
  Class<I> inputType();

  /** Carries out the action. */
  O handle(I input) throws Exception;

  /** The action's name, as {@code X-Amz-Target} carries it after {@code AWSStepFunctions.}. */
  default String name() {
    String simple = getClass().getSimpleName();
    return simple.endsWith("Action") ? simple.substring(0, simple.length() - 6) : simple;
  }
}
