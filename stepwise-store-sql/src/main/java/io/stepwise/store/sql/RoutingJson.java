package io.stepwise.store.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.machines.RoutingEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * An alias's routing configuration as the {@code routing} column holds it: a JSON array of {@code
 * {"stateMachineVersionArn": ..., "weight": ...}}, AWS's member names, so that SQL can look inside
 * it ({@code json_each}) to find the aliases that route to a version.
 */
final class RoutingJson {
  static final String VERSION_ARN = "stateMachineVersionArn";
  private static final String WEIGHT = "weight";

  private RoutingJson() {}

  static String write(List<RoutingEntry> routing) {
    ArrayNode array = Json.NODES.arrayNode();
    for (RoutingEntry entry : routing) {
      array
          .addObject()
          .put(VERSION_ARN, entry.stateMachineVersionArn())
          .put(WEIGHT, entry.weight());
    }
    return array.toString();
  }

  static List<RoutingEntry> read(String text) {
    JsonNode array;
    try {
      array = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Expected a routing configuration, but the row holds " + text, e);
    }
    List<RoutingEntry> routing = new ArrayList<>();
    for (JsonNode entry : array) {
      routing.add(new RoutingEntry(entry.get(VERSION_ARN).asText(), entry.get(WEIGHT).asInt()));
    }
    return routing;
  }
}
