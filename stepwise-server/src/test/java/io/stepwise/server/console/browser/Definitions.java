package io.stepwise.server.console.browser;

/** State machines the browser tests and the README's screenshots drive. */
final class Definitions {
  private Definitions() {}

  /** One Pass state. */
  static final String PASS =
      """
      {"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}\
      """;

  /**
   * A second's Wait between two Pass states: long enough for the page to open while it runs and see
   * the end come in live, short enough for a test.
   */
  static final String SHORT_WAIT =
      """
      {"Comment":"Prepares an order, waits a second, confirms it","StartAt":"Prepare","States":{
        "Prepare":{"Type":"Pass","Parameters":{"order.$":"$.order","step":"prepared"},"Next":"Pause"},
        "Pause":{"Type":"Wait","Seconds":1,"Next":"Confirm"},
        "Confirm":{"Type":"Pass","Parameters":{"order.$":"$.order","confirmed":true},"End":true}}}\
      """;

  /** Waits an hour: an execution that is still running when the test stops it. */
  static final String LONG_WAIT =
      """
      {"StartAt":"Hold","States":{
        "Hold":{"Type":"Wait","Seconds":3600,"Next":"Done"},
        "Done":{"Type":"Pass","End":true}}}\
      """;

  /** A failure on purpose, for a FAILED execution. */
  static final String FAILS =
      """
      {"StartAt":"Check","States":{
        "Check":{"Type":"Pass","Next":"Reject"},
        "Reject":{"Type":"Fail","Error":"OrderRejected","Cause":"The order has no items"}}}\
      """;

  /** Choice, Parallel, Map and Catch in one: what the README's graph shows. */
  static final String ORDER_PIPELINE =
      """
      {"Comment":"Validates an order, prices its items in parallel with its shipping, and ships it",
       "StartAt":"Validate","States":{
        "Validate":{"Type":"Pass","Next":"Has items?"},
        "Has items?":{"Type":"Choice","Choices":[
          {"Variable":"$.items[0]","IsPresent":true,"Next":"Price and ship"}],
          "Default":"Rejected"},
        "Price and ship":{"Type":"Parallel","Branches":[
          {"StartAt":"Price items","States":{
            "Price items":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{
              "ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Price","States":{
                "Price":{"Type":"Pass","Result":9.5,"End":true}}},"End":true}}},
          {"StartAt":"Quote shipping","States":{
            "Quote shipping":{"Type":"Pass","Result":{"carrier":"post"},"End":true}}}],
          "ResultPath":"$.priced",
          "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.error","Next":"Notify"}],
          "Next":"Ship"},
        "Ship":{"Type":"Wait","Seconds":1,"Next":"Shipped"},
        "Notify":{"Type":"Pass","Next":"Rejected"},
        "Rejected":{"Type":"Fail","Error":"OrderRejected","Cause":"No items to ship"},
        "Shipped":{"Type":"Succeed"}}}\
      """;
}
