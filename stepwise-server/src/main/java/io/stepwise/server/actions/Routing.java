package io.stepwise.server.actions;

import io.stepwise.engine.machines.RoutingEntry;
import io.stepwise.server.model.RoutingConfigurationListItem;
import java.util.List;

/** An alias's routing configuration, between the API's items and the registry's entries. */
final class Routing {
  private Routing() {}

  static List<RoutingEntry> entries(List<RoutingConfigurationListItem> items) {
    return items.stream()
        .map(item -> new RoutingEntry(item.stateMachineVersionArn(), item.weight()))
        .toList();
  }

  static List<RoutingConfigurationListItem> items(List<RoutingEntry> entries) {
    return entries.stream()
        .map(entry ->
            new RoutingConfigurationListItem(entry.stateMachineVersionArn(), entry.weight()))
        .toList();
  }
}
