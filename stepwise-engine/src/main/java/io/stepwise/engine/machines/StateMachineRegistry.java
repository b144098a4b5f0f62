package io.stepwise.engine.machines;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.validate.DefinitionValidator;
import io.stepwise.asl.validate.Diagnostic;
import io.stepwise.asl.validate.Severity;
import io.stepwise.asl.validate.ValidationOptions;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.Page;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The state machine API's rules on top of a {@link StateMachineStore}: names, definitions, ARNs,
 * revisions and versions as AWS Step Functions has them, and the resolution of what an execution
 * runs. Aliases are in {@link #aliases()}.
 */
public final class StateMachineRegistry {
  /** AWS's quota of versions per state machine. */
  public static final int MAX_VERSIONS = 1000;

  static final String DEFAULT_LOGGING = "{\"level\":\"OFF\",\"includeExecutionData\":false}";
  static final String DEFAULT_TRACING = "{\"enabled\":false}";
  private static final String DESCRIPTION_NEEDS_PUBLISH =
      "Version description can only be set when publish is true";

  private final StateMachineStore store;
  private final String arnPrefix;
  private final Clock clock;
  private final Supplier<String> revisionIds;
  private final RandomGenerator random;
  private final AliasRegistry aliases;

  /**
   * @param store where state machines live
   * @param region the region in ARNs, such as {@code us-east-1}
   * @param account the account in ARNs, such as {@code 123456789012}
   * @param clock the source of creation and update dates
   * @param revisionIds the source of new revision ids (random UUIDs in production)
   * @param random the source of alias routing choices
   */
  public StateMachineRegistry(
      StateMachineStore store,
      String region,
      String account,
      Clock clock,
      Supplier<String> revisionIds,
      RandomGenerator random) {
    this.store = store;
    this.arnPrefix = "arn:aws:states:" + region + ":" + account + ":stateMachine:";
    this.clock = clock;
    this.revisionIds = revisionIds;
    this.random = random;
    this.aliases = new AliasRegistry(store, clock);
  }

  /** A registry with the system clock, random UUID revisions and a random routing choice. */
  public static StateMachineRegistry of(StateMachineStore store, String region, String account) {
    return new StateMachineRegistry(
        store,
        region,
        account,
        Clock.systemUTC(),
        () -> UUID.randomUUID().toString(),
        RandomGenerator.getDefault());
  }

  /** The alias operations. */
  public AliasRegistry aliases() {
    return aliases;
  }

  /** The ARN a state machine of this name has. */
  public String stateMachineArn(String name) {
    return arnPrefix + name;
  }

  /** {@code CreateStateMachine}: idempotent for a repeat of the same request. */
  public CreatedStateMachine createStateMachine(CreateStateMachineRequest request) {
    NameRules.checkStateMachineName(request.name());
    checkVersionDescription(request.publish(), request.versionDescription());
    checkRoleArn(request.roleArn());
    StateMachineType type = request.type() == null ? StateMachineType.STANDARD : request.type();
    checkDefinition(request.definition(), type);
    Instant now = clock.instant();
    StateMachineRecord record =
        new StateMachineRecord(
            stateMachineArn(request.name()),
            request.name(),
            type,
            request.definition(),
            request.roleArn(),
            StateMachineStatus.ACTIVE,
            now,
            null,
            logging(request.loggingConfiguration(), DEFAULT_LOGGING),
            canonical("tracingConfiguration", request.tracingConfiguration(), DEFAULT_TRACING),
            null);
    StateMachineRecord stored = store.create(record);
    StateMachineVersion version =
        request.publish()
            ? store.publish(stored.arn(), null, request.versionDescription(), now, MAX_VERSIONS)
            : null;
    return new CreatedStateMachine(stored, version);
  }

  /**
   * {@code UpdateStateMachine}: a new revision when anything changes; executions already running
   * keep what they started with.
   */
  public UpdatedStateMachine updateStateMachine(UpdateStateMachineRequest request) {
    String arn = unqualified(request.stateMachineArn());
    if (request.definition() == null
        && request.roleArn() == null
        && request.loggingConfiguration() == null
        && request.tracingConfiguration() == null) {
      throw new MissingRequiredParameter(
          "Either the definition, the roleArn, the loggingConfiguration or the"
              + " tracingConfiguration must be specified");
    }
    checkVersionDescription(request.publish(), request.versionDescription());
    if (request.roleArn() != null) {
      checkRoleArn(request.roleArn());
    }
    StateMachineRecord current = active(arn);
    if (request.definition() != null) {
      checkDefinition(request.definition(), current.type());
    }
    StateMachineUpdate update =
        new StateMachineUpdate(
            request.definition(),
            request.roleArn(),
            logging(request.loggingConfiguration(), null),
            canonical("tracingConfiguration", request.tracingConfiguration(), null),
            revisionIds.get());
    Instant now = clock.instant();
    StateMachineRecord updated = store.update(arn, update);
    StateMachineVersion version =
        request.publish()
            ? store.publish(arn, null, request.versionDescription(), now, MAX_VERSIONS)
            : null;
    return new UpdatedStateMachine(updated, now, version);
  }

  /** {@code DescribeStateMachine} of a state machine or of one of its versions. */
  public StateMachineDescription describeStateMachine(String arn) {
    StateMachineArn parsed = StateMachineArn.parse(arn).requireNoLabel();
    if (parsed.isAlias()) {
      throw new StateMachineDoesNotExist(arn);
    }
    StateMachineRecord machine =
        store.get(parsed.stateMachineArn()).orElseThrow(() -> new StateMachineDoesNotExist(arn));
    if (parsed.isUnqualified()) {
      return StateMachineDescription.of(machine);
    }
    StateMachineVersion version =
        store
            .version(parsed.stateMachineArn(), parsed.versionNumber())
            .orElseThrow(() -> new StateMachineDoesNotExist(arn));
    return StateMachineDescription.of(machine, version);
  }

  /** {@code ListStateMachines}, in name order; {@code maxResults} 0 means 100. */
  public Page<StateMachineRecord> listStateMachines(String nextToken, int maxResults) {
    return store.list(nextToken, PageSizes.check(maxResults));
  }

  /**
   * {@code DeleteStateMachine}: marks it DELETING, and deletes it (with its versions and aliases)
   * at once when none of its executions is running; otherwise {@link #executionsEnded} does when
   * the last one ends. Deleting what does not exist succeeds, as on AWS.
   *
   * @param hasRunningExecutions whether any of its executions is still running
   */
  public void deleteStateMachine(String arn, boolean hasRunningExecutions) {
    StateMachineArn parsed = StateMachineArn.parse(arn).requireNoLabel();
    if (!parsed.isUnqualified()) {
      throw new ValidationException(
          "DeleteStateMachine takes an unqualified state machine ARN; delete versions with"
              + " DeleteStateMachineVersion and aliases with DeleteStateMachineAlias: '"
              + arn
              + "'");
    }
    store.markDeleting(arn);
    if (!hasRunningExecutions) {
      store.markDeleted(arn);
    }
  }

  /** Tells the registry that a state machine has no running executions left. */
  public void executionsEnded(String stateMachineArn) {
    store
        .get(stateMachineArn)
        .filter(machine -> machine.status() == StateMachineStatus.DELETING)
        .ifPresent(machine -> store.markDeleted(machine.arn()));
  }

  /**
   * {@code PublishStateMachineVersion}: a new version only if the current revision has none.
   *
   * @param revisionId {@code null}, or the revision expected to be current ({@code INITIAL} for the
   *     one made by creation)
   */
  public StateMachineVersion publishStateMachineVersion(
      String arn, String revisionId, String description) {
    String unqualified = unqualified(arn);
    NameRules.checkDescription("description", description);
    return store.publish(unqualified, revisionId, description, clock.instant(), MAX_VERSIONS);
  }

  /** {@code ListStateMachineVersions}, newest first; {@code maxResults} 0 means 100. */
  public Page<StateMachineVersion> listStateMachineVersions(
      String arn, String nextToken, int maxResults) {
    StateMachineArn parsed = StateMachineArn.parse(arn).requireNoLabel();
    if (!parsed.isUnqualified()) {
      throw new ValidationException("Expected an unqualified state machine ARN: '" + arn + "'");
    }
    return store.versions(parsed.stateMachineArn(), nextToken, PageSizes.check(maxResults));
  }

  /** {@code DeleteStateMachineVersion}: refused while an alias routes to it. */
  public void deleteStateMachineVersion(String versionArn) {
    StateMachineArn parsed = StateMachineArn.parse(versionArn).requireNoLabel();
    if (!parsed.isVersion()) {
      throw new ValidationException("Expected a state machine version ARN: '" + versionArn + "'");
    }
    store.deleteVersion(parsed.stateMachineArn(), parsed.versionNumber());
  }

  /**
   * What {@code StartExecution} runs for its {@code stateMachineArn}: the latest revision of a
   * state machine, a version, or a version that an alias chooses by its routing weights.
   *
   * @throws InvalidArn if it is no state machine ARN
   * @throws StateMachineDoesNotExist if the state machine, version or alias does not exist
   * @throws StateMachineDeleting if the state machine is being deleted
   * @throws ValidationException for a Distributed Map label
   */
  public ResolvedStateMachine resolve(String arn) {
    StateMachineArn parsed = StateMachineArn.parse(arn).requireNoLabel();
    StateMachineRecord machine =
        store.get(parsed.stateMachineArn()).orElseThrow(() -> new StateMachineDoesNotExist(arn));
    if (machine.status() == StateMachineStatus.DELETING) {
      throw new StateMachineDeleting(machine.arn());
    }
    if (parsed.isUnqualified()) {
      return new ResolvedStateMachine(
          machine.arn(),
          null,
          null,
          machine.type(),
          machine.definition(),
          machine.roleArn(),
          machine.revisionId(),
          machine.loggingConfiguration());
    }
    String aliasArn = null;
    long number = parsed.versionNumber();
    if (parsed.isAlias()) {
      StateMachineAlias alias =
          store
              .alias(machine.arn(), parsed.qualifier())
              .orElseThrow(() -> new StateMachineDoesNotExist(arn));
      aliasArn = alias.arn();
      String chosen = RoutingRules.choose(alias.routingConfiguration(), random);
      number = StateMachineArn.parse(chosen).versionNumber();
    }
    StateMachineVersion version =
        store.version(machine.arn(), number).orElseThrow(() -> new StateMachineDoesNotExist(arn));
    return new ResolvedStateMachine(
        machine.arn(),
        version.arn(),
        aliasArn,
        machine.type(),
        version.definition(),
        version.roleArn(),
        version.revisionId(),
        version.loggingConfiguration());
  }

  private StateMachineRecord active(String arn) {
    StateMachineRecord machine =
        store.get(arn).orElseThrow(() -> new StateMachineDoesNotExist(arn));
    if (machine.status() == StateMachineStatus.DELETING) {
      throw new StateMachineDeleting(arn);
    }
    return machine;
  }

  /**
   * The unqualified ARN of an operation that takes only a state machine: a version's or alias's ARN
   * names no state machine there, as AWS answers.
   */
  private static String unqualified(String arn) {
    StateMachineArn parsed = StateMachineArn.parse(arn).requireNoLabel();
    if (!parsed.isUnqualified()) {
      throw new StateMachineDoesNotExist(arn);
    }
    return parsed.stateMachineArn();
  }

  private static void checkVersionDescription(boolean publish, String versionDescription) {
    if (versionDescription != null && !publish) {
      throw new ValidationException(DESCRIPTION_NEEDS_PUBLISH);
    }
    NameRules.checkDescription("versionDescription", versionDescription);
  }

  private static void checkRoleArn(String roleArn) {
    if (roleArn == null || !roleArn.startsWith("arn:")) {
      throw new InvalidArn("Invalid ARN prefix: " + roleArn);
    }
  }

  private static void checkDefinition(String definition, StateMachineType type) {
    ValidationOptions options =
        type == StateMachineType.EXPRESS ? ValidationOptions.EXPRESS : ValidationOptions.STANDARD;
    List<Diagnostic> errors =
        DefinitionValidator.validate(definition == null ? "" : definition, options).stream()
            .filter(diagnostic -> diagnostic.severity() == Severity.ERROR)
            .toList();
    if (!errors.isEmpty()) {
      throw new InvalidDefinition(errors);
    }
  }

  /** A logging configuration checked as AWS checks it, in its canonical spelling. */
  private static String logging(String json, String otherwise) {
    String canonical = canonical("loggingConfiguration", json, otherwise);
    if (json != null) {
      LoggingConfiguration.parse(canonical);
    }
    return canonical;
  }

  /**
   * A configuration's JSON in one canonical spelling, so that a repeated create compares equal
   * however the client spaced it.
   */
  private static String canonical(String member, String json, String otherwise) {
    if (json == null) {
      return otherwise;
    }
    try {
      return Json.MAPPER.readTree(json).toString();
    } catch (JsonProcessingException e) {
      throw new ValidationException("The " + member + " is not valid JSON: " + json);
    }
  }
}
