package io.stepwise.server.console;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each member and element of a JSON text is, by JSON pointer, so that the editor can take a
 * diagnostic's location ({@code /States/Foo/Next}) to its line and column in the text the user
 * typed. AWS writes array elements as {@code /Choices[0]}; RFC 6901's {@code /Choices/0} is found
 * too. A member is placed at its name, an array element at its value.
 *
 * <p>A text that is not JSON has no pointers; its place is where Jackson stopped reading, which is
 * also what the {@code [Source: ...; line: L, column: C]} location of a syntax diagnostic says.
 */
public final class JsonPointerPositions {
  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern JACKSON_LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");

  /** A place in the text: both numbers start at 1, as editors count them. */
  public record Position(int line, int column) {}

  private final Map<String, Position> positions;
  private final Position syntaxError;

  private JsonPointerPositions(Map<String, Position> positions, Position syntaxError) {
    this.positions = positions;
    this.syntaxError = syntaxError;
  }

  /** Reads a text once and remembers where everything in it is. */
  public static JsonPointerPositions of(String text) {
    Map<String, Position> found = new HashMap<>();
    try (JsonParser parser = JSON.createParser(text == null ? "" : text)) {
      new Walk(parser, found).run();
      return new JsonPointerPositions(found, null);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      Position position =
          where == null ? new Position(1, 1) : new Position(where.getLineNr(), where.getColumnNr());
      return new JsonPointerPositions(found, position);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String reader does not fail
    }
  }

  /** Where the text stopped being JSON, or empty when it is JSON. */
  public Optional<Position> syntaxError() {
    return Optional.ofNullable(syntaxError);
  }

  /**
   * Where a diagnostic's location is: a JSON pointer ({@code /} is the whole text, as AWS writes
   * it), or Jackson's {@code line: L, column: C}. A pointer to something the text lacks (a missing
   * {@code Next}) is placed at the nearest thing it has on the way there.
   */
  public Optional<Position> find(String location) {
    if (location == null) {
      return Optional.empty();
    }
    Matcher jackson = JACKSON_LOCATION.matcher(location);
    if (jackson.find()) {
      return Optional.of(
          new Position(Integer.parseInt(jackson.group(1)), Integer.parseInt(jackson.group(2))));
    }
    if (!location.isEmpty() && !location.startsWith("/")) {
      return Optional.empty();
    }
    String pointer = location.equals("/") ? "" : location;
    while (true) {
      Position position = positions.get(pointer);
      if (position != null) {
        return Optional.of(position);
      }
      if (pointer.isEmpty()) {
        return Optional.ofNullable(syntaxError);
      }
      pointer = parent(pointer);
    }
  }

  /** The pointer one step up: {@code /A/B[2]} is in {@code /A/B}, which is in {@code /A}. */
  private static String parent(String pointer) {
    if (pointer.endsWith("]")) {
      int open = pointer.lastIndexOf('[');
      int slash = pointer.lastIndexOf('/');
      if (open > slash) {
        return pointer.substring(0, open);
      }
    }
    return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
  }

  /** One pass over the tokens, with the pointers of the containers it is in. */
  private static final class Walk {
    private final JsonParser parser;
    private final Map<String, Position> found;
    private final Deque<Container> open = new ArrayDeque<>();
    private Container member; // the pointers of the member whose name was just read

    Walk(JsonParser parser, Map<String, Position> found) {
      this.parser = parser;
      this.found = found;
    }

    void run() throws IOException {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          Container object = open.peek();
          String name = escape(parser.currentName());
          member = new Container(object.aws + "/" + name, object.rfc + "/" + name, false);
          place(member, here());
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          open.pop();
        } else {
          Container value = value();
          if (token == JsonToken.START_OBJECT) {
            open.push(value);
          } else if (token == JsonToken.START_ARRAY) {
            open.push(new Container(value.aws, value.rfc, true));
          }
        }
      }
    }

    /** The pointers of the value just read, placed where it starts when nothing placed it. */
    private Container value() {
      Container parent = open.peek();
      Container value;
      if (parent == null) {
        value = new Container("", "", false);
      } else if (parent.array) {
        int index = parent.next++;
        value = new Container(parent.aws + "[" + index + "]", parent.rfc + "/" + index, false);
      } else {
        value = member;
      }
      place(value, here());
      return value;
    }

    private void place(Container pointers, Position position) {
      found.putIfAbsent(pointers.aws, position);
      found.putIfAbsent(pointers.rfc, position);
    }

    private Position here() {
      JsonLocation location = parser.currentTokenLocation();
      return new Position(location.getLineNr(), location.getColumnNr());
    }

    private static String escape(String name) {
      return name.replace("~", "~0").replace("/", "~1");
    }
  }

  /** The two spellings of a container's pointer, and the index of an array's next element. */
  private static final class Container {
    final String aws;
    final String rfc;
    final boolean array;
    int next;

    Container(String aws, String rfc, boolean array) {
      this.aws = aws;
      this.rfc = rfc;
      this.array = array;
    }
  }
}
