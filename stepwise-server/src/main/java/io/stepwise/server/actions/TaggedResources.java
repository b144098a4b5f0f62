package io.stepwise.server.actions;

import io.stepwise.engine.machines.InvalidArn;
import io.stepwise.engine.machines.StateMachineApiException;
import io.stepwise.engine.machines.StateMachineArn;
import io.stepwise.server.ServerContext;
import io.stepwise.server.protocol.ApiException;

/** The resources that take tags: state machines, their versions and aliases, and activities. */
final class TaggedResources {
  private TaggedResources() {}

  /**
   * The ARN of a resource that exists.
   *
   * @throws InvalidArn if it is no state machine, version, alias or activity ARN
   * @throws ApiException {@code ResourceNotFound} if there is no such resource
   */
  static String existing(ServerContext context, String resourceArn) {
    if (resourceArn != null && resourceArn.matches("arn:[^:]+:states:[^:]*:[^:]*:activity:.+")) {
      if (!context.activities().exists(resourceArn)) {
        throw notFound(resourceArn);
      }
      return resourceArn;
    }
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
      throw notFound(resourceArn);
    }
    return resourceArn;
  }

  private static ApiException notFound(String resourceArn) {
    return new ApiException("ResourceNotFound", "Resource not found: '" + resourceArn + "'");
  }
}
