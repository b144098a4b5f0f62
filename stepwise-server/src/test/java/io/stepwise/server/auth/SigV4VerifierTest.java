package io.stepwise.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpRequest;

/** The verifier against requests signed by the AWS SDK's signer, with a fixed clock. */
class SigV4VerifierTest {
  private static final URI ENDPOINT = URI.create("http://127.0.0.1:8083/");
  private static final String ID = "AKIDSTEPWISE";
  private static final String SECRET = "s3cr3t/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String BODY = "{\"maxResults\":10}";
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Clock SERVER_CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final SigV4Verifier verifier =
      new SigV4Verifier(new AccessKey(ID, SECRET), "us-east-1", SERVER_CLOCK);

  @Test
  void aRequestSignedWithTheKeyIsAccepted() {
    assertThatCode(() -> verifier.authenticate(signed(ID, SECRET, "us-east-1", NOW)))
        .doesNotThrowAnyException();
  }

  @Test
  void aSessionTokenIsSignedAlongAndAccepted() {
    SdkHttpRequest request =
        SdkSigning.sign(ENDPOINT, ID, SECRET, "token", "us-east-1", BODY, SERVER_CLOCK);

    assertThat(request.firstMatchingHeader("X-Amz-Security-Token")).contains("token");
    assertThatCode(() -> verifier.authenticate(SdkSigning.asReceived(request, BODY)))
        .doesNotThrowAnyException();
  }

  @Test
  void aWrongSecretIsAnInvalidSignature() {
    assertThat(failure(signed(ID, "wrong", "us-east-1", NOW)))
        .extracting(AuthenticationException::type, Throwable::getMessage)
        .containsExactly(
            "InvalidSignatureException",
            "The request signature we calculated does not match the signature you provided. Check"
                + " your AWS Secret Access Key and signing method. Consult the service"
                + " documentation for details.");
  }

  @Test
  void aChangedBodyIsAnInvalidSignature() {
    SdkHttpRequest request =
        SdkSigning.sign(ENDPOINT, ID, SECRET, null, "us-east-1", BODY, SERVER_CLOCK);

    assertThat(failure(SdkSigning.asReceived(request, "{\"maxResults\":1000}")).type())
        .isEqualTo("InvalidSignatureException");
  }

  @Test
  void anUnknownKeyIdIsAnUnrecognizedClient() {
    assertThat(failure(signed("AKIDOTHER", SECRET, "us-east-1", NOW)))
        .extracting(AuthenticationException::type, Throwable::getMessage)
        .containsExactly(
            "UnrecognizedClientException",
            "The security token included in the request is invalid.");
  }

  @Test
  void noAuthorizationHeaderIsAMissingToken() {
    SignableRequest unsigned =
        new SignableRequest(
            "POST",
            "/",
            null,
            Map.of("Host", List.of("127.0.0.1:8083")),
            BODY.getBytes(StandardCharsets.UTF_8));

    assertThat(failure(unsigned))
        .extracting(AuthenticationException::type, Throwable::getMessage)
        .containsExactly("MissingAuthenticationTokenException", "Missing Authentication Token");
  }

  @Test
  void aRequestSignedTwentyMinutesAgoHasExpired() {
    assertThat(failure(signed(ID, SECRET, "us-east-1", NOW.minus(Duration.ofMinutes(20)))))
        .extracting(AuthenticationException::type, Throwable::getMessage)
        .containsExactly(
            "InvalidSignatureException",
            "Signature expired: 20260301T114000Z is now earlier than 20260301T114500Z"
                + " (20260301T120000Z - 15 min.)");
  }

  @Test
  void aRequestSignedTwentyMinutesAheadIsNotYetCurrent() {
    assertThat(failure(signed(ID, SECRET, "us-east-1", NOW.plus(Duration.ofMinutes(20)))))
        .extracting(AuthenticationException::type, Throwable::getMessage)
        .containsExactly(
            "InvalidSignatureException",
            "Signature not yet current: 20260301T122000Z is still later than 20260301T121500Z"
                + " (20260301T120000Z + 15 min.)");
  }

  @Test
  void fourteenMinutesOfSkewAreAllowed() {
    assertThatCode(() ->
            verifier.authenticate(
                signed(ID, SECRET, "us-east-1", NOW.minus(Duration.ofMinutes(14)))))
        .doesNotThrowAnyException();
  }

  @Test
  void anotherRegionIsAnInvalidSignature() {
    assertThat(failure(signed(ID, SECRET, "eu-west-1", NOW)))
        .extracting(AuthenticationException::type, Throwable::getMessage)
        .containsExactly(
            "InvalidSignatureException",
            "Credential should be scoped to a valid region, not 'eu-west-1'. ");
  }

  @Test
  void noDateIsAnIncompleteSignature() {
    SignableRequest signed = signed(ID, SECRET, "us-east-1", NOW);
    Map<String, List<String>> headers = new HashMap<>(signed.headers());
    headers.remove("x-amz-date");
    SignableRequest undated = new SignableRequest("POST", "/", null, headers, signed.body());

    AuthenticationException failure = failure(undated);
    assertThat(failure.type()).isEqualTo("IncompleteSignatureException");
    assertThat(failure.getMessage())
        .startsWith(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  }

  private static SignableRequest signed(String id, String secret, String region, Instant at) {
    SdkHttpRequest request =
        SdkSigning.sign(ENDPOINT, id, secret, null, region, BODY, Clock.fixed(at, ZoneOffset.UTC));
    return SdkSigning.asReceived(request, BODY);
  }

  private AuthenticationException failure(SignableRequest request) {
    return catchThrowableOfType(
        AuthenticationException.class, () -> verifier.authenticate(request));
  }
}
