package io.stepwise.engine.store;

class InMemoryExecutionStoreTest extends ExecutionStoreContractTest {
  @Override
  protected ExecutionStore openStore() {
    return new InMemoryExecutionStore();
  }
}
