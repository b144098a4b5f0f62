package io.stepwise.store.sql;

import io.stepwise.engine.machines.RoutingEntry;
import io.stepwise.engine.machines.StateMachineAlias;
import io.stepwise.engine.machines.StateMachineRecord;
import io.stepwise.engine.machines.StateMachineStore;
import io.stepwise.engine.machines.StateMachineUpdate;
import io.stepwise.engine.machines.StateMachineVersion;
import io.stepwise.engine.store.Page;
import io.stepwise.engine.store.PageToken;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A {@link StateMachineStore} in one SQLite file, the same file as a {@link SqliteExecutionStore}
 * or a file of its own. Every change is one transaction on the file's single writer, so each rule
 * of the SPI (names taken, revisions moved on, versions routed to) is checked and applied
 * atomically; reads run on the reader pool. The schema comes from the same Flyway migrations as the
 * execution store's, applied when either store first opens the file.
 *
 * <p>Stores of this process that open the same file share its connections (see {@link
 * SqliteConnections}); {@link SqliteStores} opens both kinds at once.
 */
public final class SqliteStateMachineStore implements StateMachineStore, AutoCloseable {
  private final SqliteConnections connections;
  private final StoreHold hold;

  private SqliteStateMachineStore(SqliteConnections connections) {
    this.connections = connections;
    this.hold =
        new StoreHold(
            connections,
            "the state machine store is closed",
            "cannot close the state machine store");
  }

  /**
   * Opens the store in a file, creating the file and its schema if needed and migrating an older
   * schema.
   *
   * @throws SqlStoreException if the file cannot be opened or migrated
   */
  public static SqliteStateMachineStore open(Path file) {
    try {
      return new SqliteStateMachineStore(SqliteConnections.open(file));
    } catch (SQLException e) {
      throw new SqlStoreException("cannot open the state machine store " + file, e);
    }
  }

  @Override
  public StateMachineRecord create(StateMachineRecord record) {
    return write("create " + record.arn(), c -> MachineWrites.create(c, record));
  }

  @Override
  public Optional<StateMachineRecord> get(String arn) {
    return read(c -> MachineReads.machine(c, arn));
  }

  @Override
  public Page<StateMachineRecord> list(String nextToken, int maxResults) {
    PageToken.checkMaxResults(maxResults);
    MachineTokens.MachinePosition after = MachineTokens.machinePosition(nextToken);
    return read(c -> MachineReads.machines(c, after, maxResults));
  }

  @Override
  public StateMachineRecord update(String arn, StateMachineUpdate update) {
    return write("update " + arn, c -> MachineWrites.update(c, arn, update));
  }

  @Override
  public void markDeleting(String arn) {
    write("mark " + arn + " deleting", c -> MachineWrites.markDeleting(c, arn));
  }

  @Override
  public void markDeleted(String arn) {
    write("delete " + arn, c -> MachineWrites.markDeleted(c, arn));
  }

  @Override
  public StateMachineVersion publish(
      String stateMachineArn,
      String expectedRevisionId,
      String description,
      Instant creationDate,
      int maxVersions) {
    return write(
        "publish " + stateMachineArn,
        c ->
            MachineWrites.publish(
                c, stateMachineArn, expectedRevisionId, description, creationDate, maxVersions));
  }

  @Override
  public Optional<StateMachineVersion> version(String stateMachineArn, long number) {
    return read(c -> MachineReads.version(c, stateMachineArn, number));
  }

  @Override
  public Page<StateMachineVersion> versions(
      String stateMachineArn, String nextToken, int maxResults) {
    PageToken.checkMaxResults(maxResults);
    Long before = MachineTokens.versionPosition(nextToken);
    return read(c -> MachineReads.versions(c, stateMachineArn, before, maxResults));
  }

  @Override
  public void deleteVersion(String stateMachineArn, long number) {
    write(
        "delete version " + number + " of " + stateMachineArn,
        c -> MachineWrites.deleteVersion(c, stateMachineArn, number));
  }

  @Override
  public StateMachineAlias createAlias(StateMachineAlias alias, int maxAliases) {
    return write(
        "create alias " + alias.arn(), c -> MachineWrites.createAlias(c, alias, maxAliases));
  }

  @Override
  public Optional<StateMachineAlias> alias(String stateMachineArn, String name) {
    return read(c -> MachineReads.alias(c, stateMachineArn, name));
  }

  @Override
  public Page<StateMachineAlias> aliases(
      String stateMachineArn, String routedVersionArn, String nextToken, int maxResults) {
    PageToken.checkMaxResults(maxResults);
    MachineTokens.AliasPosition after = MachineTokens.aliasPosition(nextToken);
    return read(c -> MachineReads.aliases(c, stateMachineArn, routedVersionArn, after, maxResults));
  }

  @Override
  public StateMachineAlias updateAlias(
      String stateMachineArn,
      String name,
      String description,
      List<RoutingEntry> routing,
      Instant updateDate) {
    return write(
        "update alias " + stateMachineArn + ":" + name,
        c -> MachineWrites.updateAlias(c, stateMachineArn, name, description, routing, updateDate));
  }

  @Override
  public void deleteAlias(String stateMachineArn, String name) {
    write(
        "delete alias " + stateMachineArn + ":" + name,
        c -> MachineWrites.deleteAlias(c, stateMachineArn, name));
  }

  /** Closes the store; the file's connections close with the last store that uses them. */
  @Override
  public void close() {
    hold.close();
  }

  private <T> T write(String what, SqliteConnections.SqlFunction<T> change) {
    hold.checkOpen();
    try {
      return connections.write(c -> {
        // Checked again under the write lock: a close may have come in since.
        hold.checkOpen();
        return change.apply(c);
      });
    } catch (SQLException e) {
      throw new SqlStoreException("cannot " + what, e);
    }
  }

  private <T> T read(SqliteConnections.SqlFunction<T> query) {
    hold.checkOpen();
    try {
      return connections.read(query);
    } catch (SQLException e) {
      throw new SqlStoreException("cannot read the state machine store", e);
    }
  }
}
