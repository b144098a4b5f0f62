package io.stepwise.engine.machines;

/** A pagination token that no listing handed out. */
public final class InvalidToken extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  public InvalidToken(String token) {
    super("Invalid Token: '" + token + "'");
  }
}
