package io.stepwise.server.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** Requests signed by the AWS SDK's own SigV4 signer, as an SfnClient signs them. */
final class SdkSigning {
  private SdkSigning() {}

  /**
   * Signs a StartExecution-like awsJson1_0 request.
   *
   * @param sessionToken a session token to send as X-Amz-Security-Token, or null
   */
  static SdkHttpRequest sign(
      URI endpoint,
      String accessKeyId,
      String secret,
      String sessionToken,
      String region,
      String body,
      Clock clock) {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(endpoint)
            .putHeader("Content-Type", "application/x-amz-json-1.0")
            .putHeader("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
            .build();
    AwsCredentialsIdentity identity =
        sessionToken == null
            ? AwsCredentialsIdentity.create(accessKeyId, secret)
            : AwsSessionCredentialsIdentity.create(accessKeyId, secret, sessionToken);
    SignedRequest signed =
        AwsV4HttpSigner.create()
            .sign(r ->
                r.identity(identity)
                    .request(request)
                    .payload(ContentStreamProvider.fromUtf8String(body))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "states")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                    .putProperty(HttpSigner.SIGNING_CLOCK, clock));
    return signed.request();
  }

  /** The signed request as the server sees it. */
  static SignableRequest asReceived(SdkHttpRequest signed, String body) {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>(signed.headers());
    if (!headers.containsKey("Host")) {
      headers.put("Host", List.of(signed.host() + ":" + signed.port()));
    }
    return new SignableRequest(
        "POST",
        signed.encodedPath().isEmpty() ? "/" : signed.encodedPath(),
        null,
        headers,
        body.getBytes(StandardCharsets.UTF_8));
  }
}
