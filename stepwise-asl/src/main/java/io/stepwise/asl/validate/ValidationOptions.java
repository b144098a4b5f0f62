package io.stepwise.asl.validate;

/**
 * What a definition is validated for.
 *
 * @param express whether the state machine is of type EXPRESS, which forbids activities, {@code
 *     .sync} and {@code .waitForTaskToken} resources
 */
public record ValidationOptions(boolean express) {
  public static final ValidationOptions STANDARD = new ValidationOptions(false);
  public static final ValidationOptions EXPRESS = new ValidationOptions(true);
}
