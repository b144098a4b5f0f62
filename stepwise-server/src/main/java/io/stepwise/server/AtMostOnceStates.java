package io.stepwise.server;

import io.stepwise.engine.runtime.ExecutionRuntime.AtMostOnce;
import java.util.List;
import java.util.Set;

/**
 * At-most-once Task states named as {@code <state machine name>/<state name>}: after a restart, a
 * task of theirs that was in flight fails with {@code States.TaskFailed} instead of running twice.
 * For tasks that must not repeat (a payment, an e-mail). Every version and alias of the state
 * machine is covered.
 */
public final class AtMostOnceStates {
  private AtMostOnceStates() {}

  /**
   * The policy for these names.
   *
   * @throws IllegalArgumentException for a name that is not {@code machine/state}
   */
  public static AtMostOnce of(List<String> names) {
    if (names.isEmpty()) {
      return AtMostOnce.NONE;
    }
    for (String name : names) {
      int slash = name.indexOf('/');
      if (slash <= 0 || slash == name.length() - 1) {
        throw new IllegalArgumentException(
            "Expected a Task state as <state machine name>/<state name>, but it was '"
                + name
                + "'");
      }
    }
    Set<String> chosen = Set.copyOf(names);
    return (stateMachineArn, stateName, resource) ->
        chosen.contains(machineName(stateMachineArn) + "/" + stateName);
  }

  /** The name in {@code arn:...:stateMachine:<name>[:<version or alias>]}. */
  private static String machineName(String stateMachineArn) {
    String marker = ":stateMachine:";
    int start = stateMachineArn.indexOf(marker);
    String rest = start < 0 ? stateMachineArn : stateMachineArn.substring(start + marker.length());
    int qualifier = rest.indexOf(':');
    return qualifier < 0 ? rest : rest.substring(0, qualifier);
  }
}
