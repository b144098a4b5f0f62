package io.stepwise.engine.machines;

import io.stepwise.engine.store.Page;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where state machines, their versions and their aliases live.
 *
 * <p>Narrow on purpose: the registry validates names, definitions, ARNs and routing weights; the
 * store keeps records and enforces, atomically, the rules that depend on what it holds (names
 * taken, revisions moved on, versions routed to). Every backend passes {@code
 * StateMachineStoreContractTest}. Implementations are thread-safe. Errors are the typed {@link
 * StateMachineApiException}s named in each method.
 */
public interface StateMachineStore {

  /** The {@code revisionId} precondition that names the revision made by creation. */
  String INITIAL_REVISION = "INITIAL";

  /**
   * Creates a state machine, or finds the one this request already created.
   *
   * @return the new record; or, when a state machine of that ARN exists and {@link
   *     StateMachineRecord#sameCreationAs} the given one, the existing record unchanged (AWS's
   *     idempotent create: a different role is ignored, not stored)
   * @throws StateMachineAlreadyExists if one exists with another definition, type or configuration
   * @throws StateMachineDeleting if one of that ARN is being deleted
   */
  StateMachineRecord create(StateMachineRecord record);

  /** The state machine with this (unqualified) ARN, ACTIVE or DELETING. */
  Optional<StateMachineRecord> get(String arn);

  /**
   * State machines in name order (then ARN), ACTIVE and DELETING alike.
   *
   * @param nextToken a token from a previous page, or {@code null} for the first page
   * @param maxResults at most this many (1 to 1000)
   * @throws InvalidToken if the token was not handed out by a listing of state machines
   */
  Page<StateMachineRecord> list(String nextToken, int maxResults);

  /**
   * Applies an update. When it {@link StateMachineUpdate#changes changes} something the record
   * becomes a new revision with the update's {@code newRevisionId}; otherwise nothing is written
   * and the revision stays the same.
   *
   * @return the record after the update
   * @throws StateMachineDoesNotExist if there is no such state machine
   * @throws StateMachineDeleting if it is being deleted
   */
  StateMachineRecord update(String arn, StateMachineUpdate update);

  /**
   * Marks a state machine DELETING: it starts nothing new from then on. Nothing happens if there is
   * no such state machine.
   */
  void markDeleting(String arn);

  /**
   * Removes a state machine with all its versions and aliases; its name is free again. Nothing
   * happens if there is no such state machine.
   */
  void markDeleted(String arn);

  /**
   * Publishes the current revision as a version, unless a version of it exists already: then that
   * version is returned and nothing is written (AWS's idempotent publish). A new version's number
   * is one more than the highest ever published by this state machine, deleted ones included.
   *
   * @param expectedRevisionId {@code null} for no precondition; otherwise the revision the caller
   *     expects to be current ({@link #INITIAL_REVISION} for the one made by creation)
   * @param description the new version's description, or {@code null}
   * @param maxVersions how many versions a state machine may have at once
   * @throws StateMachineDoesNotExist if there is no such state machine
   * @throws StateMachineDeleting if it is being deleted
   * @throws ConflictException if the current revision is not the expected one
   * @throws ServiceQuotaExceededException if it already has {@code maxVersions} versions
   */
  StateMachineVersion publish(
      String stateMachineArn,
      String expectedRevisionId,
      String description,
      Instant creationDate,
      int maxVersions);

  /** Version {@code number} of a state machine, if it exists. */
  Optional<StateMachineVersion> version(String stateMachineArn, long number);

  /**
   * A state machine's versions, newest (highest number) first.
   *
   * @param nextToken a token from a previous page, or {@code null} for the first page
   * @param maxResults at most this many (1 to 1000)
   * @throws InvalidToken if the token was not handed out by a listing of versions
   */
  Page<StateMachineVersion> versions(String stateMachineArn, String nextToken, int maxResults);

  /**
   * Deletes a version; nothing happens if it does not exist. Its number is never used again.
   *
   * @throws ConflictException if an alias routes to it, listing those aliases' names
   */
  void deleteVersion(String stateMachineArn, long number);

  /**
   * Creates an alias, or finds the one this request already created (same description and routing).
   *
   * @param maxAliases how many aliases a state machine may have
   * @return the new alias, or the existing identical one
   * @throws ResourceNotFound if the state machine, or a version it routes to, does not exist
   *     (versions of other state machines do not exist for it)
   * @throws StateMachineDeleting if the state machine is being deleted
   * @throws ConflictException if an alias of that name exists with another description or routing
   * @throws ServiceQuotaExceededException if the state machine already has {@code maxAliases}
   */
  StateMachineAlias createAlias(StateMachineAlias alias, int maxAliases);

  /** A state machine's alias of this name, if it exists. */
  Optional<StateMachineAlias> alias(String stateMachineArn, String name);

  /**
   * A state machine's aliases in creation order (then by name).
   *
   * @param routedVersionArn only aliases that route to this version, or {@code null} for all
   * @param nextToken a token from a previous page, or {@code null} for the first page
   * @param maxResults at most this many (1 to 1000)
   * @throws InvalidToken if the token was not handed out by a listing of aliases
   */
  Page<StateMachineAlias> aliases(
      String stateMachineArn, String routedVersionArn, String nextToken, int maxResults);

  /**
   * Updates an alias's description and routing; a {@code null} keeps the current value.
   *
   * @return the alias after the update, with {@code updateDate}
   * @throws ResourceNotFound if the alias, or a version it would route to, does not exist
   * @throws StateMachineDeleting if its state machine is being deleted
   */
  StateMachineAlias updateAlias(
      String stateMachineArn,
      String name,
      String description,
      List<RoutingEntry> routing,
      Instant updateDate);

  /** Deletes an alias; nothing happens if it does not exist. Its versions stay. */
  void deleteAlias(String stateMachineArn, String name);
}
