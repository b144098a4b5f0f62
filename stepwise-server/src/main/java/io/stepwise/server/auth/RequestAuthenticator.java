package io.stepwise.server.auth;

import java.time.Clock;

/** Decides whether a request may be served, before anything reads its body as an action's input. */
@FunctionalInterface
public interface RequestAuthenticator {
  /**
   * Returns if the request is authentic.
   *
   * @throws AuthenticationException with AWS's error shape and message if it is not
   */
  void authenticate(SignableRequest request);

  /** Whether {@link #authenticate} looks at the request at all; if not, it need not be built. */
  default boolean inspectsRequests() {
    return true;
  }

  /** The authenticator for a configuration, checking against a clock and the server's region. */
  static RequestAuthenticator of(Authentication authentication, String region, Clock clock) {
    return switch (authentication) {
      case Authentication.AcceptAny any -> AcceptAnyAuthenticator.INSTANCE;
      case Authentication.SigV4 sigV4 -> new SigV4Verifier(sigV4.key(), region, clock);
    };
  }

  /** Accepts everything: the default, for local development. */
  enum AcceptAnyAuthenticator implements RequestAuthenticator {
    INSTANCE;

    @Override
    public void authenticate(SignableRequest request) {}

    @Override
    public boolean inspectsRequests() {
      return false;
    }
  }
}
