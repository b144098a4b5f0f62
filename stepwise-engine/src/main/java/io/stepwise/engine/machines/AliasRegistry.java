package io.stepwise.engine.machines;

import io.stepwise.engine.store.Page;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The alias operations of the state machine API, as AWS Step Functions has them. */
public final class AliasRegistry {
  /** AWS's quota of aliases per state machine. */
  public static final int MAX_ALIASES = 100;

  private final StateMachineStore store;
  private final Clock clock;

  AliasRegistry(StateMachineStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * {@code CreateStateMachineAlias}: the state machine is the one its versions belong to.
   * Idempotent for a repeat of the same request.
   */
  public StateMachineAlias createStateMachineAlias(
      String name, String description, List<RoutingEntry> routingConfiguration) {
    NameRules.checkAliasName(name);
    NameRules.checkDescription("description", description);
    String stateMachineArn = RoutingRules.check(routingConfiguration);
    Instant now = clock.instant();
    StateMachineAlias alias =
        new StateMachineAlias(
            stateMachineArn + ":" + name,
            stateMachineArn,
            name,
            description,
            routingConfiguration,
            now,
            now);
    return store.createAlias(alias, MAX_ALIASES);
  }

  /** {@code DescribeStateMachineAlias}. */
  public StateMachineAlias describeStateMachineAlias(String aliasArn) {
    StateMachineArn parsed = aliasArn(aliasArn);
    return store
        .alias(parsed.stateMachineArn(), parsed.qualifier())
        .orElseThrow(() -> new ResourceNotFound(aliasArn));
  }

  /**
   * {@code UpdateStateMachineAlias}: a new description, a new routing, or both; the routing may
   * only name versions of the alias's own state machine.
   */
  public StateMachineAlias updateStateMachineAlias(
      String aliasArn, String description, List<RoutingEntry> routingConfiguration) {
    StateMachineArn parsed = aliasArn(aliasArn);
    if (description == null && routingConfiguration == null) {
      throw new ValidationException(
          "Either the description or the routingConfiguration must be specified",
          ValidationException.Reason.MISSING_REQUIRED_PARAMETER);
    }
    NameRules.checkDescription("description", description);
    if (routingConfiguration != null
        && !RoutingRules.check(routingConfiguration).equals(parsed.stateMachineArn())) {
      throw new ValidationException(
          "Routing configuration must contain versions of the alias's state machine. Received: "
              + routingConfiguration.stream().map(RoutingEntry::stateMachineVersionArn).toList(),
          ValidationException.Reason.INVALID_ROUTING_CONFIGURATION);
    }
    return store.updateAlias(
        parsed.stateMachineArn(),
        parsed.qualifier(),
        description,
        routingConfiguration,
        clock.instant());
  }

  /** {@code DeleteStateMachineAlias}: deleting what does not exist succeeds, as on AWS. */
  public void deleteStateMachineAlias(String aliasArn) {
    StateMachineArn parsed = aliasArn(aliasArn);
    store.deleteAlias(parsed.stateMachineArn(), parsed.qualifier());
  }

  /**
   * {@code ListStateMachineAliases} of a state machine, or of a version (the aliases that route to
   * it); {@code maxResults} 0 means 100.
   */
  public Page<StateMachineAlias> listStateMachineAliases(
      String arn, String nextToken, int maxResults) {
    StateMachineArn parsed = StateMachineArn.parse(arn).requireNoLabel();
    if (parsed.isAlias()) {
      throw new InvalidArn("Resource type not valid in this context: alias");
    }
    StateMachineRecord machine =
        store
            .get(parsed.stateMachineArn())
            .orElseThrow(() -> new StateMachineDoesNotExist(parsed.stateMachineArn()));
    if (machine.status() == StateMachineStatus.DELETING) {
      throw new StateMachineDeleting(machine.arn());
    }
    String routedVersion = null;
    if (parsed.isVersion()) {
      routedVersion =
          store
              .version(machine.arn(), parsed.versionNumber())
              .orElseThrow(() -> new ResourceNotFound(arn))
              .arn();
    }
    return store.aliases(machine.arn(), routedVersion, nextToken, PageSizes.check(maxResults));
  }

  private static StateMachineArn aliasArn(String arn) {
    StateMachineArn parsed = StateMachineArn.parse(arn).requireNoLabel();
    if (!parsed.isAlias()) {
      throw new InvalidArn("Resource type not valid in this context: " + arn);
    }
    return parsed;
  }
}
