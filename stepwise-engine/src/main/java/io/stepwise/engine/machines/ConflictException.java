package io.stepwise.engine.machines;

/**
 * The request conflicts with a resource's current state: the revision moved on, an alias routes to
 * the version, or an alias of that name exists with another configuration.
 */
public final class ConflictException extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
