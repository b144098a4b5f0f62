package io.stepwise.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OTLP/HTTP receiver on loopback: takes {@code POST /v1/traces} in protobuf and keeps the spans,
 * read with just enough of the protobuf wire format for trace, span and parent ids and names.
 */
final class OtlpReceiver implements AutoCloseable {
  /** A span as received: ids in hex, as OpenTelemetry writes them. */
  record ReceivedSpan(String traceId, String spanId, String parentSpanId, String name) {}

  private final HttpServer server;
  final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
  final List<String> contentTypes = new CopyOnWriteArrayList<>();

  OtlpReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/traces",
        exchange -> {
          contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
          byte[] body = exchange.getRequestBody().readAllBytes();
          spans.addAll(request(ByteBuffer.wrap(body)));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** ExportTraceServiceRequest: resource_spans = 1 → scope_spans = 2 → spans = 2. */
  private static List<ReceivedSpan> request(ByteBuffer body) {
    List<ReceivedSpan> found = new ArrayList<>();
    for (ByteBuffer resourceSpans : fields(body, 1)) {
      for (ByteBuffer scopeSpans : fields(resourceSpans, 2)) {
        for (ByteBuffer span : fields(scopeSpans, 2)) {
          found.add(span(span));
        }
      }
    }
    return found;
  }

  /** Span: trace_id = 1, span_id = 2, parent_span_id = 4, name = 5. */
  private static ReceivedSpan span(ByteBuffer span) {
    return new ReceivedSpan(
        hex(fields(span, 1)), hex(fields(span, 2)), hex(fields(span, 4)), text(fields(span, 5)));
  }

  private static String hex(List<ByteBuffer> values) {
    if (values.isEmpty()) {
      return "";
    }
    ByteBuffer value = values.get(0);
    byte[] bytes = new byte[value.remaining()];
    value.get(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String text(List<ByteBuffer> values) {
    if (values.isEmpty()) {
      return "";
    }
    ByteBuffer value = values.get(0);
    byte[] bytes = new byte[value.remaining()];
    value.get(bytes);
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The length-delimited values of one field number in a message, skipping every other field. */
  private static List<ByteBuffer> fields(ByteBuffer message, int number) {
    ByteBuffer in = message.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    List<ByteBuffer> values = new ArrayList<>();
    while (in.hasRemaining()) {
      long key = varint(in);
      int wireType = (int) (key & 7);
      switch (wireType) {
        case 0 -> varint(in);
        case 1 -> in.position(in.position() + 8);
        case 5 -> in.position(in.position() + 4);
        case 2 -> {
          int length = (int) varint(in);
          ByteBuffer value = in.slice(in.position(), length);
          in.position(in.position() + length);
          if ((key >>> 3) == number) {
            values.add(value);
          }
        }
        default -> throw new IllegalStateException("Unexpected wire type " + wireType);
      }
    }
    return values;
  }

  private static long varint(ByteBuffer in) {
    long value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = in.get();
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
  }
}
