package io.stepwise.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ELK's layout: siblings apart, children inside their containers, top to bottom. */
class LayoutTest {

  @Test
  void siblingsDoNotOverlapAndChildrenStayInsideTheirContainer() {
    StateMachineGraph graph = StateMachineGraph.of(Definitions.NESTED);
    Layout layout = graph.layout();

    checkScope(graph.root(), layout, null);
  }

  @Test
  void flowsTopToBottom() {
    StateMachineGraph graph = StateMachineGraph.of(Definitions.CHOICE_AND_CATCH);
    Layout layout = graph.layout();

    assertThat(layout.nodes().get("start").bottom())
        .isLessThanOrEqualTo(layout.nodes().get("s0").y());
    assertThat(layout.nodes().get("end").y())
        .isGreaterThanOrEqualTo(layout.nodes().get("s2").bottom());
  }

  @Test
  void edgesStartAtTheirSourceAndEndAtTheirTarget() {
    StateMachineGraph graph = StateMachineGraph.of(Definitions.NESTED);
    Layout layout = graph.layout();

    for (Layout.Route route : layout.edges()) {
      Layout.Point first = route.points().get(0);
      Layout.Point last = route.points().get(route.points().size() - 1);
      assertThat(near(layout.nodes().get(route.edge().from()), first))
          .as("%s starts at its source", route.edge())
          .isTrue();
      assertThat(near(layout.nodes().get(route.edge().to()), last))
          .as("%s ends at its target", route.edge())
          .isTrue();
    }
  }

  @Test
  void aHundredStatesLayOut() {
    StringBuilder states = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      String next = i == 99 ? "\"End\": true" : "\"Next\": \"S" + (i + 1) + "\"";
      String type = i % 10 == 5 ? "Wait\", \"Seconds\": 1" : "Pass\"";
      states
          .append(i == 0 ? "" : ",")
          .append("\"S" + i + "\": {\"Type\": \"" + type + ", " + next + "}");
    }
    String definition = "{\"StartAt\": \"S0\", \"States\": {" + states + "}}";

    Layout layout = StateMachineGraph.of(definition).layout();

    assertThat(layout.nodes()).hasSize(102);
    assertThat(layout.height()).isGreaterThan(100 * NodeSizes.STATE_HEIGHT);
  }

  /** Whether a point lies on (or within a pixel of) a box. */
  private static boolean near(Box box, Layout.Point point) {
    return point.x() >= box.x() - 1
        && point.x() <= box.right() + 1
        && point.y() >= box.y() - 1
        && point.y() <= box.bottom() + 1;
  }

  private static void checkScope(GraphScope scope, Layout layout, Box container) {
    List<Box> siblings = new ArrayList<>();
    for (GraphNode node : scope.nodes()) {
      Box box = layout.nodes().get(node.id());
      assertThat(box.width()).isPositive();
      if (container != null) {
        assertThat(container.contains(box)).as("%s inside its container", node.name()).isTrue();
      }
      for (Box other : siblings) {
        assertThat(box.overlaps(other)).as("%s overlaps a sibling", node.name()).isFalse();
      }
      siblings.add(box);
      List<Box> branchBoxes = new ArrayList<>();
      for (GraphScope nested : node.scopes()) {
        Box inner = box;
        if (nested.boxed()) {
          inner = layout.scopes().get(nested.id());
          assertThat(box.contains(inner)).as("%s inside %s", nested.label(), node.name()).isTrue();
          for (Box other : branchBoxes) {
            assertThat(inner.overlaps(other)).as("branches overlap").isFalse();
          }
          branchBoxes.add(inner);
        }
        checkScope(nested, layout, inner);
      }
    }
  }
}
