package io.stepwise.server.actions;

import io.stepwise.engine.machines.InvalidArn;
import io.stepwise.engine.machines.StateMachineApiException;
import io.stepwise.engine.machines.StateMachineArn;
import io.stepwise.server.ServerContext;
import io.stepwise.server.protocol.ApiException;

/** The resources that take tags in this cut: state machines, their versions and aliases. */
final class TaggedResources {
  private TaggedResources() {}

  /**
   * The ARN of a resource that exists.
   *
   * @throws InvalidArn if it is no state machine, version or alias ARN
   * @throws ApiException {@code ResourceNotFound} if there is no such resource
   */
  static String existing(ServerContext context, String resourceArn) {
    StateMachineArn arn = StateMachineArn.parse(resourceArn);
    try {
      if (arn.isAlias()) {
        context.registry().aliases().describeStateMachineAlias(resourceArn);
      } else {
        context.registry().describeStateMachine(resourceArn);
      }
    } catch (InvalidArn e) {
      throw e;
    } catch (StateMachineApiException e) {
      throw new ApiException("ResourceNotFound", "Resource not found: '" + resourceArn + "'");
    }
    return resourceArn;
  }
}
