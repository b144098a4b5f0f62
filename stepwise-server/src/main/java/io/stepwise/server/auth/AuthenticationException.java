package io.stepwise.server.auth;

/**
 * A request that failed authentication, with AWS's error shape and wording. Like the API's other
 * client errors it carries no stack trace: the client caused it, not a bug.
 */
public final class AuthenticationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String type;

  /**
   * @param type AWS's error shape, such as {@code InvalidSignatureException}
   * @param message AWS's message
   */
  public AuthenticationException(String type, String message) {
    super(message, null, false, false);
    this.type = type;
  }

  /** AWS's error shape. */
  public String type() {
    return type;
  }

  /** No Authorization header at all. */
  static AuthenticationException missingToken() {
    return new AuthenticationException(
        "MissingAuthenticationTokenException", "Missing Authentication Token");
  }

  /** The access key id is not one the server knows. */
  static AuthenticationException unrecognizedClient() {
    return new AuthenticationException(
        "UnrecognizedClientException", "The security token included in the request is invalid.");
  }

  /** The signature is not the one the server computes. */
  static AuthenticationException signatureMismatch() {
    return invalidSignature(
        "The request signature we calculated does not match the signature you provided. Check"
            + " your AWS Secret Access Key and signing method. Consult the service documentation"
            + " for details.");
  }

  /** The signature is well formed but wrong for another reason, such as its scope or its age. */
  static AuthenticationException invalidSignature(String message) {
    return new AuthenticationException("InvalidSignatureException", message);
  }

  /** The Authorization header or the date lacks a part that a signature needs. */
  static AuthenticationException incomplete(String message) {
    return new AuthenticationException("IncompleteSignatureException", message);
  }
}
