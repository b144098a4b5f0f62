package io.stepwise.server;

import io.stepwise.server.protocol.ApiException;

/** AWS's {@code PageSize}: 0 to 1000, where absent or 0 means 100. */
public final class PageSize {
  private static final int DEFAULT = 100;
  private static final int MAX = 1000;

  private PageSize() {}

  /** The page size to use for a request's {@code maxResults}. */
  public static int of(Integer maxResults) {
    if (maxResults == null || maxResults == 0) {
      return DEFAULT;
    }
    if (maxResults < 0 || maxResults > MAX) {
      throw ApiException.validation(
          "1 validation error detected: Value '"
              + maxResults
              + "' at 'maxResults' failed to satisfy constraint: Member must have value "
              + (maxResults < 0 ? "greater than or equal to 0" : "less than or equal to " + MAX));
    }
    return maxResults;
  }
}
