package io.stepwise.asl.model;

/** The two query languages a state can use for its data flow. */
public enum QueryLanguage {
  JSONPATH("JSONPath"),
  JSONATA("JSONata");

  private final String aslName;

  QueryLanguage(String aslName) {
    this.aslName = aslName;
  }

  public String aslName() {
    return aslName;
  }

  public static QueryLanguage fromAsl(String name) {
    return "JSONata".equals(name) ? JSONATA : JSONPATH;
  }
}
