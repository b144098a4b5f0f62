package io.stepwise.engine.machines;

import java.util.Objects;

/**
 * One entry of an alias's routing configuration (AWS's {@code RoutingConfigurationListItem}).
 *
 * @param stateMachineVersionArn the version that this share of executions runs
 * @param weight the percentage of executions it gets, 0 to 100
 */
public record RoutingEntry(String stateMachineVersionArn, int weight) {
  public RoutingEntry {
    Objects.requireNonNull(stateMachineVersionArn, "stateMachineVersionArn");
  }

  /** As AWS prints it in validation messages. */
  @Override
  public String toString() {
    return "RoutingConfigurationListItem(stateMachineVersionArn="
        + stateMachineVersionArn
        + ", weight="
        + weight
        + ")";
  }
}
