package io.stepwise.store.sql;

import io.stepwise.engine.machines.InvalidToken;
import io.stepwise.engine.machines.StateMachineAlias;
import io.stepwise.engine.machines.StateMachineRecord;
import io.stepwise.engine.machines.StateMachineVersion;
import io.stepwise.engine.store.PageToken;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

/**
 * The {@code nextToken}s of the state machine listings: the key of a page's last item, in the same
 * form as the in-memory store's, so that a token means the same thing whichever store issued it. A
 * token that does not parse is an {@link InvalidToken}.
 */
final class MachineTokens {
  /** Where a listing of state machines stopped. */
  record MachinePosition(String name, String arn) {}

  /** Where a listing of aliases stopped. */
  record AliasPosition(Instant creationDate, String name) {}

  private MachineTokens() {}

  static String of(StateMachineRecord last) {
    return PageToken.of(last.name(), last.arn());
  }

  static String of(StateMachineVersion last) {
    return PageToken.of(Long.toString(last.version()));
  }

  static String of(StateMachineAlias last) {
    return PageToken.of(
        Long.toString(last.creationDate().getEpochSecond()),
        Integer.toString(last.creationDate().getNano()),
        last.name());
  }

  /** The position a state machine listing's token holds, or {@code null} for no token. */
  static MachinePosition machinePosition(String token) {
    if (token == null) {
      return null;
    }
    List<String> parts = parts(token, 2);
    return new MachinePosition(parts.get(0), parts.get(1));
  }

  /** The version number a version listing's token holds, or {@code null} for no token. */
  static Long versionPosition(String token) {
    if (token == null) {
      return null;
    }
    try {
      return Long.parseLong(parts(token, 1).get(0));
    } catch (NumberFormatException e) {
      throw new InvalidToken(token);
    }
  }

  /** The position an alias listing's token holds, or {@code null} for no token. */
  static AliasPosition aliasPosition(String token) {
    if (token == null) {
      return null;
    }
    List<String> parts = parts(token, 3);
    try {
      Instant created =
          Instant.ofEpochSecond(Long.parseLong(parts.get(0)), Long.parseLong(parts.get(1)));
      // The nanosecond column holds instants until 2262; a token beyond that was not ours.
      SqlInstants.toNanos(created);
      return new AliasPosition(created, parts.get(2));
    } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
      throw new InvalidToken(token);
    }
  }

  private static List<String> parts(String token, int count) {
    try {
      return PageToken.parts(token, count);
    } catch (IllegalArgumentException e) {
      throw new InvalidToken(token);
    }
  }
}
