package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stepwise.server.auth.Authentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnException;

/** A server started with {@code --auth sigv4}, called by the real AWS SDK. */
class SigV4AuthenticationTest extends ServerTestSupport {
  private static final String ID = "AKIDSTEPWISE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYSTEPWISE";

  @Override
  ServerConfig configFor(Path dir) {
    return ServerConfig.of(0, dir).withAuthentication(Authentication.sigV4(ID, SECRET));
  }

  @Test
  void theConfiguredKeysWork() {
    try (SfnClient signed = clientWith(credentials(ID, SECRET))) {
      String arn =
          signed
              .createStateMachine(b -> b.name("signed").definition(PASS).roleArn(ROLE))
              .stateMachineArn();

      assertThat(signed.listStateMachines(b -> {}).stateMachines())
          .singleElement()
          .satisfies(machine -> assertThat(machine.stateMachineArn()).isEqualTo(arn));
    }
  }

  @Test
  void aWrongSecretIsAnInvalidSignature() {
    SfnException failure = failureWith(credentials(ID, "not-the-secret"));

    assertThat(failure.statusCode()).isEqualTo(400);
    assertThat(failure.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
    assertThat(failure.awsErrorDetails().errorMessage())
        .isEqualTo(
            "The request signature we calculated does not match the signature you provided. Check"
                + " your AWS Secret Access Key and signing method. Consult the service"
                + " documentation for details.");
  }

  @Test
  void anUnknownKeyIdIsAnUnrecognizedClient() {
    SfnException failure = failureWith(credentials("AKIDUNKNOWN", SECRET));

    assertThat(failure.statusCode()).isEqualTo(400);
    assertThat(failure.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
    assertThat(failure.awsErrorDetails().errorMessage())
        .isEqualTo("The security token included in the request is invalid.");
  }

  @Test
  void anUnsignedRequestIsMissingItsToken() {
    SfnException failure = failureWith(AnonymousCredentialsProvider.create());

    assertThat(failure.awsErrorDetails().errorCode())
        .isEqualTo("MissingAuthenticationTokenException");
    assertThat(failure.awsErrorDetails().errorMessage()).isEqualTo("Missing Authentication Token");
  }

  @Test
  void aRequestSignedTwentyMinutesAgoHasExpired() throws Exception {
    Instant signedAt = Instant.now().minus(Duration.ofMinutes(20));
    String body = "{}";
    URI endpoint = URI.create("http://127.0.0.1:" + port + "/");
    SdkHttpRequest signed =
        AwsV4HttpSigner.create()
            .sign(r ->
                r.identity(AwsCredentialsIdentity.create(ID, SECRET))
                    .request(
                        SdkHttpRequest.builder()
                            .method(SdkHttpMethod.POST)
                            .uri(endpoint)
                            .putHeader("Content-Type", "application/x-amz-json-1.0")
                            .putHeader("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                            .build())
                    .payload(ContentStreamProvider.fromUtf8String(body))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "states")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                    .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)))
            .request();

    HttpResponse<String> response = send(endpoint, signed.headers(), body);

    assertThat(response.statusCode()).isEqualTo(400);
    var error = io.stepwise.asl.json.Json.MAPPER.readTree(response.body());
    assertThat(error.get("__type").asText()).isEqualTo("InvalidSignatureException");
    assertThat(error.get("message").asText())
        .matches(
            "Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z"
                + " \\(\\d{8}T\\d{6}Z - 15 min\\.\\)")
        .contains(signed.firstMatchingHeader("X-Amz-Date").orElseThrow());
  }

  private static HttpResponse<String> send(
      URI endpoint, Map<String, List<String>> headers, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body));
    // The HTTP client sets Host itself, to the same host and port the signature covers.
    headers.forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Host")) {
        values.forEach(value -> request.header(name, value));
      }
    });
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private SfnException failureWith(AwsCredentialsProvider credentials) {
    try (SfnClient client = clientWith(credentials)) {
      return catchThrowableOfType(SfnException.class, () -> client.listStateMachines(b -> {}));
    }
  }

  private static AwsCredentialsProvider credentials(String id, String secret) {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secret));
  }

  private SfnClient clientWith(AwsCredentialsProvider credentials) {
    return SfnClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + port))
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
