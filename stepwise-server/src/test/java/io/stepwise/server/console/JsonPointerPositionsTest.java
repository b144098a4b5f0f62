package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.server.console.JsonPointerPositions.Position;
import org.junit.jupiter.api.Test;

class JsonPointerPositionsTest {
  private static final String DEFINITION =
      """
      {
        "StartAt": "Choose",
        "States": {
          "Choose": {
            "Type": "Choice",
            "Choices": [
              {"Variable": "$.x", "IsPresent": true, "Next": "Done"},
              {
                "Variable": "$.y",
                "IsPresent": true,
                "Next": "Nowhere"
              }
            ],
            "Default": "Done"
          },
          "a/b~c": {"Type": "Succeed"},
          "Done": {"Type": "Succeed"}
        }
      }
      """;

  private final JsonPointerPositions positions = JsonPointerPositions.of(DEFINITION);

  @Test
  void aMemberIsAtItsName() {
    assertThat(positions.find("/StartAt")).contains(new Position(2, 3));
    assertThat(positions.find("/States/Choose/Default")).contains(new Position(14, 7));
  }

  @Test
  void theRootIsWhereTheTextStarts() {
    assertThat(positions.find("/")).contains(new Position(1, 1));
    assertThat(positions.find("")).contains(new Position(1, 1));
  }

  @Test
  void arrayElementsAreFoundInAwsFormAndInRfcForm() {
    assertThat(positions.find("/States/Choose/Choices[1]")).contains(new Position(8, 9));
    assertThat(positions.find("/States/Choose/Choices[1]/Next")).contains(new Position(11, 11));
    assertThat(positions.find("/States/Choose/Choices/1/Next")).contains(new Position(11, 11));
    assertThat(positions.find("/States/Choose/Choices[0]/Next")).contains(new Position(7, 48));
  }

  @Test
  void namesWithSlashesAndTildesAreEscapedAsRfc6901Says() {
    assertThat(positions.find("/States/a~1b~0c")).contains(new Position(16, 5));
  }

  @Test
  void somethingMissingIsPlacedAtTheNearestThingOnTheWay() {
    assertThat(positions.find("/States/Done/Next")).contains(new Position(17, 5));
    assertThat(positions.find("/States/Choose/Choices[7]/Next")).contains(new Position(6, 7));
  }

  @Test
  void jacksonsLocationIsReadFromItsText() {
    String location = "[Source: (String)\"{\"; line: 3, column: 14]";
    assertThat(positions.find(location)).contains(new Position(3, 14));
  }

  @Test
  void noLocationHasNoPlace() {
    assertThat(positions.find(null)).isEmpty();
    assertThat(positions.find("somewhere")).isEmpty();
  }

  @Test
  void brokenJsonIsPlacedWhereJacksonStopped() {
    JsonPointerPositions broken =
        JsonPointerPositions.of("{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": ]\n}");

    assertThat(broken.syntaxError()).contains(new Position(4, 10));
    assertThat(broken.find("/")).contains(new Position(1, 1));
    assertThat(positions.syntaxError()).isEmpty();
  }

  @Test
  void windowsLineBreaksCountOnce() {
    JsonPointerPositions crlf = JsonPointerPositions.of("{\r\n  \"A\": 1,\r\n  \"B\": 2\r\n}");

    assertThat(crlf.find("/B")).contains(new Position(3, 3));
  }
}
