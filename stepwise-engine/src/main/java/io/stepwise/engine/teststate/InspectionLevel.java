package io.stepwise.engine.teststate;

/** How much of a state's data flow TestState reports, as AWS's {@code InspectionLevel}. */
public enum InspectionLevel {
  /** Status, output, error and cause only. */
  INFO,
  /** Also the data after each data-flow step ({@code inspectionData}). */
  DEBUG,
  /** Also the raw HTTP request and response of HTTP tasks. */
  TRACE
}
