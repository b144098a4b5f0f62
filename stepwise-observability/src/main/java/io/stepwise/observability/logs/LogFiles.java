package io.stepwise.observability.logs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a log group's lines go: {@code <directory>/<group>.log}, the group's name percent-encoded,
 * so that {@code /aws/vendedlogs/states/orders} is one file ({@code
 * %2Faws%2Fvendedlogs%2Fstates%2Forders.log}) in the folder, not a tree, and no name can reach
 * outside it.
 */
public final class LogFiles {
  private LogFiles() {}

  /** The file of a log group in a folder. */
  public static Path of(Path directory, String logGroupName) {
    return directory.resolve(URLEncoder.encode(logGroupName, StandardCharsets.UTF_8) + ".log");
  }
}
