package io.stepwise.engine.machines;

import java.util.HashSet;
import java.util.List;
import java.util.random.RandomGenerator;

/** AWS's rules for an alias's routing configuration, and the weighted choice it makes. */
final class RoutingRules {
  private static final int MAX_ENTRIES = 2;

  private RoutingRules() {}

  /**
   * Checks a routing configuration: one or two entries, weights from 0 to 100 that sum to 100,
   * distinct version ARNs of one state machine. The order of the checks follows AWS's: request
   * constraints first, then the operation's own rules.
   *
   * @return the unqualified ARN of the state machine the versions belong to
   * @throws ValidationException naming the first rule broken, in AWS's words
   */
  static String check(List<RoutingEntry> routing) {
    if (routing == null || routing.isEmpty()) {
      throw ValidationException.constraint(
          "routingConfiguration", "[]", "Member must have length greater than or equal to 1");
    }
    if (routing.size() > MAX_ENTRIES) {
      throw ValidationException.constraint(
          "routingConfiguration",
          routing,
          "Member must have length less than or equal to " + MAX_ENTRIES);
    }
    for (int i = 0; i < routing.size(); i++) {
      int weight = routing.get(i).weight();
      String member = "routingConfiguration." + (i + 1) + ".member.weight";
      if (weight > 100) {
        throw ValidationException.constraint(
            member, weight, "Member must have value less than or equal to 100");
      }
      if (weight < 0) {
        throw ValidationException.constraint(
            member, weight, "Member must have value greater than or equal to 0");
      }
    }
    List<String> arns = routing.stream().map(RoutingEntry::stateMachineVersionArn).toList();
    String stateMachineArn = null;
    for (String arn : arns) {
      StateMachineArn parsed = versionArnOrNull(arn);
      if (parsed == null) {
        throw invalid("Routing configuration must contain state machine version ARNs", arns);
      }
      if (stateMachineArn != null && !stateMachineArn.equals(parsed.stateMachineArn())) {
        throw invalid(
            "Routing configuration must contain versions of the same state machine", arns);
      }
      stateMachineArn = parsed.stateMachineArn();
    }
    if (new HashSet<>(arns).size() != arns.size()) {
      throw invalid("Routing configuration must contain distinct state machine version ARNs", arns);
    }
    int sum = routing.stream().mapToInt(RoutingEntry::weight).sum();
    if (sum != 100) {
      throw invalid(
          "Sum of routing configuration weights must equal 100",
          routing.stream().map(RoutingEntry::weight).toList());
    }
    return stateMachineArn;
  }

  /**
   * Chooses the version an execution runs: entry {@code i} with probability {@code weight_i / 100}.
   * An entry of weight 0 is never chosen.
   */
  static String choose(List<RoutingEntry> routing, RandomGenerator random) {
    int roll = random.nextInt(100);
    for (RoutingEntry entry : routing) {
      roll -= entry.weight();
      if (roll < 0) {
        return entry.stateMachineVersionArn();
      }
    }
    // Unreachable while the weights sum to 100, which check() guarantees for stored aliases.
    return routing.getLast().stateMachineVersionArn();
  }

  private static StateMachineArn versionArnOrNull(String arn) {
    try {
      StateMachineArn parsed = StateMachineArn.parse(arn);
      return parsed.isVersion() && parsed.label() == null ? parsed : null;
    } catch (InvalidArn e) {
      return null;
    }
  }

  private static ValidationException invalid(String rule, List<?> received) {
    return new ValidationException(
        rule + ". Received: " + received, ValidationException.Reason.INVALID_ROUTING_CONFIGURATION);
  }
}
