package io.stepwise.engine.machines;

/**
 * A parsed state machine ARN: {@code arn:<partition>:states:<region>:<account>:stateMachine:<name>}
 * with an optional qualifier ({@code :<version number>} or {@code :<alias name>}) or a Distributed
 * Map label ({@code <name>/<label>}).
 *
 * @param text the ARN as given
 * @param stateMachineArn the unqualified state machine ARN (no qualifier, no label)
 * @param name the state machine's name
 * @param qualifier the version number or alias name, or {@code null}
 * @param label the Map state label, or {@code null}
 */
public record StateMachineArn(
    String text, String stateMachineArn, String name, String qualifier, String label) {

  /**
   * Parses an ARN.
   *
   * @throws InvalidArn if it is not the ARN of a state machine, version, alias or Map state
   */
  public static StateMachineArn parse(String text) {
    if (text == null || !text.startsWith("arn:")) {
      throw new InvalidArn("Invalid ARN prefix: " + text);
    }
    String[] parts = text.split(":", -1);
    if (parts.length < 7 || parts.length > 8) {
      throw new InvalidArn("Invalid ARN prefix: " + text);
    }
    if (!"states".equals(parts[2]) || !"stateMachine".equals(parts[5])) {
      throw new InvalidArn("Resource type not valid in this context: " + parts[5]);
    }
    String resource = parts[6];
    String label = null;
    int slash = resource.indexOf('/');
    if (slash >= 0) {
      label = resource.substring(slash + 1);
      resource = resource.substring(0, slash);
    }
    String qualifier = parts.length == 8 ? parts[7] : null;
    if (resource.isEmpty() || (qualifier != null && (qualifier.isEmpty() || label != null))) {
      throw new InvalidArn("Invalid ARN: " + text);
    }
    String base = String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
    return new StateMachineArn(text, base + ":" + resource, resource, qualifier, label);
  }

  /** Whether it names a state machine itself: no version, alias or label. */
  public boolean isUnqualified() {
    return qualifier == null && label == null;
  }

  /**
   * Whether it names a version. Alias names must hold a letter or one of {@code _-.}, so a
   * qualifier of digits alone is always a version number.
   */
  public boolean isVersion() {
    return qualifier != null && qualifier.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Whether it names an alias. */
  public boolean isAlias() {
    return qualifier != null && !isVersion();
  }

  /** The version number of a version ARN. */
  public long versionNumber() {
    try {
      return Long.parseLong(qualifier);
    } catch (NumberFormatException e) {
      // More digits than any version number can have: no such version.
      return -1;
    }
  }

  /** Refuses a Map state label, which this API does not take. */
  StateMachineArn requireNoLabel() {
    if (label != null) {
      throw new ValidationException(
          "Labeled ARNs are not supported by this API: '" + text + "'",
          ValidationException.Reason.API_DOES_NOT_SUPPORT_LABELED_ARNS);
    }
    return this;
  }
}
