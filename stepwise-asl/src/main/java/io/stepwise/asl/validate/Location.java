package io.stepwise.asl.validate;

/**
 * Where a diagnostic points, written as AWS writes it: a JSON pointer whose member names are
 * escaped as RFC 6901 asks ({@code ~0}, {@code ~1}) and whose array elements are written {@code
 * Name[i]}, as AWS does ({@code /States/C/Choices[0]/Next}).
 */
record Location(String pointer) {

  static final Location ROOT = new Location("");

  Location field(String name) {
    return new Location(pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
  }

  /** The element {@code i} of the array at this location, in AWS's bracket form. */
  Location index(int i) {
    return new Location(pointer + "[" + i + "]");
  }

  /** The text AWS reports: {@code /} for the root. */
  String text() {
    return pointer.isEmpty() ? "/" : pointer;
  }
}
