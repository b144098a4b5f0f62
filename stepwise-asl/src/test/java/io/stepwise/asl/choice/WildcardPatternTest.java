package io.stepwise.asl.choice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardPatternTest {

  @ParameterizedTest(name = "''{0}'' matches ''{1}'': {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // The AWS documentation's examples.
        "log-*.txt        | log-2024.txt      | true",
        "log-*.txt        | log-.txt          | true",
        "log-*.txt        | log-2024.csv      | false",
        "*LogFile*        | myLogFile.txt     | true",
        "*LogFile*        | logfile           | false",
        // Whole-string matching and edge cases.
        "abc              | abc               | true",
        "abc              | abcd              | false",
        "*                | \"\"              | true",
        "*                | anything          | true",
        "\"\"             | \"\"              | true",
        "\"\"             | a                 | false",
        "a*               | a                 | true",
        "*a               | a                 | true",
        "a*a              | a                 | false",
        "a*a              | aa                | true",
        "a**b             | ab                | true",
        "*ab*ab*          | xabyab            | true",
        "*ab*ab*          | xaab              | false",
        "*aab             | aaab              | true",
        "*abab*abc        | ababababc         | true",
        "*abab*abc        | abababc           | true",
        "*abab*abc        | ababc             | false",
        // Escapes: \\* is a literal star, \\\\ a literal backslash.
        "a\\*b            | a*b               | true",
        "a\\*b            | axb               | false",
        "a\\\\*           | a\\xyz            | true",
        "a\\\\*           | axyz              | false",
        "*\\**            | x*y               | true",
        "*\\**            | xy                | false",
      })
  void matchesLikeAws(String pattern, String text, boolean expected) {
    assertThat(WildcardPattern.compile(pattern).matches(text)).isEqualTo(expected);
  }

  @Test
  void trailingBackslashStandsForItself() {
    assertThat(WildcardPattern.compile("a\\").matches("a\\")).isTrue();
  }

  @Test
  void hostilePatternsRunInLinearTime() {
    String text = "a".repeat(200_000);
    WildcardPattern pattern = WildcardPattern.compile("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
    long start = System.nanoTime();
    assertThat(pattern.matches(text)).isFalse();
    assertThat(WildcardPattern.compile("*" + "a".repeat(1000) + "b*").matches(text)).isFalse();
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }
}
