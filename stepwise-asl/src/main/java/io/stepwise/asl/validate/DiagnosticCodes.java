package io.stepwise.asl.validate;

/** The diagnostic codes AWS's validator uses. */
public final class DiagnosticCodes {
  public static final String SCHEMA_VALIDATION_FAILED = "SCHEMA_VALIDATION_FAILED";
  public static final String INVALID_JSON_DESCRIPTION = "INVALID_JSON_DESCRIPTION";
  public static final String MISSING_TRANSITION_TARGET = "MISSING_TRANSITION_TARGET";
  public static final String UNREACHABLE_STATE = "UNREACHABLE_STATE";
  public static final String MISSING_END_STATE = "MISSING_END_STATE";
  public static final String DUPLICATE_STATE_NAME = "DUPLICATE_STATE_NAME";
  public static final String INVALID_RESOURCE = "INVALID_RESOURCE";
  public static final String INVALID_STATE_NAME = "INVALID_STATE_NAME";
  public static final String INVALID_LABEL_NAME = "INVALID_LABEL_NAME";
  public static final String INVALID_JSONATA_EXPRESSION = "INVALID_JSONATA_EXPRESSION";

  private DiagnosticCodes() {}
}
