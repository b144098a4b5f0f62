package io.stepwise.graph;

/** Small definitions shared by the tests. */
final class Definitions {
  private Definitions() {}

  /** A Choice with a rule, an And rule and a Default; a Task with Catch; a Succeed and a Fail. */
  static final String CHOICE_AND_CATCH =
      """
      {"StartAt": "Check",
       "States": {
         "Check": {"Type": "Choice",
           "Choices": [
             {"Variable": "$.x", "NumericEquals": 3, "Next": "Work"},
             {"And": [{"Variable": "$.a", "NumericGreaterThan": 10},
                      {"Variable": "$.b", "IsPresent": true}], "Next": "Done"}],
           "Default": "Wait a bit"},
         "Wait a bit": {"Type": "Wait", "Seconds": 1, "Next": "Work"},
         "Work": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:w",
           "Catch": [{"ErrorEquals": ["States.Timeout", "States.TaskFailed"], "Next": "Broken"}],
           "End": true},
         "Done": {"Type": "Succeed"},
         "Broken": {"Type": "Fail", "Error": "Oops"}}}
      """;

  /** A Parallel of two branches, one holding a Map; a Pass after it. */
  static final String NESTED =
      """
      {"StartAt": "Fan out",
       "States": {
         "Fan out": {"Type": "Parallel", "Next": "After",
           "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Recover"}],
           "Branches": [
             {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "End": true}}},
             {"StartAt": "Each", "States": {
               "Each": {"Type": "Map", "End": true,
                 "ItemProcessor": {"StartAt": "Item", "States": {
                   "Item": {"Type": "Pass", "Next": "Item done"},
                   "Item done": {"Type": "Succeed"}}}}}}]},
         "Recover": {"Type": "Pass", "End": true},
         "After": {"Type": "Pass", "End": true}}}
      """;

  /** JSONata: a Choice whose rule is a Condition. */
  static final String JSONATA =
      """
      {"QueryLanguage": "JSONata", "StartAt": "C",
       "States": {
         "C": {"Type": "Choice",
           "Choices": [{"Condition": "{% $states.input.n > 2 %}", "Next": "Big"}],
           "Default": "Small"},
         "Big": {"Type": "Pass", "End": true},
         "Small": {"Type": "Pass", "End": true}}}
      """;
}
