package io.stepwise.server.auth;

import java.util.Objects;

/** How the server authenticates requests: a part of the server's configuration. */
public sealed interface Authentication {
  /** Any credentials are accepted, signed or not: local development, as Step Functions Local. */
  record AcceptAny() implements Authentication {}

  /**
   * Every request must carry an AWS Signature Version 4 made with this key.
   *
   * @param key the one access key that requests may be signed with
   */
  record SigV4(AccessKey key) implements Authentication {
    public SigV4 {
      Objects.requireNonNull(key, "key");
    }
  }

  /** The default: anything goes. */
  static Authentication acceptAny() {
    return new AcceptAny();
  }

  /** Signature Version 4 with one key. */
  static Authentication sigV4(String accessKeyId, String secretAccessKey) {
    return new SigV4(new AccessKey(accessKeyId, secretAccessKey));
  }
}
