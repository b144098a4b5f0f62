package io.stepwise.engine.machines;

/**
 * Text that is not the ARN of a state machine, version or alias.
 *
 * <p>The detail says what is wrong, as AWS words it, such as {@code Invalid ARN prefix: x}.
 */
public final class InvalidArn extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  public InvalidArn(String detail) {
    super("Invalid Arn: '" + detail + "'");
  }
}
