package io.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.jsonata.JsonataExpression;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.path.PathExpression;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.asl.validate.DefinitionValidator;
import io.stepwise.asl.validate.Diagnostic;
import io.stepwise.asl.validate.ValidationOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The language pieces one at a time, without the interpreter: validating and compiling a
 * definition, evaluating JSONPath paths (the hand-written fast path and Jayway's filters), a
 * payload template and a JSONata expression.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class LanguageMicroBenchmark {

  /**
   * A medium definition (14 states): tasks with Retry and Catch, a Choice with compound rules, an
   * inline Map, a Parallel, a Wait, payload templates with paths and intrinsic calls.
   */
  public static final String MEDIUM_DEFINITION =
      """
      {
        "Comment": "Order fulfilment",
        "StartAt": "Validate",
        "States": {
          "Validate": {
            "Type": "Task",
            "Resource": "arn:aws:lambda:us-east-1:123456789012:function:validate-order",
            "Parameters": {"orderId.$": "$.orderId", "lines.$": "$.lines", "requestedAt.$": "$$.Execution.StartTime"},
            "ResultSelector": {"valid.$": "$.valid", "total.$": "$.total"},
            "ResultPath": "$.validation",
            "Retry": [{"ErrorEquals": ["Lambda.ServiceException", "Lambda.TooManyRequestsException"], "IntervalSeconds": 1, "MaxAttempts": 3, "BackoffRate": 2.0}],
            "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Rejected"}],
            "Next": "Route"
          },
          "Route": {
            "Type": "Choice",
            "Choices": [
              {"Not": {"Variable": "$.validation.valid", "BooleanEquals": true}, "Next": "Rejected"},
              {"And": [
                {"Variable": "$.validation.total", "NumericGreaterThan": 1000},
                {"Variable": "$.customer.tier", "StringEquals": "gold"}
              ], "Next": "ManualReview"},
              {"Variable": "$.customer.country", "StringMatches": "U*", "Next": "Fulfil"}
            ],
            "Default": "Fulfil"
          },
          "ManualReview": {
            "Type": "Task",
            "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/review", "MessageBody": {"token.$": "$$.Task.Token", "orderId.$": "$.orderId"}},
            "TimeoutSeconds": 86400,
            "ResultPath": "$.review",
            "Next": "Fulfil"
          },
          "Fulfil": {
            "Type": "Parallel",
            "Branches": [
              {
                "StartAt": "ReserveLines",
                "States": {
                  "ReserveLines": {
                    "Type": "Map",
                    "ItemsPath": "$.lines",
                    "MaxConcurrency": 5,
                    "ItemSelector": {"sku.$": "$$.Map.Item.Value.sku", "index.$": "$$.Map.Item.Index"},
                    "ItemProcessor": {
                      "ProcessorConfig": {"Mode": "INLINE"},
                      "StartAt": "Reserve",
                      "States": {
                        "Reserve": {
                          "Type": "Task",
                          "Resource": "arn:aws:lambda:us-east-1:123456789012:function:reserve",
                          "Retry": [{"ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 2}],
                          "End": true
                        }
                      }
                    },
                    "End": true
                  }
                }
              },
              {
                "StartAt": "Charge",
                "States": {
                  "Charge": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": {"FunctionName": "charge", "Payload": {"amount.$": "$.validation.total", "key.$": "States.Format('{}-{}', $.orderId, $$.Execution.Name)"}},
                    "OutputPath": "$.Payload",
                    "End": true
                  }
                }
              }
            ],
            "ResultPath": "$.fulfilment",
            "Next": "WaitForCarrier"
          },
          "WaitForCarrier": {"Type": "Wait", "Seconds": 30, "Next": "Ship"},
          "Ship": {
            "Type": "Task",
            "Resource": "arn:aws:lambda:us-east-1:123456789012:function:ship",
            "InputPath": "$.fulfilment",
            "TimeoutSeconds": 60,
            "HeartbeatSeconds": 10,
            "Next": "Notify"
          },
          "Notify": {
            "Type": "Pass",
            "Parameters": {"message.$": "States.Format('Order {} shipped', $.orderId)", "channels": ["email", "sms"]},
            "Next": "Shipped"
          },
          "Shipped": {"Type": "Succeed"},
          "Rejected": {
            "Type": "Fail",
            "Error": "OrderRejected",
            "Cause": "The order did not pass validation"
          }
        }
      }
      """;

  /** The state input the expression benchmarks evaluate against. */
  public static final String DOCUMENT =
      """
      {
        "order": {
          "id": "o-1001",
          "customer": {"name": "Ada Lovelace", "address": {"street": "12 St James's Square", "city": "London"}},
          "lines": [
            {"sku": "sku-1", "price": 4.5, "quantity": 2},
            {"sku": "sku-2", "price": 12.0, "quantity": 1},
            {"sku": "sku-3", "price": 25.0, "quantity": 3},
            {"sku": "sku-4", "price": 8.0, "quantity": 5},
            {"sku": "sku-5", "price": 99.9, "quantity": 1}
          ]
        }
      }
      """;

  public static final String TEMPLATE =
      """
      {
        "orderId.$": "$.order.id",
        "city.$": "$.order.customer.address.city",
        "firstSku.$": "$.order.lines[0].sku",
        "execution.$": "$$.Execution.Name",
        "label.$": "States.Format('{} ({})', $.order.id, $.order.customer.name)",
        "shipping": {"carrier": "post", "tracked": true, "reference.$": "$.order.id"},
        "flags": ["priority", "gift"]
      }
      """;

  public static final String JSONATA =
      "$sum($states.input.order.lines.(price * quantity)) * (1 - $discount)";

  private BenchContext context;
  private PathExpression simplePath;
  private PathExpression filterPath;
  private PayloadTemplate template;
  private JsonataExpression jsonata;

  @Setup
  public void setUp() {
    Workloads.parse(MEDIUM_DEFINITION); // fails loudly if the definition has an error
    context =
        new BenchContext(
            Workloads.json(DOCUMENT),
            Workloads.json("{\"Execution\": {\"Name\": \"bench-1\"}}"),
            Map.of("discount", Workloads.json("0.1")));
    simplePath = PathExpression.compile("$.order.customer.address.city");
    filterPath = PathExpression.compile("$.order.lines[?(@.price > 10)].sku");
    template = PayloadTemplate.compile(Workloads.json(TEMPLATE));
    jsonata = JsonataExpression.compile(JSONATA);
  }

  /** Validates the medium definition and compiles it into the model. */
  @Benchmark
  public StateMachine parseAndValidate() throws Exception {
    return DefinitionParser.parse(MEDIUM_DEFINITION, ValidationOptions.STANDARD);
  }

  /** Validation alone, without building the model. */
  @Benchmark
  public List<Diagnostic> validateOnly() {
    return DefinitionValidator.validate(MEDIUM_DEFINITION, ValidationOptions.STANDARD);
  }

  /** A definite path of plain field names. */
  @Benchmark
  public JsonNode jsonPathSimple() {
    return simplePath.evaluate(context);
  }

  /** An indefinite path with a filter expression. */
  @Benchmark
  public JsonNode jsonPathFilter() {
    return filterPath.evaluate(context);
  }

  /** A seven-field payload template with paths, an intrinsic call and literal parts. */
  @Benchmark
  public JsonNode payloadTemplate() {
    return template.evaluate(context);
  }

  /**
   * A JSONata expression mapping and summing over five lines, with a variable, evaluated on the
   * thread that compiled it last. dashjoin's per-thread instance is the last {@code Jsonata}
   * constructed on a thread, and each evaluation stores its frame there, so every evaluation of
   * that expression chains onto the previous one: lookups slow down and, after about ten thousand
   * evaluations, fail with a stack overflow (see docs/benchmarks.md). Kept as it is so that the
   * figure shows when this is fixed.
   */
  @Benchmark
  public JsonNode jsonataExpression() {
    return jsonata.evaluate(context);
  }

  /**
   * The same expression, compiled before another one so that it is not the thread's last: the
   * steady cost of one evaluation once the leak above is out of the way.
   */
  @Benchmark
  public JsonNode jsonataExpressionNotLastCompiled(OtherCompiledLast state) {
    return state.expression.evaluate(context);
  }

  /** Compiles the benchmarked expression, then another, on the benchmark thread. */
  @State(Scope.Thread)
  public static class OtherCompiledLast {
    JsonataExpression expression;

    @Setup
    public void setUp() {
      expression = JsonataExpression.compile(JSONATA);
      JsonataExpression.compile("0");
    }
  }
}
