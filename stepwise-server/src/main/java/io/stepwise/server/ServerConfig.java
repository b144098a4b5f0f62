package io.stepwise.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a server is set up.
 *
 * @param port the TCP port to listen on, on every interface; 0 for any free port
 * @param dataDir where the durable store lives ({@code stepwise.db})
 * @param region the region in ARNs, such as {@code us-east-1}
 * @param account the account in ARNs, such as {@code 123456789012}
 */
public record ServerConfig(int port, Path dataDir, String region, String account) {
  /** Step Functions Local's port. */
  public static final int DEFAULT_PORT = 8083;

  public static final String DEFAULT_REGION = "us-east-1";
  public static final String DEFAULT_ACCOUNT = "123456789012";

  public ServerConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("Expected a port from 0 to 65535, but it was " + port);
    }
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
  }

  /** The defaults, on a port and data directory of one's choosing. */
  public static ServerConfig of(int port, Path dataDir) {
    return new ServerConfig(port, dataDir, DEFAULT_REGION, DEFAULT_ACCOUNT);
  }
}
