package io.stepwise.asl.parse;

/** JSON pointers (RFC 6901) into a definition. */
final class Pointers {
  private Pointers() {}

  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
