package io.stepwise.engine.machines;

/** A name that AWS's naming rules refuse. */
public final class InvalidName extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  public InvalidName(String name) {
    super("Invalid Name: '" + name + "'");
  }
}
