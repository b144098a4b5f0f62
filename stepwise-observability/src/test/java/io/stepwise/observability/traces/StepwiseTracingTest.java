package io.stepwise.observability.traces;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.engine.runtime.StartRequest;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.InMemoryExecutionStore;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Executions of traced state machines give exactly the expected tree of spans. */
class StepwiseTracingTest {
  static final String MACHINES = "arn:aws:states:us-east-1:123456789012:stateMachine:";
  static final String FLAKY = "arn:aws:lambda:us-east-1:123456789012:function:flaky";
  static final String HTTP = "arn:aws:states:::http:invoke";
  static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  static final String TREE =
      """
      {"StartAt":"Par","States":{
        "Par":{"Type":"Parallel","ResultPath":null,"Next":"Map","Branches":[
          {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},
          {"StartAt":"Flaky","States":{"Flaky":{"Type":"Task","Resource":"%s",
             "Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":1,"MaxAttempts":3}],"End":true}}}]},
        "Map":{"Type":"Map","ItemsPath":"$.items","ResultPath":null,"Next":"Call",
          "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},
            "StartAt":"M","States":{"M":{"Type":"Pass","End":true}}}},
        "Call":{"Type":"Task","Resource":"%s","Parameters":{"ApiEndpoint":"http://x","Method":"GET"},
          "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Done"}],"End":true},
        "Done":{"Type":"Pass","End":true}}}
      """
          .formatted(FLAKY, HTTP);

  final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  final AtomicInteger flakyCalls = new AtomicInteger();
  final List<String> traced = new CopyOnWriteArrayList<>(List.of(MACHINES + "Traced"));
  final List<io.opentelemetry.api.trace.SpanContext> seenByTasks = new CopyOnWriteArrayList<>();
  final TaskResources tasks =
      TaskResources.none()
          .register(
              FLAKY,
              invocation ->
                  flakyCalls.incrementAndGet() < 2
                      ? TaskOutcome.failed("Flaky", "try again")
                      : TaskOutcome.succeeded(invocation.parameters()))
          .register(
              HTTP,
              invocation -> {
                seenByTasks.add(Span.current().getSpanContext());
                return TaskOutcome.failed("States.Http.StatusCode.500", "Boom");
              });
  final ExecutionRuntime runtime =
      new ExecutionRuntime(
          new InMemoryExecutionStore(), new InMemoryExecutionStore(), tasks, Clock.systemUTC());
  final StepwiseTracing tracing =
      StepwiseTracing.create(
              SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)),
              traced::contains)
          .bind(runtime, tasks);

  @AfterEach
  void close() {
    tracing.close();
    runtime.close();
  }

  @Test
  void aParallelAMapARetriedTaskAndACaughtErrorMakeOneTree() throws Exception {
    ExecutionRecord execution = run("Traced", TREE, null);

    List<SpanData> spans = spans(12);
    assertThat(tree(spans))
        .isEqualTo(
            """
            Traced [INTERNAL] status=SUCCEEDED
              Call [INTERNAL] Task error=States.Http.StatusCode.500
                arn:aws:states:::http:invoke [CLIENT] attempt=1 error=States.Http.StatusCode.500
              Done [INTERNAL] Pass
              Map [INTERNAL] Map
                M [INTERNAL] Pass
                M [INTERNAL] Pass
              Par [INTERNAL] Parallel
                A [INTERNAL] Pass
                Flaky [INTERNAL] Task
                  %s [CLIENT] attempt=1 error=Flaky
                  %s [CLIENT] attempt=2
            """
                .formatted(FLAKY, FLAKY));
    SpanData root = byName(spans, "Traced");
    assertThat(root.getParentSpanContext().isValid()).isFalse();
    assertThat(root.getTraceId()).isEqualTo(SpanIds.traceId(execution.executionArn()));
    assertThat(root.getAttributes().get(TraceAttributes.EXECUTION_ARN))
        .isEqualTo(execution.executionArn());
    assertThat(root.getAttributes().get(TraceAttributes.STATE_MACHINE_ARN))
        .isEqualTo(MACHINES + "Traced");
    assertThat(spans).extracting(SpanData::getTraceId).containsOnly(root.getTraceId());
    SpanData call = byName(spans, "Call");
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(call.getAttributes().get(TraceAttributes.CAUSE)).isEqualTo("Boom");
    assertThat(call.getAttributes().get(TraceAttributes.STATE_TYPE)).isEqualTo("Task");
    // The HTTP task ran in its attempt's context: the very span exported later.
    SpanData attempt = byName(spans, HTTP);
    assertThat(seenByTasks)
        .singleElement()
        .satisfies(context -> {
          assertThat(context.getTraceId()).isEqualTo(attempt.getTraceId());
          assertThat(context.getSpanId()).isEqualTo(attempt.getSpanId());
        });
    for (SpanData span : spans) {
      assertThat(span.getEndEpochNanos()).isGreaterThanOrEqualTo(span.getStartEpochNanos());
    }
    assertThat(tracing.openExecutions()).isZero();
  }

  @Test
  void aFailedExecutionEndsItsOpenStatesWithItsError() throws Exception {
    run(
        "Traced",
        "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Bad\",\"Cause\":\"why\"}}}",
        null);

    List<SpanData> spans = spans(2);
    assertThat(tree(spans))
        .isEqualTo(
            """
            Traced [INTERNAL] status=FAILED error=Bad
              F [INTERNAL] Fail error=Bad
            """);
    assertThat(byName(spans, "Traced").getStatus().getDescription()).isEqualTo("Bad");
  }

  @Test
  void theTraceIdAndParentComeFromAnXRayHeader() throws Exception {
    run(
        "Traced",
        PASS,
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");

    List<SpanData> spans = spans(2);
    assertThat(spans)
        .extracting(SpanData::getTraceId)
        .containsOnly("5759e988bd862e3fe1be46a994272793");
    SpanData root = byName(spans, "Traced");
    assertThat(root.getParentSpanId()).isEqualTo("53995c3f42cd8ad8");
    assertThat(root.getParentSpanContext().isRemote()).isTrue();
  }

  @Test
  void theTraceIdAndParentComeFromAW3cHeader() throws Exception {
    run("Traced", PASS, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

    List<SpanData> spans = spans(2);
    assertThat(spans)
        .extracting(SpanData::getTraceId)
        .containsOnly("0af7651916cd43dd8448eb211c80319c");
    assertThat(byName(spans, "Traced").getParentSpanId()).isEqualTo("b7ad6b7169203331");
  }

  @Test
  void aHeaderThatIsNotSampledLeavesTheExecutionOut() throws Exception {
    run("Traced", PASS, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00");
    run("Traced", PASS, "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0");

    Thread.sleep(200);
    assertThat(exporter.getFinishedSpanItems()).isEmpty();
  }

  @Test
  void stateMachinesWithoutTracingMakeNoSpans() throws Exception {
    run("Untraced", TREE, null);

    Thread.sleep(200);
    assertThat(exporter.getFinishedSpanItems()).isEmpty();
    assertThat(tracing.openExecutions()).isZero();
  }

  private ExecutionRecord run(String machine, String definition, String traceHeader)
      throws Exception {
    ExecutionRecord execution =
        runtime.start(
            new StartRequest(
                MACHINES + machine,
                definition,
                StateMachineType.STANDARD,
                "e-" + System.nanoTime(),
                Json.parse("{\"items\":[1,2]}"),
                null,
                false,
                traceHeader,
                null));
    runtime.awaitEnd(execution.executionArn(), Duration.ofSeconds(20));
    return execution;
  }

  /**
   * The exported spans once there are this many (listeners hear a step just after it is durable).
   */
  private List<SpanData> spans(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (exporter.getFinishedSpanItems().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(50); // Nothing more should come.
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans).hasSize(count);
    return spans;
  }

  private static SpanData byName(List<SpanData> spans, String name) {
    return spans.stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
  }

  /** The spans as an indented tree, children sorted by name: parents found by their ids. */
  static String tree(List<SpanData> spans) {
    Map<String, SpanData> byId =
        spans.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
    StringBuilder out = new StringBuilder();
    spans.stream()
        .filter(s -> !byId.containsKey(s.getParentSpanId()))
        .sorted(Comparator.comparing(SpanData::getName))
        .forEach(root -> render(root, spans, 0, out));
    return out.toString();
  }

  private static void render(SpanData span, List<SpanData> spans, int depth, StringBuilder out) {
    List<String> parts = new ArrayList<>();
    parts.add(span.getName() + " [" + span.getKind() + "]");
    String type = span.getAttributes().get(TraceAttributes.STATE_TYPE);
    if (type != null) {
      parts.add(type);
    }
    String status = span.getAttributes().get(TraceAttributes.EXECUTION_STATUS);
    if (status != null) {
      parts.add("status=" + status);
    }
    Long attempt = span.getAttributes().get(TraceAttributes.TASK_ATTEMPT);
    if (attempt != null) {
      parts.add("attempt=" + attempt);
    }
    String error = span.getAttributes().get(TraceAttributes.ERROR);
    if (error != null) {
      parts.add("error=" + error);
    }
    out.append("  ".repeat(depth)).append(String.join(" ", parts)).append('\n');
    spans.stream()
        .filter(s -> s.getParentSpanId().equals(span.getSpanId()))
        .sorted(Comparator.comparing(SpanData::getName).thenComparing(SpanData::getStartEpochNanos))
        .forEach(child -> render(child, spans, depth + 1, out));
  }
}
