package io.stepwise.asl.validate;

import static io.stepwise.asl.validate.ValidatorAssertions.assertSingle;
import static io.stepwise.asl.validate.ValidatorAssertions.machine;
import static io.stepwise.asl.validate.ValidatorAssertions.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceIntegrationsTest {

  private static String task(String resource) {
    return machine("'Type':'Task','End':true,'Resource':'" + resource + "'");
  }

  private static String notRecognized(String resource) {
    return "The resource provided "
        + resource
        + " is not recognized. The value is not a valid"
        + " resource ARN, or the resource is not available in this region.";
  }

  @Test
  void unknownOptimizedActionIsRejectedWithAwsText() {
    // Recorded: dynamodb:query exists only as an AWS SDK integration.
    assertSingle(
        validate(task("arn:aws:states:::dynamodb:query")),
        "SCHEMA_VALIDATION_FAILED",
        notRecognized("arn:aws:states:::dynamodb:query"),
        "/States/S/Resource");
    for (String resource :
        new String[] {
          "arn:aws:states:::nosuch:thing",
          "arn:aws:states:::lambda:invoke.sync",
          "arn:aws:states:::dynamodb:getItem.waitForTaskToken",
          "arn:aws:states:::sqs:sendMessage.sync:2",
          "arn:aws:states:::aws-sdk:s3:getObject.sync",
          "arn:aws:states:::aws-sdk:s3",
          "arn:aws:states:::lambda:invoke.waitForTaskToken.sync"
        }) {
      assertSingle(
          validate(task(resource)),
          "SCHEMA_VALIDATION_FAILED",
          notRecognized(resource),
          "/States/S/Resource");
    }
  }

  @Test
  void knownIntegrationsWithTheirPatternsAreAccepted() {
    for (String resource :
        new String[] {
          "arn:aws:states:::lambda:invoke",
          "arn:aws:states:::lambda:invoke.waitForTaskToken",
          "arn:aws:states:::dynamodb:putItem",
          "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "arn:aws:states:::sns:publish",
          "arn:aws:states:::events:putEvents",
          "arn:aws:states:::apigateway:invoke",
          "arn:aws:states:::states:startExecution",
          "arn:aws:states:::states:startExecution.sync",
          "arn:aws:states:::states:startExecution.sync:2",
          "arn:aws:states:::ecs:runTask.sync",
          "arn:aws:states:::batch:submitJob.sync",
          "arn:aws:states:::glue:startJobRun.sync",
          "arn:aws:states:::http:invoke",
          "arn:aws-cn:states:::sagemaker:createTrainingJob.sync",
          "arn:aws:states:::aws-sdk:dynamodb:query",
          "arn:aws:states:::aws-sdk:s3:listBuckets",
          "arn:aws:states:::aws-sdk:s3:listBuckets.waitForTaskToken",
          "arn:aws:lambda:us-east-1:111111111111:function:f",
          "arn:aws:lambda:us-east-1:111111111111:function:f:live",
          "arn:aws:states:us-east-1:111111111111:activity:a"
        }) {
      assertThat(validate(task(resource))).as(resource).isEmpty();
    }
  }

  @Test
  void unrecognizedIsReportedBeforeExpressRules() {
    assertSingle(
        validate(task("arn:aws:states:::glue:startCrawler.sync"), ValidationOptions.EXPRESS),
        "SCHEMA_VALIDATION_FAILED",
        notRecognized("arn:aws:states:::glue:startCrawler.sync"),
        "/States/S/Resource");
  }

  @Test
  void legacyIteratorMayCarryProcessorConfig() {
    // Recorded: AWS runs a distributed Map written with the legacy Iterator field.
    assertThat(
            validate(
                machine(
                    "'Type':'Map','End':true,'Iterator':{'ProcessorConfig':"
                        + "{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},'StartAt':'I',"
                        + "'States':{'I':{'Type':'Pass','End':true}}}")))
        .isEmpty();
    assertSingle(
        validate(
            machine(
                "'Type':'Map','End':true,'Iterator':{'ProcessorConfig':"
                    + "{'Mode':'SIDEWAYS'},'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}}")),
        "SCHEMA_VALIDATION_FAILED",
        "Value should be one of the following: [INLINE, DISTRIBUTED]",
        "/States/S/Iterator/ProcessorConfig/Mode");
  }
}
