package io.stepwise.engine.machines;

/**
 * The input does not satisfy a constraint: a member's length, range or pattern (worded as AWS's
 * request validation words it), or a rule of the operation itself.
 */
public final class ValidationException extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  /** AWS's {@code ValidationExceptionReason}, where it gives one. */
  public enum Reason {
    API_DOES_NOT_SUPPORT_LABELED_ARNS,
    MISSING_REQUIRED_PARAMETER,
    CANNOT_UPDATE_COMPLETED_MAP_RUN,
    INVALID_ROUTING_CONFIGURATION
  }

  private final Reason reason;

  public ValidationException(String message) {
    this(message, null);
  }

  public ValidationException(String message, Reason reason) {
    super(message);
    this.reason = reason;
  }

  /** Why, where AWS says; {@code null} otherwise. */
  public Reason reason() {
    return reason;
  }

  /** AWS's wording for a member too long: {@code Member must have length less than or equal to}. */
  static ValidationException tooLong(String member, Object value, int max) {
    return constraint(member, value, "Member must have length less than or equal to " + max);
  }

  /** AWS's wording for a member whose request validation failed. */
  static ValidationException constraint(String member, Object value, String constraint) {
    return new ValidationException(
        "1 validation error detected: Value '"
            + value
            + "' at '"
            + member
            + "' failed to satisfy constraint: "
            + constraint);
  }
}
