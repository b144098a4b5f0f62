package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** By default the server accepts any credentials, signed or not, as Step Functions Local does. */
class AnyCredentialsTest extends ServerTestSupport {

  @Test
  void madeUpCredentialsAreAccepted() {
    // The support's client signs with the made-up key "test".
    createStateMachine("any", PASS);

    assertThat(sfn.listStateMachines(b -> {}).stateMachines()).hasSize(1);
  }

  @Test
  void unsignedRequestsAreAccepted() {
    try (SfnClient anonymous =
        SfnClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:" + port))
            .region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      assertThat(anonymous.listStateMachines(b -> {}).stateMachines()).isEmpty();
    }
  }

  @Test
  void aGarbledAuthorizationHeaderIsIgnored() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
            .header("Authorization", "AWS4-HMAC-SHA256 garbage")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    try (HttpClient http = HttpClient.newHttpClient()) {
      assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);
    }
  }
}
