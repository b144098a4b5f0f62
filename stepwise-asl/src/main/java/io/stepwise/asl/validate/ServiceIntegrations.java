package io.stepwise.asl.validate;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The optimized service integrations AWS recognizes in a Task's {@code
 * arn:aws:states:::service:action} Resource, with the integration patterns each action supports.
 *
 * <p>Taken from AWS's "Optimized integrations for Step Functions" pages (the supported APIs of each
 * service and the pattern table). AWS rejects any other {@code service:action} with "The resource
 * provided ... is not recognized" (recorded for {@code dynamodb:query}). AWS SDK integrations
 * ({@code aws-sdk:service:action}) are open-ended and so are not listed: every one is accepted,
 * with the request-response and callback patterns.
 */
final class ServiceIntegrations {

  /** How a Task waits on an integration, named by the Resource's suffix. */
  enum Pattern {
    /** No suffix: the call's response is the result. */
    REQUEST_RESPONSE(""),
    /** {@code .sync}: wait for the job to finish. */
    SYNC(".sync"),
    /** {@code .sync:2}: as {@code .sync}, with a JSON (not string) output. */
    SYNC2(".sync:2"),
    /** {@code .waitForTaskToken}: wait for a callback with the task token. */
    CALLBACK(".waitForTaskToken");

    final String suffix;

    Pattern(String suffix) {
      this.suffix = suffix;
    }
  }

  private static final Set<Pattern> RR = EnumSet.of(Pattern.REQUEST_RESPONSE);
  private static final Set<Pattern> RR_SYNC = EnumSet.of(Pattern.REQUEST_RESPONSE, Pattern.SYNC);
  private static final Set<Pattern> RR_CALLBACK =
      EnumSet.of(Pattern.REQUEST_RESPONSE, Pattern.CALLBACK);
  private static final Set<Pattern> RR_SYNC_CALLBACK =
      EnumSet.of(Pattern.REQUEST_RESPONSE, Pattern.SYNC, Pattern.CALLBACK);
  private static final Set<Pattern> ALL = EnumSet.allOf(Pattern.class);

  /** "service:action" to the patterns AWS supports for it. */
  private static final Map<String, Set<Pattern>> OPTIMIZED = build();

  private ServiceIntegrations() {}

  /**
   * Whether {@code service:action}, with the pattern suffix that may follow it, names an
   * integration AWS recognizes.
   *
   * @param serviceAndAction the part of the Resource after {@code arn:<partition>:states:::}
   */
  static boolean recognized(String serviceAndAction) {
    for (Pattern pattern : new Pattern[] {Pattern.SYNC2, Pattern.SYNC, Pattern.CALLBACK}) {
      if (serviceAndAction.endsWith(pattern.suffix)) {
        String call =
            serviceAndAction.substring(0, serviceAndAction.length() - pattern.suffix.length());
        return supports(call, pattern);
      }
    }
    return supports(serviceAndAction, Pattern.REQUEST_RESPONSE);
  }

  private static boolean supports(String call, Pattern pattern) {
    if (call.startsWith("aws-sdk:")) {
      String[] parts = call.split(":", -1);
      boolean wellFormed = parts.length == 3 && !parts[1].isEmpty() && !parts[2].isEmpty();
      return wellFormed && (pattern == Pattern.REQUEST_RESPONSE || pattern == Pattern.CALLBACK);
    }
    Set<Pattern> patterns = OPTIMIZED.get(call);
    return patterns != null && patterns.contains(pattern);
  }

  private static Map<String, Set<Pattern>> build() {
    Map<String, Set<Pattern>> table = new TreeMap<>();
    add(table, "apigateway", RR_CALLBACK, "invoke");
    add(table, "athena", RR_SYNC, "startQueryExecution");
    add(table, "athena", RR, "stopQueryExecution", "getQueryExecution", "getQueryResults");
    add(table, "batch", RR_SYNC, "submitJob");
    add(table, "bedrock", RR, "invokeModel");
    add(table, "bedrock", RR_SYNC_CALLBACK, "createModelCustomizationJob");
    add(table, "codebuild", RR_SYNC, "startBuild", "startBuildBatch", "retryBuildBatch");
    add(
        table,
        "codebuild",
        RR,
        "stopBuild",
        "batchDeleteBuilds",
        "batchGetReports",
        "stopBuildBatch",
        "deleteBuildBatch");
    add(table, "dynamodb", RR, "getItem", "putItem", "updateItem", "deleteItem");
    add(table, "ecs", RR_SYNC_CALLBACK, "runTask");
    add(
        table,
        "eks",
        RR_SYNC,
        "createCluster",
        "deleteCluster",
        "createFargateProfile",
        "deleteFargateProfile",
        "createNodegroup",
        "deleteNodegroup");
    add(table, "eks", RR_SYNC_CALLBACK, "runJob");
    add(table, "eks", RR, "call");
    add(table, "elasticmapreduce", RR_SYNC, "createCluster", "terminateCluster", "addStep");
    add(
        table,
        "elasticmapreduce",
        RR,
        "cancelStep",
        "setClusterTerminationProtection",
        "modifyInstanceFleetByName",
        "modifyInstanceGroupByName");
    add(
        table,
        "emr-containers",
        RR_SYNC,
        "createVirtualCluster",
        "deleteVirtualCluster",
        "startJobRun");
    add(
        table,
        "emr-serverless",
        RR_SYNC,
        "createApplication",
        "startApplication",
        "stopApplication",
        "deleteApplication",
        "startJobRun",
        "cancelJobRun");
    add(table, "events", RR_CALLBACK, "putEvents");
    add(table, "glue", RR_SYNC, "startJobRun");
    add(table, "databrew", RR_SYNC, "startJobRun");
    add(table, "http", RR_CALLBACK, "invoke");
    add(table, "lambda", RR_CALLBACK, "invoke");
    add(table, "mediaconvert", RR_SYNC, "createJob");
    add(
        table,
        "sagemaker",
        RR_SYNC,
        "createHyperParameterTuningJob",
        "createLabelingJob",
        "createProcessingJob",
        "createTrainingJob",
        "createTransformJob");
    add(
        table,
        "sagemaker",
        RR,
        "createEndpoint",
        "createEndpointConfig",
        "createModel",
        "updateEndpoint");
    add(table, "sns", RR_CALLBACK, "publish");
    add(table, "sqs", RR_CALLBACK, "sendMessage");
    add(table, "states", ALL, "startExecution");
    return Map.copyOf(table);
  }

  private static void add(
      Map<String, Set<Pattern>> table, String service, Set<Pattern> patterns, String... actions) {
    for (String action : actions) {
      table.put(service + ":" + action, Set.copyOf(patterns));
    }
  }
}
