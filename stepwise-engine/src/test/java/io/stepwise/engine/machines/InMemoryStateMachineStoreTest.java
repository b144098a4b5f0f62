package io.stepwise.engine.machines;

/** The in-memory store passes the state machine store contract. */
class InMemoryStateMachineStoreTest extends StateMachineStoreContractTest {
  @Override
  protected StateMachineStore openStore() {
    return new InMemoryStateMachineStore();
  }
}
