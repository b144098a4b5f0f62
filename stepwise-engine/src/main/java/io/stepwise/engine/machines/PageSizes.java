package io.stepwise.engine.machines;

/** AWS's {@code PageSize}: 0 to 1000, where 0 means the default of 100. */
final class PageSizes {
  static final int DEFAULT = 100;
  static final int MAX = 1000;

  private PageSizes() {}

  /** The page size to use for a request's {@code maxResults}. */
  static int check(int maxResults) {
    if (maxResults < 0) {
      throw ValidationException.constraint(
          "maxResults", maxResults, "Member must have value greater than or equal to 0");
    }
    if (maxResults > MAX) {
      throw ValidationException.constraint(
          "maxResults", maxResults, "Member must have value less than or equal to " + MAX);
    }
    return maxResults == 0 ? DEFAULT : maxResults;
  }
}
