package io.stepwise.asl.choice;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code StringMatches} pattern: {@code *} matches any run of characters (including none), {@code
 * \*} a literal asterisk and {@code \\} a literal backslash; every other character matches itself.
 *
 * <p>User patterns never reach a regex engine. The pattern is split at its wildcards into literal
 * segments: the first must be a prefix, the last a suffix, and the ones between are found left to
 * right, each at its earliest place, with a Knuth-Morris-Pratt search. Taking the earliest place is
 * always safe (it leaves the most room for what follows), so there is no backtracking and a match
 * costs time linear in the text and pattern lengths.
 */
public final class WildcardPattern {

  private final String source;

  /** The literal parts between wildcards; a pattern with k wildcards has k + 1, possibly empty. */
  private final List<String> segments;

  /** KMP failure tables, one per segment. */
  private final List<int[]> failures;

  private WildcardPattern(String source, List<String> segments) {
    this.source = source;
    this.segments = List.copyOf(segments);
    this.failures = new ArrayList<>(segments.size());
    for (String segment : segments) {
      failures.add(failureTable(segment));
    }
  }

  /**
   * Compiles a pattern. A backslash escapes the character after it; a backslash at the very end
   * stands for itself.
   */
  public static WildcardPattern compile(String pattern) {
    List<String> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        current.append(pattern.charAt(++i));
      } else if (c == '*') {
        segments.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    segments.add(current.toString());
    return new WildcardPattern(pattern, segments);
  }

  /** The pattern as written. */
  public String source() {
    return source;
  }

  /** Whether the whole of {@code text} matches the pattern. */
  public boolean matches(String text) {
    int last = segments.size() - 1;
    if (last == 0) {
      return text.equals(segments.get(0));
    }
    String prefix = segments.get(0);
    String suffix = segments.get(last);
    if (text.length() < prefix.length() + suffix.length()
        || !text.startsWith(prefix)
        || !text.endsWith(suffix)) {
      return false;
    }
    int from = prefix.length();
    int end = text.length() - suffix.length();
    for (int i = 1; i < last; i++) {
      int found = indexOf(text, from, end, segments.get(i), failures.get(i));
      if (found < 0) {
        return false;
      }
      from = found + segments.get(i).length();
    }
    return true;
  }

  /** Where {@code word} first occurs wholly inside {@code text[from, end)}, or -1. */
  private static int indexOf(String text, int from, int end, String word, int[] failure) {
    if (word.isEmpty()) {
      return from;
    }
    int matched = 0;
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      while (matched > 0 && word.charAt(matched) != c) {
        matched = failure[matched - 1];
      }
      if (word.charAt(matched) == c) {
        matched++;
      }
      if (matched == word.length()) {
        return i - matched + 1;
      }
    }
    return -1;
  }

  /** {@code failure[i]}: the length of the longest proper prefix of word[0..i] that ends it. */
  private static int[] failureTable(String word) {
    int[] failure = new int[word.length()];
    int length = 0;
    for (int i = 1; i < word.length(); i++) {
      while (length > 0 && word.charAt(i) != word.charAt(length)) {
        length = failure[length - 1];
      }
      if (word.charAt(i) == word.charAt(length)) {
        length++;
      }
      failure[i] = length;
    }
    return failure;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WildcardPattern that && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }
}
