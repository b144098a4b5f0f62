package io.stepwise.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The canonical form of a request that SigV4 signs: method, canonical URI, canonical query string,
 * canonical headers, signed header names and the payload's hash, one per line. Built from the
 * request as received so that the server's form matches the one the client signed.
 */
public final class CanonicalRequest {
  private static final HexFormat HEX = HexFormat.of();

  private CanonicalRequest() {}

  /**
   * The canonical request text.
   *
   * @param request the request as received
   * @param signedHeaders the lower-case names of the headers the client signed
   * @param payloadHash the hex SHA-256 of the body (or the hash the client declared)
   */
  public static String of(SignableRequest request, List<String> signedHeaders, String payloadHash) {
    List<String> names =
        signedHeaders.stream().map(name -> name.toLowerCase(Locale.ROOT)).sorted().toList();
    StringBuilder text = new StringBuilder();
    text.append(request.method().toUpperCase(Locale.ROOT)).append('\n');
    text.append(canonicalUri(request.rawPath())).append('\n');
    text.append(canonicalQuery(request.rawQuery())).append('\n');
    for (String name : names) {
      text.append(name).append(':').append(headerValue(request.headers().get(name))).append('\n');
    }
    text.append('\n').append(String.join(";", names)).append('\n');
    text.append(payloadHash);
    return text.toString();
  }

  /** The lower-case hex SHA-256 of some bytes. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  /**
   * The path encoded once more, segment by segment: services other than S3 sign the path that went
   * over the wire (already encoded) encoded again, as the AWS SDKs do.
   */
  static String canonicalUri(String rawPath) {
    if (rawPath.isEmpty()) {
      return "/";
    }
    String[] segments = rawPath.split("/", -1);
    List<String> encoded = new ArrayList<>(segments.length);
    for (String segment : segments) {
      encoded.add(UriEncoding.encode(segment));
    }
    return String.join("/", encoded);
  }

  /** Parameters decoded, encoded the one way SigV4 wants, and sorted by name, then value. */
  static String canonicalQuery(String rawQuery) {
    if (rawQuery.isEmpty()) {
      return "";
    }
    List<String> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      pairs.add(
          UriEncoding.encode(UriEncoding.decode(name))
              + "="
              + UriEncoding.encode(UriEncoding.decode(value)));
    }
    // Sorting "name=value" strings orders by name first only if '=' sorts before every name
    // character, which it does not; compare the parts instead.
    pairs.sort((a, b) -> {
      String[] left = a.split("=", 2);
      String[] right = b.split("=", 2);
      int byName = left[0].compareTo(right[0]);
      return byName != 0 ? byName : left[1].compareTo(right[1]);
    });
    return String.join("&", pairs);
  }

  /** Values trimmed, inner runs of spaces made one, several values joined by commas. */
  private static String headerValue(List<String> values) {
    if (values == null) {
      return "";
    }
    List<String> trimmed = new ArrayList<>(values.size());
    for (String value : values) {
      trimmed.add(value.strip().replaceAll(" +", " "));
    }
    return String.join(",", trimmed);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
