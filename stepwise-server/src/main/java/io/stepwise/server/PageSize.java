package io.stepwise.server;

import io.stepwise.server.protocol.ApiException;

/** AWS's {@code PageSize}: 0 to 1000, where absent or 0 means 100. */
public final class PageSize {
  private static final int DEFAULT = 100;
  private static final int MAX = 1000;

  private PageSize() {}

  /** The page size to use for a request's {@code maxResults}. */
  public static int of(Integer maxResults) {
    return of(maxResults, MAX);
  }

  /** As above, for an action whose pages hold at most {@code max} (AWS's default is still 100). */
  public static int of(Integer maxResults, int max) {
    if (maxResults == null || maxResults == 0) {
      return Math.min(DEFAULT, max);
    }
    if (maxResults < 0 || maxResults > max) {
      throw ApiException.constraint(
          maxResults,
          "maxResults",
          "have value "
              + (maxResults < 0 ? "greater than or equal to 0" : "less than or equal to " + max));
    }
    return maxResults;
  }
}
