package io.stepwise.integrations.config;

import java.nio.file.Path;

/**
 * Where execution logs go: one file of JSON lines per CloudWatch Logs log group that a state
 * machine's {@code loggingConfiguration} names.
 *
 * @param directory the folder of the log files; {@code logs} in the server's data directory by
 *     default
 * @param stdout whether each line is also written to standard output; {@code false} by default
 */
public record LogsSettings(Path directory, Boolean stdout) {

  public static final LogsSettings NONE = new LogsSettings(null, null);

  /** Whether lines also go to standard output. */
  public boolean toStdout() {
    return Boolean.TRUE.equals(stdout);
  }
}
