package io.stepwise.server.auth;

import java.util.Objects;

/**
 * A configured access key pair: the id that clients name in their credential scope and the secret
 * that both sides sign with.
 *
 * @param id the access key id, such as {@code AKIDEXAMPLE}
 * @param secret the secret access key
 */
public record AccessKey(String id, String secret) {
  public AccessKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
    if (id.isBlank() || secret.isEmpty()) {
      throw new IllegalArgumentException(
          "Expected an access key id and a secret, but one is empty");
    }
  }

  /** Names the key but never shows the secret, so that logs and messages cannot leak it. */
  @Override
  public String toString() {
    return "AccessKey[id=" + id + ", secret=****]";
  }
}
