package io.stepwise.graph;

import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.ErrorHandling;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.model.TaskState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the graph of a parsed state machine: a node per state (ids {@code s0, s1, ...} in
 * definition order, depth first), Start and End markers at the top level, and edges for {@code
 * Next}, Choice rules, {@code Default} and {@code Catch}.
 */
final class GraphBuilder {
  private int states;
  private int branches;

  /** Node ids by state name; names are unique in the whole state machine. */
  private final Map<String, String> ids = new HashMap<>();

  static GraphScope build(StateMachine machine) {
    return new GraphBuilder().top(machine);
  }

  private GraphScope top(StateMachine machine) {
    assignIds(machine);
    List<GraphNode> nodes = new ArrayList<>();
    List<GraphEdge> edges = new ArrayList<>();
    nodes.add(new GraphNode("start", GraphNode.START, GraphNode.START, List.of()));
    edges.add(new GraphEdge("start", ids.get(machine.startAt()), GraphEdge.Kind.NEXT, null));
    scopeContent(machine, true, nodes, edges);
    nodes.add(new GraphNode("end", GraphNode.END, GraphNode.END, List.of()));
    return new GraphScope("root", null, "start", nodes, edges);
  }

  /** Numbers every state first, so that edges can name states defined further down. */
  private void assignIds(StateMachine machine) {
    for (State state : machine.states().values()) {
      ids.put(state.name(), "s" + states++);
      for (StateMachine nested : nested(state)) {
        assignIds(nested);
      }
    }
  }

  private GraphScope scope(StateMachine machine, String label) {
    List<GraphNode> nodes = new ArrayList<>();
    List<GraphEdge> edges = new ArrayList<>();
    String id = "b" + branches++;
    scopeContent(machine, false, nodes, edges);
    return new GraphScope(id, label, ids.get(machine.startAt()), nodes, edges);
  }

  private void scopeContent(
      StateMachine machine, boolean topLevel, List<GraphNode> nodes, List<GraphEdge> edges) {
    for (State state : machine.states().values()) {
      String id = ids.get(state.name());
      nodes.add(new GraphNode(id, state.name(), state.typeName(), scopes(state)));
      if (state instanceof ChoiceState choice) {
        for (ChoiceState.Branch branch : choice.choices()) {
          edges.add(edge(id, branch.next(), GraphEdge.Kind.CHOICE, ChoiceLabels.of(branch)));
        }
        if (choice.defaultNext() != null) {
          edges.add(edge(id, choice.defaultNext(), GraphEdge.Kind.DEFAULT, "Default"));
        }
      } else if (state.next() != null) {
        edges.add(edge(id, state.next(), GraphEdge.Kind.NEXT, null));
      } else if (topLevel) {
        // End: true, Succeed and Fail end the execution; AWS draws them leading to End.
        edges.add(new GraphEdge(id, "end", GraphEdge.Kind.NEXT, null));
      }
      for (Catcher catcher : errorHandling(state).catchers()) {
        String errors = String.join(", ", catcher.errorEquals());
        edges.add(edge(id, catcher.next(), GraphEdge.Kind.CATCH, errors));
      }
    }
  }

  private GraphEdge edge(String from, String toName, GraphEdge.Kind kind, String label) {
    return new GraphEdge(from, ids.get(toName), kind, label);
  }

  private List<GraphScope> scopes(State state) {
    return switch (state) {
      case ParallelState parallel -> {
        List<GraphScope> result = new ArrayList<>();
        for (StateMachine branch : parallel.branches()) {
          result.add(scope(branch, "Branch " + (result.size() + 1)));
        }
        yield result;
      }
      // The processor's states sit in the Map's own box, as AWS draws them.
      case MapState map -> List.of(scope(map.processor(), null));
      default -> List.of();
    };
  }

  private static List<StateMachine> nested(State state) {
    return switch (state) {
      case ParallelState parallel -> parallel.branches();
      case MapState map -> List.of(map.processor());
      default -> List.of();
    };
  }

  private static ErrorHandling errorHandling(State state) {
    return switch (state) {
      case TaskState task -> task.errorHandling();
      case ParallelState parallel -> parallel.errorHandling();
      case MapState map -> map.errorHandling();
      default -> ErrorHandling.NONE;
    };
  }
}
