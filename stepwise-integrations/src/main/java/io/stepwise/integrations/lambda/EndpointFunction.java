package io.stepwise.integrations.lambda;

import io.stepwise.integrations.TraceContext;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LogType;

/**
 * Functions served by a Lambda-compatible endpoint through the Invoke API: AWS Lambda itself, SAM
 * CLI's {@code sam local start-lambda}, the Lambda Runtime Interface Emulator, LocalStack.
 *
 * <p>The AWS SDK's own retries are off: Step Functions' {@code Retry} decides what is tried again.
 */
public final class EndpointFunction implements LambdaFunction, AutoCloseable {

  private final LambdaClient client;
  private final String remoteName;

  /**
   * @param endpoint where the Invoke API is served
   * @param region the region to sign for
   * @param credentials the credentials to sign with
   * @param remoteName the name to call there, or {@code null} for the name the task used
   */
  public EndpointFunction(
      URI endpoint, String region, AwsCredentialsProvider credentials, String remoteName) {
    this.client =
        LambdaClient.builder()
            .endpointOverride(endpoint)
            .region(Region.of(region))
            .credentialsProvider(credentials)
            .httpClient(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(10))
                    .socketTimeout(LambdaFunctions.MAX_TIMEOUT)
                    .build())
            .overrideConfiguration(o ->
                o.retryStrategy(AwsRetryStrategy.doNotRetry())
                    .addExecutionInterceptor(new TraceContextInterceptor()))
            .build();
    this.remoteName = remoteName;
  }

  @Override
  public InvokeResponse invoke(InvokeRequest request) throws LambdaServiceException {
    String name = remoteName != null ? remoteName : request.function().name();
    try {
      var answer =
          client.invoke(b -> {
            b.functionName(name)
                .payload(SdkBytes.fromByteArray(request.payload()))
                .invocationType(request.invocationType())
                .logType(request.tailLog() ? LogType.TAIL : LogType.NONE)
                .overrideConfiguration(o -> o.apiCallTimeout(request.timeout()));
            if (request.function().qualifier() != null) {
              b.qualifier(request.function().qualifier());
            }
            if (request.clientContext() != null) {
              b.clientContext(request.clientContext());
            }
          });
      String requestId = answer.responseMetadata().requestId();
      return new InvokeResponse(
          answer.statusCode(),
          answer.payload() == null ? new byte[0] : answer.payload().asByteArray(),
          answer.functionError(),
          answer.executedVersion() == null
              ? request.function().version()
              : answer.executedVersion(),
          answer.logResult(),
          requestId == null || requestId.equals("UNKNOWN") ? request.requestId() : requestId);
    } catch (LambdaException refused) {
      var details = refused.awsErrorDetails();
      throw new LambdaServiceException(
          details.errorCode(),
          refused.statusCode(),
          details.errorMessage() != null ? details.errorMessage() : refused.getMessage(),
          refused.requestId());
    } catch (ApiCallTimeoutException slow) {
      throw new LambdaServiceException(
          "ClientExecutionTimeoutException", 0, slow.getMessage(), null);
    } catch (SdkClientException unreachable) {
      throw LambdaServiceException.clientFailure(unreachable.getMessage());
    }
  }

  /** Adds the task attempt's trace context to each Invoke request (the SDK calls on our thread). */
  private static final class TraceContextInterceptor implements ExecutionInterceptor {
    @Override
    public SdkHttpRequest modifyHttpRequest(
        Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
      SdkHttpRequest.Builder request = context.httpRequest().toBuilder();
      TraceContext.inject(request::putHeader);
      return request.build();
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
