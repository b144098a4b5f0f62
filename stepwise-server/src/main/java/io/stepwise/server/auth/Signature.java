package io.stepwise.server.auth;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The string to sign and the signature over it, the last two steps of SigV4. */
public final class Signature {
  private Signature() {}

  /**
   * The string to sign: algorithm, request time, credential scope and the canonical request's hash.
   *
   * @param amzDate the request time, {@code yyyyMMdd'T'HHmmss'Z'}
   * @param scope the credential scope, {@code DATE/REGION/SERVICE/aws4_request}
   * @param canonicalRequest the canonical request text
   */
  public static String stringToSign(String amzDate, String scope, String canonicalRequest) {
    return AuthorizationHeader.ALGORITHM
        + "\n"
        + amzDate
        + "\n"
        + scope
        + "\n"
        + CanonicalRequest.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
  }

  /** The signature: lower-case hex HMAC-SHA256 of the string to sign under the signing key. */
  public static String sign(byte[] signingKey, String stringToSign) {
    return HexFormat.of().formatHex(SigningKey.hmac(signingKey, stringToSign));
  }
}
