package io.stepwise.server;

import io.stepwise.engine.machines.InMemoryStateMachineStore;
import io.stepwise.engine.machines.StateMachineStore;

/**
 * The one place that chooses where state machines, versions and aliases live. For now they are in
 * memory ({@link InMemoryStateMachineStore}) and do not survive a restart, though executions do; a
 * SQLite store in the data directory replaces it here when it exists.
 */
final class StateMachineStores {
  private StateMachineStores() {}

  static StateMachineStore open(ServerConfig config) {
    return new InMemoryStateMachineStore();
  }
}
