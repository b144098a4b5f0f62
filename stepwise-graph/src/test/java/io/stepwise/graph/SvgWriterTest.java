package io.stepwise.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The SVG: well-formed, self-contained, with the classes and data attributes the console uses. */
class SvgWriterTest {

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static List<Element> elements(Document document, String tag) {
    NodeList list = document.getElementsByTagName(tag);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      result.add((Element) list.item(i));
    }
    return result;
  }

  private static Element state(Document document, String name) {
    return elements(document, "g").stream()
        .filter(g -> name.equals(g.getAttribute("data-state")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no state " + name));
  }

  @Test
  void isASelfContainedSvgDocument() throws Exception {
    String svg = StateMachineGraph.of(Definitions.CHOICE_AND_CATCH).toSvg(StateStatuses.none());
    Element root = parse(svg).getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("viewBox")).matches("-?[\\d.]+ -?[\\d.]+ [\\d.]+ [\\d.]+");
    assertThat(root.getAttribute("width")).isNotEmpty();
    assertThat(root.getAttribute("height")).isNotEmpty();
    assertThat(elements(root.getOwnerDocument(), "style"))
        .singleElement()
        .satisfies(s -> assertThat(s.getTextContent()).contains("system-ui, sans-serif"));
  }

  @Test
  void statesCarryTheirTypeStatusAndAccessibleName() throws Exception {
    StateStatuses statuses =
        StateStatuses.of(Map.of("Check", StateStatus.SUCCEEDED, "Work", StateStatus.CAUGHT));
    Document document = parse(StateMachineGraph.of(Definitions.CHOICE_AND_CATCH).toSvg(statuses));

    Element work = state(document, "Work");
    assertThat(work.getAttribute("class")).isEqualTo("sw-state sw-type-task sw-status-caught");
    assertThat(work.getAttribute("data-type")).isEqualTo("Task");
    assertThat(work.getAttribute("data-status")).isEqualTo("CAUGHT");
    assertThat(work.getAttribute("tabindex")).isEqualTo("0");
    assertThat(work.getAttribute("role")).isEqualTo("button");
    assertThat(work.getAttribute("aria-label")).isEqualTo("Work, Task, caught");
    assertThat(state(document, "Wait a bit").getAttribute("aria-label"))
        .isEqualTo("Wait a bit, Wait, not reached");
    assertThat(state(document, "Check").getElementsByTagName("polygon").getLength()).isEqualTo(1);
    assertThat(state(document, "Broken").getAttribute("class"))
        .isEqualTo("sw-state sw-type-fail sw-status-not-reached");
  }

  @Test
  void edgesHaveKindsArrowsAndLabels() throws Exception {
    Document document =
        parse(StateMachineGraph.of(Definitions.CHOICE_AND_CATCH).toSvg(StateStatuses.none()));

    List<String> classes =
        elements(document, "path").stream()
            .map(p -> p.getAttribute("class"))
            .filter(c -> c.startsWith("sw-edge"))
            .toList();
    assertThat(classes)
        .contains(
            "sw-edge sw-edge-next",
            "sw-edge sw-edge-choice",
            "sw-edge sw-edge-default",
            "sw-edge sw-edge-catch")
        .hasSize(9);
    assertThat(elements(document, "path"))
        .filteredOn(p -> p.getAttribute("class").startsWith("sw-edge "))
        .allSatisfy(p -> assertThat(p.getAttribute("marker-end")).isEqualTo("url(#sw-arrow)"));
    assertThat(elements(document, "text"))
        .filteredOn(t -> t.getAttribute("class").equals("sw-edge-label"))
        .extracting(Element::getTextContent)
        .containsExactlyInAnyOrder(
            "$.x == 3",
            "$.a > 10 and $.b is present",
            "Default",
            "States.Timeout, States.TaskFailed");
    assertThat(elements(document, "text"))
        .extracting(Element::getTextContent)
        .contains("Start", "End");
  }

  @Test
  void containersHoldTheirBranchesAndComeBeforeTheirChildren() throws Exception {
    String svg = StateMachineGraph.of(Definitions.NESTED).toSvg(StateStatuses.none());
    Document document = parse(svg);

    assertThat(state(document, "Fan out").getAttribute("class"))
        .isEqualTo("sw-state sw-type-parallel sw-container sw-status-not-reached");
    assertThat(state(document, "Each").getAttribute("class")).contains("sw-container");
    assertThat(elements(document, "g"))
        .filteredOn(g -> g.getAttribute("class").equals("sw-branch-box"))
        .extracting(g -> g.getAttribute("data-branch"))
        .containsExactly("Branch 1", "Branch 2");
    assertThat(svg.indexOf("data-state=\"Fan out\""))
        .isLessThan(svg.indexOf("data-state=\"Left\""));
  }

  @Test
  void namesAreEscapedAndLongOnesCutWithTheFullNameInTheTitle() throws Exception {
    String name = "A <very> \"long\" & 'odd' state name that goes on";
    String definition =
        "{\"StartAt\":\""
            + name.replace("\"", "\\\"")
            + "\",\"States\":{\""
            + name.replace("\"", "\\\"")
            + "\":{\"Type\":\"Pass\",\"End\":true}}}";
    Document document = parse(StateMachineGraph.of(definition).toSvg(StateStatuses.none()));

    Element state = state(document, name);
    assertThat(state.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(name);
    String drawn = state.getElementsByTagName("text").item(0).getTextContent();
    assertThat(drawn).endsWith("…").hasSizeLessThanOrEqualTo(NodeSizes.MAX_NAME);
    assertThat(name).startsWith(drawn.substring(0, drawn.length() - 1));
  }

  @Test
  void theSameGraphGivesTheSameBytes() {
    StateStatuses statuses = StateStatuses.of(Map.of("Item", StateStatus.FAILED));
    String first = StateMachineGraph.of(Definitions.NESTED).toSvg(statuses);
    String second = StateMachineGraph.of(Definitions.NESTED).toSvg(statuses);

    assertThat(second).isEqualTo(first);
  }
}
