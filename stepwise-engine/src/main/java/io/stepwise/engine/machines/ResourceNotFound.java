package io.stepwise.engine.machines;

/** A version or alias that the request names does not exist. */
public final class ResourceNotFound extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  private final String resourceName;

  /**
   * @param resourceName the ARN of the missing resource
   */
  public ResourceNotFound(String resourceName) {
    super("Request references a resource that does not exist.");
    this.resourceName = resourceName;
  }

  /** The ARN of the missing resource. */
  public String resourceName() {
    return resourceName;
  }
}
