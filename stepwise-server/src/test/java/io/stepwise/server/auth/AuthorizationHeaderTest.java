package io.stepwise.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuthorizationHeaderTest {

  @Test
  void parsesTheCredentialScopeSignedHeadersAndSignature() {
    AuthorizationHeader header =
        AuthorizationHeader.parse(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/states/aws4_request,"
                + " SignedHeaders=host;x-amz-date, Signature=5da7c1a2");

    assertThat(header)
        .isEqualTo(
            new AuthorizationHeader(
                "AKIDEXAMPLE",
                "20150830",
                "us-east-1",
                "states",
                java.util.List.of("host", "x-amz-date"),
                "5da7c1a2"));
    assertThat(header.scope()).isEqualTo("20150830/us-east-1/states/aws4_request");
  }

  @Test
  void missingParametersAreAllNamed() {
    assertThatThrownBy(() -> AuthorizationHeader.parse("AWS4-HMAC-SHA256 Credential=A/B/C/D/E"))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage(
            "Authorization header requires 'Signature' parameter. Authorization header requires"
                + " 'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256 Credential=A/B/C/D/E")
        .extracting(e -> ((AuthenticationException) e).type())
        .isEqualTo("IncompleteSignatureException");
  }

  @Test
  void anotherAlgorithmIsIncomplete() {
    assertThatThrownBy(() -> AuthorizationHeader.parse("Basic dXNlcjpwYXNz"))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("'Basic'");
  }

  @Test
  void aScopeWithoutTheTerminatorIsInvalid() {
    assertThatThrownBy(() ->
            AuthorizationHeader.parse(
                "AWS4-HMAC-SHA256 Credential=ID/20150830/us-east-1/states/aws5_request,"
                    + " SignedHeaders=host, Signature=00"))
        .hasMessage(
            "Credential should be scoped with a valid terminator: 'aws4_request', not"
                + " 'aws5_request'.");
  }
}
