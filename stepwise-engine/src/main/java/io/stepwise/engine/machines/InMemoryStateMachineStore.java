package io.stepwise.engine.machines;

import io.stepwise.engine.store.Page;
import io.stepwise.engine.store.PageToken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The state machine store in memory, for tests and for a server without a data directory. One lock
 * guards everything: these calls are rare next to execution steps, and a lock makes every rule of
 * the SPI atomic for free.
 */
public final class InMemoryStateMachineStore implements StateMachineStore {

  /** What the store holds for one state machine. */
  private static final class Entry {
    StateMachineRecord record;
    final TreeMap<Long, StateMachineVersion> versions = new TreeMap<>();
    final Map<String, StateMachineAlias> aliases = new HashMap<>();
    long highestVersion;

    Entry(StateMachineRecord record) {
      this.record = record;
    }
  }

  private static final Comparator<StateMachineAlias> ALIAS_ORDER =
      Comparator.comparing(StateMachineAlias::creationDate).thenComparing(StateMachineAlias::name);

  private final Map<String, Entry> byArn = new HashMap<>();
  // Keyed by name, then ARN: the listing order, whatever region or account the ARNs name.
  private final TreeMap<String, Entry> byName = new TreeMap<>();

  @Override
  public synchronized StateMachineRecord create(StateMachineRecord record) {
    Entry existing = byArn.get(record.arn());
    if (existing != null) {
      if (existing.record.status() == StateMachineStatus.DELETING) {
        throw new StateMachineDeleting(record.arn());
      }
      if (!existing.record.sameCreationAs(record)) {
        throw new StateMachineAlreadyExists(record.arn());
      }
      return existing.record;
    }
    Entry entry = new Entry(record);
    byArn.put(record.arn(), entry);
    byName.put(nameKey(record), entry);
    return record;
  }

  @Override
  public synchronized Optional<StateMachineRecord> get(String arn) {
    return Optional.ofNullable(byArn.get(arn)).map(entry -> entry.record);
  }

  @Override
  public synchronized Page<StateMachineRecord> list(String nextToken, int maxResults) {
    PageToken.checkMaxResults(maxResults);
    String after = null;
    if (nextToken != null) {
      List<String> parts = tokenParts(nextToken, 2);
      after = parts.get(0) + "\u0000" + parts.get(1);
    }
    Map<String, Entry> rest = after == null ? byName : byName.tailMap(after, false);
    List<StateMachineRecord> items = new ArrayList<>();
    for (Entry each : rest.values()) {
      if (items.size() == maxResults) {
        StateMachineRecord last = items.getLast();
        return new Page<>(items, PageToken.of(last.name(), last.arn()));
      }
      items.add(each.record);
    }
    return new Page<>(items, null);
  }

  @Override
  public synchronized StateMachineRecord update(String arn, StateMachineUpdate update) {
    Entry entry = active(arn);
    if (update.changes(entry.record)) {
      entry.record = update.applyTo(entry.record);
    }
    return entry.record;
  }

  @Override
  public synchronized void markDeleting(String arn) {
    Entry entry = byArn.get(arn);
    if (entry != null) {
      entry.record = entry.record.withStatus(StateMachineStatus.DELETING);
    }
  }

  @Override
  public synchronized void markDeleted(String arn) {
    Entry entry = byArn.remove(arn);
    if (entry != null) {
      byName.remove(nameKey(entry.record));
    }
  }

  @Override
  public synchronized StateMachineVersion publish(
      String stateMachineArn,
      String expectedRevisionId,
      String description,
      Instant creationDate,
      int maxVersions) {
    Entry entry = active(stateMachineArn);
    String current = entry.record.revisionId();
    if (expectedRevisionId != null && !expectedRevisionId.equals(revisionName(current))) {
      throw new ConflictException(
          "Failed to publish the State Machine version for revision "
              + expectedRevisionId
              + ". The current State Machine revision is "
              + revisionName(current)
              + ".");
    }
    for (StateMachineVersion version : entry.versions.descendingMap().values()) {
      if (Objects.equals(version.revisionId(), current)) {
        return version;
      }
    }
    if (entry.versions.size() >= maxVersions) {
      throw new ServiceQuotaExceededException(
          "Failed to publish the State Machine version: the state machine already has the"
              + " maximum of "
              + maxVersions
              + " versions.");
    }
    long number = ++entry.highestVersion;
    StateMachineVersion version =
        StateMachineVersion.of(entry.record, number, description, creationDate);
    entry.versions.put(number, version);
    return version;
  }

  @Override
  public synchronized Optional<StateMachineVersion> version(String stateMachineArn, long number) {
    return Optional.ofNullable(byArn.get(stateMachineArn)).map(entry -> entry.versions.get(number));
  }

  @Override
  public synchronized Page<StateMachineVersion> versions(
      String stateMachineArn, String nextToken, int maxResults) {
    PageToken.checkMaxResults(maxResults);
    long before = Long.MAX_VALUE;
    if (nextToken != null) {
      try {
        before = Long.parseLong(tokenParts(nextToken, 1).get(0));
      } catch (NumberFormatException e) {
        throw new InvalidToken(nextToken);
      }
    }
    Entry entry = byArn.get(stateMachineArn);
    if (entry == null) {
      return new Page<>(List.of(), null);
    }
    List<StateMachineVersion> items = new ArrayList<>();
    for (StateMachineVersion version :
        entry.versions.headMap(before, false).descendingMap().values()) {
      if (items.size() == maxResults) {
        return new Page<>(items, PageToken.of(Long.toString(items.getLast().version())));
      }
      items.add(version);
    }
    return new Page<>(items, null);
  }

  @Override
  public synchronized void deleteVersion(String stateMachineArn, long number) {
    Entry entry = byArn.get(stateMachineArn);
    if (entry == null || !entry.versions.containsKey(number)) {
      return;
    }
    String versionArn = entry.versions.get(number).arn();
    List<String> routing =
        entry.aliases.values().stream()
            .filter(alias -> alias.routesTo(versionArn))
            .sorted(ALIAS_ORDER)
            .map(StateMachineAlias::name)
            .toList();
    if (!routing.isEmpty()) {
      throw new ConflictException(
          "Version to be deleted must not be referenced by an alias. Current list of aliases"
              + " referencing this version: ["
              + String.join(", ", routing)
              + "]");
    }
    entry.versions.remove(number);
  }

  @Override
  public synchronized StateMachineAlias createAlias(StateMachineAlias alias, int maxAliases) {
    Entry entry = byArn.get(alias.stateMachineArn());
    if (entry == null) {
      throw new ResourceNotFound(alias.stateMachineArn());
    }
    if (entry.record.status() == StateMachineStatus.DELETING) {
      throw new StateMachineDeleting(alias.stateMachineArn());
    }
    StateMachineAlias existing = entry.aliases.get(alias.name());
    if (existing != null) {
      if (Objects.equals(existing.description(), alias.description())
          && existing.routingConfiguration().equals(alias.routingConfiguration())) {
        return existing;
      }
      throw new ConflictException(
          "Failed to create alias because an alias with the same name and a different routing"
              + " configuration already exists.");
    }
    requireVersions(entry, alias.routingConfiguration());
    if (entry.aliases.size() >= maxAliases) {
      throw new ServiceQuotaExceededException(
          "Failed to create alias: the state machine already has the maximum of "
              + maxAliases
              + " aliases.");
    }
    entry.aliases.put(alias.name(), alias);
    return alias;
  }

  @Override
  public synchronized Optional<StateMachineAlias> alias(String stateMachineArn, String name) {
    return Optional.ofNullable(byArn.get(stateMachineArn)).map(entry -> entry.aliases.get(name));
  }

  @Override
  public synchronized Page<StateMachineAlias> aliases(
      String stateMachineArn, String routedVersionArn, String nextToken, int maxResults) {
    PageToken.checkMaxResults(maxResults);
    StateMachineAlias after = nextToken == null ? null : aliasPosition(nextToken);
    Entry entry = byArn.get(stateMachineArn);
    if (entry == null) {
      return new Page<>(List.of(), null);
    }
    List<StateMachineAlias> matching =
        entry.aliases.values().stream()
            .filter(alias -> routedVersionArn == null || alias.routesTo(routedVersionArn))
            .filter(alias -> after == null || ALIAS_ORDER.compare(alias, after) > 0)
            .sorted(ALIAS_ORDER)
            .toList();
    if (matching.size() <= maxResults) {
      return new Page<>(matching, null);
    }
    List<StateMachineAlias> items = matching.subList(0, maxResults);
    StateMachineAlias last = items.getLast();
    return new Page<>(
        items,
        PageToken.of(
            Long.toString(last.creationDate().getEpochSecond()),
            Integer.toString(last.creationDate().getNano()),
            last.name()));
  }

  @Override
  public synchronized StateMachineAlias updateAlias(
      String stateMachineArn,
      String name,
      String description,
      List<RoutingEntry> routing,
      Instant updateDate) {
    Entry entry = byArn.get(stateMachineArn);
    StateMachineAlias existing = entry == null ? null : entry.aliases.get(name);
    if (existing == null) {
      throw new ResourceNotFound(stateMachineArn + ":" + name);
    }
    if (entry.record.status() == StateMachineStatus.DELETING) {
      throw new StateMachineDeleting(stateMachineArn);
    }
    if (routing != null) {
      requireVersions(entry, routing);
    }
    StateMachineAlias updated =
        existing.updated(
            description != null ? description : existing.description(),
            routing != null ? routing : existing.routingConfiguration(),
            updateDate);
    entry.aliases.put(name, updated);
    return updated;
  }

  @Override
  public synchronized void deleteAlias(String stateMachineArn, String name) {
    Entry entry = byArn.get(stateMachineArn);
    if (entry != null) {
      entry.aliases.remove(name);
    }
  }

  private Entry active(String arn) {
    Entry entry = byArn.get(arn);
    if (entry == null) {
      throw new StateMachineDoesNotExist(arn);
    }
    if (entry.record.status() == StateMachineStatus.DELETING) {
      throw new StateMachineDeleting(arn);
    }
    return entry;
  }

  private static void requireVersions(Entry entry, List<RoutingEntry> routing) {
    for (RoutingEntry route : routing) {
      boolean exists =
          entry.versions.values().stream()
              .anyMatch(version -> version.arn().equals(route.stateMachineVersionArn()));
      if (!exists) {
        throw new ResourceNotFound(route.stateMachineVersionArn());
      }
    }
  }

  private static String nameKey(StateMachineRecord record) {
    return record.name() + "\u0000" + record.arn();
  }

  private static String revisionName(String revisionId) {
    return revisionId == null ? INITIAL_REVISION : revisionId;
  }

  /** A stand-in alias that sorts exactly where a token's position is. */
  private static StateMachineAlias aliasPosition(String token) {
    List<String> parts = tokenParts(token, 3);
    try {
      Instant created =
          Instant.ofEpochSecond(Long.parseLong(parts.get(0)), Long.parseLong(parts.get(1)));
      return new StateMachineAlias("", "", parts.get(2), null, List.of(), created, created);
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new InvalidToken(token);
    }
  }

  private static List<String> tokenParts(String token, int count) {
    try {
      return PageToken.parts(token, count);
    } catch (IllegalArgumentException e) {
      throw new InvalidToken(token);
    }
  }
}
