package io.stepwise.engine.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code nextToken}s that stores hand out: the key where the next page starts, as
 * URL-safe Base64 so that clients treat it as a blob. Every store uses this one form, so that a
 * token means the same thing whichever backend issued it.
 */
public final class PageToken {
  // A separator no ARN, number or status can contain.
  private static final String SEPARATOR = "\u0000";

  private PageToken() {}

  /** A token holding these parts. */
  public static String of(String... parts) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The parts of a token made by {@link #of}.
   *
   * @throws IllegalArgumentException if the token was not made by {@link #of} with {@code count}
   *     parts
   */
  public static List<String> parts(String token, int count) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid(token);
    }
    String[] parts = text.split(SEPARATOR, -1);
    if (parts.length != count) {
      throw invalid(token);
    }
    return Arrays.asList(parts);
  }

  /** The single number held by a token made by {@code of(Long.toString(n))}. */
  public static long number(String token) {
    try {
      return Long.parseLong(parts(token, 1).get(0));
    } catch (NumberFormatException e) {
      throw invalid(token);
    }
  }

  /**
   * Checks a page size as the SPI defines it.
   *
   * @throws IllegalArgumentException unless it is from 1 to 1000
   */
  public static void checkMaxResults(int maxResults) {
    if (maxResults < 1 || maxResults > 1000) {
      throw new IllegalArgumentException(
          "Expected maxResults from 1 to 1000, but it was " + maxResults);
    }
  }

  private static IllegalArgumentException invalid(String token) {
    return new IllegalArgumentException("Invalid Token: '" + token + "'");
  }
}
