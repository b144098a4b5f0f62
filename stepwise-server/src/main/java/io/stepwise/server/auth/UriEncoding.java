package io.stepwise.server.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** SigV4's URI encoding: RFC 3986 unreserved characters kept, every other byte as {@code %XY}. */
final class UriEncoding {
  private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  static String encode(String text) {
    StringBuilder encoded = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (isUnreserved(c)) {
        encoded.append(c);
      } else {
        encoded.append('%').append(HEX_DIGITS[(b >> 4) & 0xF]).append(HEX_DIGITS[b & 0xF]);
      }
    }
    return encoded.toString();
  }

  /**
   * Percent-decoding; a '+' stays a '+', as in a path, since SigV4 clients encode spaces as %20.
   */
  static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '~';
  }
}
