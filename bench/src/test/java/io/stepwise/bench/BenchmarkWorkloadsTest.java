package io.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.run.ExecutionStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark's workload runs once and does what it claims, so that the figures measure real
 * work. The benchmarks themselves only run from {@code benchmarks.jar}, never in the build.
 */
class BenchmarkWorkloadsTest {

  @Test
  void passChainPassesItsInputThroughEveryState() throws Exception {
    for (int states : new int[] {1, 10}) {
      PassChainBenchmark bench = new PassChainBenchmark();
      bench.states = states;
      bench.setUp();
      assertThat(bench.execute().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(bench.parseAndExecute().output())
          .isEqualTo(Workloads.json(PassChainBenchmark.INPUT));
    }
  }

  @Test
  void passChainHistoryHasAnEnteredAndExitedEventPerState() {
    PassChainBenchmark bench = new PassChainBenchmark();
    bench.states = 10;
    bench.history = true;
    bench.setUp();
    // ExecutionStarted, 10 × (PassStateEntered, PassStateExited), ExecutionSucceeded.
    assertThat(bench.execute().history()).hasSize(22);

    bench.history = false;
    assertThat(bench.execute().history()).isEmpty();
    assertThat(bench.execute().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void inlineMapShapesEveryItem() {
    InlineMapBenchmark bench = new InlineMapBenchmark();
    bench.setUp();
    assertThat(bench.execute().output())
        .isEqualTo(InlineMapBenchmark.expectedOutput(InlineMapBenchmark.ITEMS));
  }

  @Test
  void choiceLoopCountsToOneHundred() {
    ChoiceLoopBenchmark bench = new ChoiceLoopBenchmark();
    bench.setUp();
    assertThat(bench.execute().output().get("count").asInt()).isEqualTo(ChoiceLoopBenchmark.LIMIT);
  }

  @Test
  void intrinsicStatesComputeEveryField() {
    IntrinsicBenchmark bench = new IntrinsicBenchmark();
    bench.setUp();
    JsonNode out = bench.execute().output();
    assertThat(out.at("/strings/greeting").asText())
        .isEqualTo("Hello Ada Lovelace, your order o-1001 has 4 lines");
    assertThat(out.at("/strings/tags")).hasSize(4);
    assertThat(out.at("/arrays/range")).hasSize(20);
    assertThat(out.at("/arrays/count").asInt()).isEqualTo(6);
    assertThat(out.at("/objects/merged/tier").asText()).isEqualTo("platinum");
    assertThat(out.at("/objects/parsed/currency").asText()).isEqualTo("EUR");
    assertThat(out.at("/hashes/md5").asText()).hasSize(32);
    assertThat(out.at("/arithmetic/decoded").asText()).isEqualTo("Ada Lovelace");
  }

  @Test
  void jsonataStatesComputeTheSummary() {
    JsonataBenchmark bench = new JsonataBenchmark();
    bench.setUp();
    JsonNode out = bench.execute().output();
    assertThat(out.get("customer").asText()).isEqualTo("ADA LOVELACE");
    assertThat(out.get("total").asInt()).isEqualTo(420);
    assertThat(out.get("average").asInt()).isEqualTo(21);
    assertThat(out.get("label").asText()).isEqualTo("sku-16-sku-17-sku-18-sku-19-sku-20");
    assertThat(out.get("city").asText()).isEqualTo("London");
  }

  @Test
  void languageMicroBenchmarksEvaluate() throws Exception {
    LanguageMicroBenchmark bench = new LanguageMicroBenchmark();
    bench.setUp();
    assertThat(bench.parseAndValidate().startAt()).isEqualTo("Validate");
    assertThat(bench.jsonPathSimple().asText()).isEqualTo("London");
    assertThat(bench.jsonPathFilter()).hasSize(3);
    assertThat(bench.payloadTemplate().get("label").asText()).isEqualTo("o-1001 (Ada Lovelace)");
    assertThat(bench.payloadTemplate().get("execution").asText()).isEqualTo("bench-1");
    assertThat(bench.jsonataExpression().asDouble()).isCloseTo(212.31, offset(1e-6));
    LanguageMicroBenchmark.OtherCompiledLast other = new LanguageMicroBenchmark.OtherCompiledLast();
    other.setUp();
    assertThat(bench.jsonataExpressionNotLastCompiled(other).asDouble())
        .isCloseTo(212.31, offset(1e-6));
  }

  @Test
  void sideBySideWorkloadsGiveTheirExpectedOutputs() throws Exception {
    // The files bench/run.sh gives both engines; the module's directory is the working directory.
    Path dir = Path.of("workloads");
    assertThat(WarmThroughput.names(dir))
        .containsExactly("choice-loop", "inline-map", "intrinsics", "parallel", "pass-chain");
    for (String name : WarmThroughput.names(dir)) {
      JsonNode measured = WarmThroughput.measure(dir, name, 0, 0);
      assertThat(measured.get("outputMatchesExpected").asBoolean()).as(name).isTrue();
    }
  }
}
