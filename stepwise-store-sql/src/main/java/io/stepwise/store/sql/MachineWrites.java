package io.stepwise.store.sql;

import io.stepwise.engine.machines.ConflictException;
import io.stepwise.engine.machines.ResourceNotFound;
import io.stepwise.engine.machines.RoutingEntry;
import io.stepwise.engine.machines.ServiceQuotaExceededException;
import io.stepwise.engine.machines.StateMachineAlias;
import io.stepwise.engine.machines.StateMachineAlreadyExists;
import io.stepwise.engine.machines.StateMachineDeleting;
import io.stepwise.engine.machines.StateMachineDoesNotExist;
import io.stepwise.engine.machines.StateMachineRecord;
import io.stepwise.engine.machines.StateMachineStatus;
import io.stepwise.engine.machines.StateMachineStore;
import io.stepwise.engine.machines.StateMachineUpdate;
import io.stepwise.engine.machines.StateMachineVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes of {@link SqliteStateMachineStore}, each run on the writer inside one transaction
 * (see {@link SqliteConnections#write}): the checks read what the store holds and the writes follow
 * in the same transaction, so a refusal thrown half-way rolls everything back and no other change
 * can slip in between a check and its write.
 */
final class MachineWrites {
  private MachineWrites() {}

  static StateMachineRecord create(Connection c, StateMachineRecord record) throws SQLException {
    Optional<StateMachineRecord> existing = MachineReads.machine(c, record.arn());
    if (existing.isPresent()) {
      StateMachineRecord found = existing.get();
      if (found.status() == StateMachineStatus.DELETING) {
        throw new StateMachineDeleting(record.arn());
      }
      if (!found.sameCreationAs(record)) {
        throw new StateMachineAlreadyExists(record.arn());
      }
      return found;
    }
    MachineRows.insertMachine(c, record, 0);
    return record;
  }

  static StateMachineRecord update(Connection c, String arn, StateMachineUpdate update)
      throws SQLException {
    StateMachineRecord current = active(c, arn);
    if (!update.changes(current)) {
      return current;
    }
    StateMachineRecord updated = update.applyTo(current);
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE state_machines SET definition = ?, role_arn = ?, revision_id = ?,"
                + " logging_configuration = ?, tracing_configuration = ? WHERE arn = ?")) {
      s.setString(1, updated.definition());
      s.setString(2, updated.roleArn());
      s.setString(3, updated.revisionId());
      s.setString(4, updated.loggingConfiguration());
      s.setString(5, updated.tracingConfiguration());
      s.setString(6, arn);
      s.executeUpdate();
    }
    return updated;
  }

  static Void markDeleting(Connection c, String arn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE state_machines SET status = ? WHERE arn = ?")) {
      s.setString(1, StateMachineStatus.DELETING.name());
      s.setString(2, arn);
      s.executeUpdate();
    }
    return null;
  }

  /** Deletes the state machine with its versions and aliases, and with them its version count. */
  static Void markDeleted(Connection c, String arn) throws SQLException {
    for (String sql :
        List.of(
            "DELETE FROM state_machine_aliases WHERE state_machine_arn = ?",
            "DELETE FROM state_machine_versions WHERE state_machine_arn = ?",
            "DELETE FROM state_machines WHERE arn = ?")) {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, arn);
        s.executeUpdate();
      }
    }
    return null;
  }

  static StateMachineVersion publish(
      Connection c,
      String arn,
      String expectedRevisionId,
      String description,
      Instant creationDate,
      int maxVersions)
      throws SQLException {
    StateMachineRecord machine = active(c, arn);
    String current = revisionName(machine.revisionId());
    if (expectedRevisionId != null && !expectedRevisionId.equals(current)) {
      throw new ConflictException(
          "Failed to publish the State Machine version for revision "
              + expectedRevisionId
              + ". The current State Machine revision is "
              + current
              + ".");
    }
    Optional<StateMachineVersion> published =
        MachineReads.versionOfRevision(c, arn, machine.revisionId());
    if (published.isPresent()) {
      return published.get();
    }
    if (versionCount(c, arn) >= maxVersions) {
      throw new ServiceQuotaExceededException(
          "Failed to publish the State Machine version: the state machine already has the"
              + " maximum of "
              + maxVersions
              + " versions.");
    }
    long number = nextVersionNumber(c, arn);
    StateMachineVersion version =
        StateMachineVersion.of(machine, number, description, creationDate);
    MachineRows.insertVersion(c, version);
    return version;
  }

  static Void deleteVersion(Connection c, String arn, long number) throws SQLException {
    Optional<StateMachineVersion> version = MachineReads.version(c, arn, number);
    if (version.isEmpty()) {
      return null;
    }
    List<String> routing = MachineReads.aliasesRoutingTo(c, arn, version.get().arn());
    if (!routing.isEmpty()) {
      throw new ConflictException(
          "Version to be deleted must not be referenced by an alias. Current list of aliases"
              + " referencing this version: ["
              + String.join(", ", routing)
              + "]");
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "DELETE FROM state_machine_versions WHERE state_machine_arn = ? AND version = ?")) {
      s.setString(1, arn);
      s.setLong(2, number);
      s.executeUpdate();
    }
    return null;
  }

  static StateMachineAlias createAlias(Connection c, StateMachineAlias alias, int maxAliases)
      throws SQLException {
    String arn = alias.stateMachineArn();
    StateMachineRecord machine =
        MachineReads.machine(c, arn).orElseThrow(() -> new ResourceNotFound(arn));
    if (machine.status() == StateMachineStatus.DELETING) {
      throw new StateMachineDeleting(arn);
    }
    Optional<StateMachineAlias> existing = MachineReads.alias(c, arn, alias.name());
    if (existing.isPresent()) {
      StateMachineAlias found = existing.get();
      if (Objects.equals(found.description(), alias.description())
          && found.routingConfiguration().equals(alias.routingConfiguration())) {
        return found;
      }
      throw new ConflictException(
          "Failed to create alias because an alias with the same name and a different routing"
              + " configuration already exists.");
    }
    requireVersions(c, arn, alias.routingConfiguration());
    if (MachineReads.aliasCount(c, arn) >= maxAliases) {
      throw new ServiceQuotaExceededException(
          "Failed to create alias: the state machine already has the maximum of "
              + maxAliases
              + " aliases.");
    }
    MachineRows.putAlias(c, alias);
    return alias;
  }

  static StateMachineAlias updateAlias(
      Connection c,
      String arn,
      String name,
      String description,
      List<RoutingEntry> routing,
      Instant updateDate)
      throws SQLException {
    Optional<StateMachineRecord> machine = MachineReads.machine(c, arn);
    Optional<StateMachineAlias> existing = MachineReads.alias(c, arn, name);
    if (machine.isEmpty() || existing.isEmpty()) {
      throw new ResourceNotFound(arn + ":" + name);
    }
    if (machine.get().status() == StateMachineStatus.DELETING) {
      throw new StateMachineDeleting(arn);
    }
    if (routing != null) {
      requireVersions(c, arn, routing);
    }
    StateMachineAlias current = existing.get();
    StateMachineAlias updated =
        current.updated(
            description != null ? description : current.description(),
            routing != null ? routing : current.routingConfiguration(),
            updateDate);
    MachineRows.putAlias(c, updated);
    return updated;
  }

  static Void deleteAlias(Connection c, String arn, String name) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "DELETE FROM state_machine_aliases WHERE state_machine_arn = ? AND name = ?")) {
      s.setString(1, arn);
      s.setString(2, name);
      s.executeUpdate();
    }
    return null;
  }

  private static StateMachineRecord active(Connection c, String arn) throws SQLException {
    StateMachineRecord machine =
        MachineReads.machine(c, arn).orElseThrow(() -> new StateMachineDoesNotExist(arn));
    if (machine.status() == StateMachineStatus.DELETING) {
      throw new StateMachineDeleting(arn);
    }
    return machine;
  }

  /** Checks that every version routed to is one of this state machine's. */
  private static void requireVersions(Connection c, String arn, List<RoutingEntry> routing)
      throws SQLException {
    for (RoutingEntry route : routing) {
      if (!MachineReads.hasVersion(c, arn, route.stateMachineVersionArn())) {
        throw new ResourceNotFound(route.stateMachineVersionArn());
      }
    }
  }

  private static int versionCount(Connection c, String arn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT count(*) FROM state_machine_versions WHERE state_machine_arn = ?")) {
      s.setString(1, arn);
      return MachineRows.first(s, row -> row.getInt(1)).orElse(0);
    }
  }

  /** Takes the next version number: one more than the highest ever published. */
  private static long nextVersionNumber(Connection c, String arn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE state_machines SET highest_version = highest_version + 1 WHERE arn = ?")) {
      s.setString(1, arn);
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement("SELECT highest_version FROM state_machines WHERE arn = ?")) {
      s.setString(1, arn);
      return MachineRows.first(s, row -> row.getLong(1)).orElseThrow();
    }
  }

  private static String revisionName(String revisionId) {
    return revisionId == null ? StateMachineStore.INITIAL_REVISION : revisionId;
  }
}
