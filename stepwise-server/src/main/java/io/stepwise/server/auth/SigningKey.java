package io.stepwise.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SigV4's signing key: the secret, HMAC-SHA256-chained through the credential scope's date, region,
 * service and {@code aws4_request}, so that a key leaks no more than one day of one service.
 */
public final class SigningKey {
  private static final String HMAC_SHA256 = "HmacSHA256";

  private SigningKey() {}

  /**
   * Derives the key.
   *
   * @param secret the secret access key
   * @param date the scope's date, {@code yyyyMMdd}
   * @param region the scope's region
   * @param service the scope's service
   */
  public static byte[] derive(String secret, String date, String region, String service) {
    byte[] dateKey = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    byte[] regionKey = hmac(dateKey, region);
    byte[] serviceKey = hmac(regionKey, service);
    return hmac(serviceKey, AuthorizationHeader.TERMINATOR);
  }

  /** HMAC-SHA256 of a UTF-8 text under a key. */
  static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance(HMAC_SHA256);
      mac.init(new SecretKeySpec(key, HMAC_SHA256));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JVM has HmacSHA256", e);
    }
  }
}
