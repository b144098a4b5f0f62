package io.stepwise.engine.interpreter;

import io.stepwise.asl.model.MapState;
import java.util.UUID;

/**
 * Map run ARNs as AWS forms them: {@code
 * arn:aws:states:<region>:<account>:mapRun:<stateMachine>/<label or state name>:<uuid>}.
 */
final class MapRunArns {
  private MapRunArns() {}

  static String of(ExecutionInfo info, MapState state, Execution execution) {
    String machineArn = info.stateMachineArn();
    int cut = machineArn.indexOf(":stateMachine:");
    String prefix = cut < 0 ? machineArn : machineArn.substring(0, cut);
    String label = state.label() != null ? state.label() : state.name();
    UUID id = new UUID(execution.random.nextLong(), execution.random.nextLong());
    return prefix + ":mapRun:" + info.stateMachineName() + "/" + label + ":" + id;
  }
}
