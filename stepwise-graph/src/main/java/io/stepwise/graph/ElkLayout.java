package io.stepwise.graph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a graph out with Eclipse ELK's layered algorithm, top to bottom as AWS draws state machines,
 * with Parallel branches and Map processors as nested boxes laid out together with the rest
 * (hierarchy handling INCLUDE_CHILDREN). Plain Java: no Eclipse runtime is needed, only the layered
 * algorithm's options registered once.
 */
final class ElkLayout {
  static {
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private final Map<String, ElkNode> nodes = new LinkedHashMap<>();
  private final Map<String, ElkNode> scopes = new LinkedHashMap<>();
  private final List<Map.Entry<GraphEdge, ElkEdge>> edges = new ArrayList<>();

  private ElkLayout() {}

  static Layout layout(GraphScope root) {
    return new ElkLayout().run(root);
  }

  private Layout run(GraphScope root) {
    ElkNode graph = ElkGraphUtil.createGraph();
    graph.setIdentifier("root");
    compound(graph, new ElkPadding(16));
    addScope(graph, root);
    new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
    return read(graph);
  }

  /** Options of every node that holds others: the root, containers and branch boxes. */
  private static void compound(ElkNode node, ElkPadding padding) {
    node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    node.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
    node.setProperty(CoreOptions.PADDING, padding);
    node.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
    node.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
    node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
    node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
    node.setProperty(
        LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
    node.setProperty(CoreOptions.RANDOM_SEED, 1);
  }

  private void addScope(ElkNode parent, GraphScope scope) {
    for (GraphNode node : scope.nodes()) {
      ElkNode elk = ElkGraphUtil.createNode(parent);
      elk.setIdentifier(node.id());
      nodes.put(node.id(), elk);
      if (node.isMarker()) {
        elk.setDimensions(NodeSizes.MARKER_WIDTH, NodeSizes.MARKER_HEIGHT);
      } else if (!node.isContainer()) {
        elk.setDimensions(NodeSizes.stateWidth(node.name(), node.type()), NodeSizes.STATE_HEIGHT);
      } else {
        double pad = NodeSizes.CONTAINER_PADDING;
        compound(elk, new ElkPadding(NodeSizes.CONTAINER_HEADER, pad, pad, pad));
        minimumSize(elk, NodeSizes.stateWidth(node.name(), node.type()) + 2 * pad);
        for (GraphScope nested : node.scopes()) {
          if (nested.boxed()) {
            ElkNode box = ElkGraphUtil.createNode(elk);
            box.setIdentifier(nested.id());
            scopes.put(nested.id(), box);
            compound(box, new ElkPadding(NodeSizes.BRANCH_HEADER, pad, pad, pad));
            minimumSize(box, NodeSizes.MIN_STATE_WIDTH);
            addScope(box, nested);
          } else {
            addScope(elk, nested);
          }
        }
      }
    }
    for (GraphEdge edge : scope.edges()) {
      ElkEdge elk = ElkGraphUtil.createEdge(parent);
      elk.getSources().add(nodes.get(edge.from()));
      elk.getTargets().add(nodes.get(edge.to()));
      if (edge.label() != null) {
        ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elk);
        label.setDimensions(NodeSizes.edgeLabelWidth(edge.label()), NodeSizes.LABEL_HEIGHT);
        label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      }
      edges.add(Map.entry(edge, elk));
    }
  }

  private static void minimumSize(ElkNode node, double width) {
    node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
    node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, NodeSizes.STATE_HEIGHT));
  }

  private Layout read(ElkNode graph) {
    Map<ElkNode, KVector> origins = new HashMap<>();
    Map<String, Box> nodeBoxes = new LinkedHashMap<>();
    nodes.forEach((id, elk) -> nodeBoxes.put(id, box(elk, origins)));
    Map<String, Box> scopeBoxes = new LinkedHashMap<>();
    scopes.forEach((id, elk) -> scopeBoxes.put(id, box(elk, origins)));
    List<Layout.Route> routes = new ArrayList<>();
    for (Map.Entry<GraphEdge, ElkEdge> entry : edges) {
      routes.add(route(entry.getKey(), entry.getValue(), origins));
    }
    return new Layout(nodeBoxes, scopeBoxes, routes, graph.getWidth(), graph.getHeight());
  }

  private static Box box(ElkNode node, Map<ElkNode, KVector> origins) {
    KVector origin = origin(node.getParent(), origins);
    return new Box(
        origin.x + node.getX(), origin.y + node.getY(), node.getWidth(), node.getHeight());
  }

  /** The absolute position of a node's top-left corner, from which its children are placed. */
  private static KVector origin(ElkNode node, Map<ElkNode, KVector> origins) {
    if (node == null || node.getParent() == null) {
      return new KVector(0, 0);
    }
    KVector known = origins.get(node);
    if (known != null) {
      return known;
    }
    KVector parent = origin(node.getParent(), origins);
    KVector origin = new KVector(parent.x + node.getX(), parent.y + node.getY());
    origins.put(node, origin);
    return origin;
  }

  /** Edge sections and labels are placed relative to the edge's containing node. */
  private static Layout.Route route(GraphEdge edge, ElkEdge elk, Map<ElkNode, KVector> origins) {
    KVector origin = origin(elk.getContainingNode(), origins);
    List<Layout.Point> points = new ArrayList<>();
    for (ElkEdgeSection section : elk.getSections()) {
      points.add(new Layout.Point(origin.x + section.getStartX(), origin.y + section.getStartY()));
      for (ElkBendPoint bend : section.getBendPoints()) {
        points.add(new Layout.Point(origin.x + bend.getX(), origin.y + bend.getY()));
      }
      points.add(new Layout.Point(origin.x + section.getEndX(), origin.y + section.getEndY()));
    }
    Box label = null;
    if (!elk.getLabels().isEmpty()) {
      ElkLabel elkLabel = elk.getLabels().get(0);
      label =
          new Box(
              origin.x + elkLabel.getX(),
              origin.y + elkLabel.getY(),
              elkLabel.getWidth(),
              elkLabel.getHeight());
    }
    return new Layout.Route(edge, points, label);
  }
}
