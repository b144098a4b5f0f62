package io.stepwise.engine.interpreter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Task tokens for callbacks and activities. A token names its execution and task, so that a
 * callback finds its way after a restart without any table; a random part, drawn from the
 * execution's seeded generator (replays agree), makes it unguessable.
 */
public final class TaskTokens {

  /** Where a token points. */
  public record Target(String executionArn, long taskId) {}

  private TaskTokens() {}

  static String next(Execution execution, long taskId) {
    String nonce =
        Long.toHexString(execution.random.nextLong())
            + Long.toHexString(execution.random.nextLong());
    String plain = execution.info.executionArn() + "\n" + taskId + "\n" + nonce;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The execution and task a token names; empty when the text is not a Stepwise token. */
  public static Optional<Target> parse(String token) {
    if (token == null || token.isEmpty() || token.length() > 2048) {
      return Optional.empty();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = plain.split("\n", -1);
      if (parts.length != 3 || !parts[0].startsWith("arn:")) {
        return Optional.empty();
      }
      return Optional.of(new Target(parts[0], Long.parseLong(parts[1])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
