package io.stepwise.engine.machines;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An alias: a name that routes executions to one or two versions of its state machine by weight.
 *
 * @param arn {@code <state machine ARN>:<alias name>}
 * @param stateMachineArn the state machine it belongs to
 * @param name its name
 * @param description its description, or {@code null}
 * @param routingConfiguration one or two entries, versions of its own state machine, weights
 *     summing to 100
 * @param creationDate when it was created
 * @param updateDate when it was last updated (its creation date until then)
 */
public record StateMachineAlias(
    String arn,
    String stateMachineArn,
    String name,
    String description,
    List<RoutingEntry> routingConfiguration,
    Instant creationDate,
    Instant updateDate) {

  public StateMachineAlias {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(stateMachineArn, "stateMachineArn");
    Objects.requireNonNull(name, "name");
    routingConfiguration = List.copyOf(routingConfiguration);
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(updateDate, "updateDate");
  }

  /** Whether some of its executions run this version. */
  public boolean routesTo(String versionArn) {
    return routingConfiguration.stream()
        .anyMatch(entry -> entry.stateMachineVersionArn().equals(versionArn));
  }

  /** The same alias with another description and routing, updated at {@code when}. */
  public StateMachineAlias updated(
      String newDescription, List<RoutingEntry> newRouting, Instant when) {
    return new StateMachineAlias(
        arn, stateMachineArn, name, newDescription, newRouting, creationDate, when);
  }
}
