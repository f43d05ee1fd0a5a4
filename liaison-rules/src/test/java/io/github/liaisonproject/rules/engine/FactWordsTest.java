package io.github.liaisonproject.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.rules.vocabulary.Statement;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The look-ups FactWords keeps between explanations answer as the uncached ones did. */
class FactWordsTest {
  /** What shorten did before it stopped reading at the cut: a regular expression over the whole text. */
  static String shortenedByRegex(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 120 ? one : one.substring(0, 117) + "...";
  }

  @Test
  void shortenGivesWhatTheRegularExpressionGave() {
    Random random = new Random(4053);
    String alphabet = "ab \t\n\u000B\f\r\u00A0\u2028x";
    for (int n = 0; n < 20_000; n++) {
      int length = random.nextInt(n % 10 == 0 ? 400 : 130);
      StringBuilder s = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(FactWords.shorten(s.toString())).as("%s", s).isEqualTo(shortenedByRegex(s.toString()));
    }
    assertThat(FactWords.shorten("x".repeat(120))).isEqualTo("x".repeat(120));
    assertThat(FactWords.shorten("x".repeat(121))).isEqualTo("x".repeat(117) + "...");
    assertThat(FactWords.shorten("x".repeat(120) + "   ")).isEqualTo("x".repeat(117) + "...");
  }

  @Test
  void pathsAreTheSameWhenAskedAgain() {
    String constraint = "outgoing, !withdrawn, $s.submitterAddress != null, approvers.isEmpty(), kind == BodyKind.IAB, \"a.b\"";
    var first = FactWords.paths(constraint);
    assertThat(first).containsExactly("outgoing", "withdrawn", "$s.submitterAddress", "approvers.isEmpty()", "kind");
    assertThat(FactWords.paths(constraint)).isEqualTo(first);
  }

  @Test
  void readingsFindGettersOnEveryCall() {
    Map<String, Object> none = Map.of();
    Object fact = java.util.List.of("a", "b");
    for (int i = 0; i < 3; i++) {
      assertThat(FactWords.reading(fact, "size()", none)).isEqualTo("size() is 2");
      assertThat(FactWords.reading(fact, "empty", none)).isEqualTo("empty is false");
      assertThat(FactWords.reading(fact, "nothing", none)).isEqualTo("nothing cannot be read");
    }
    assertThat(FactWords.words(Statement.class)).isEqualTo("statement");
    assertThat(FactWords.words(io.github.liaisonproject.rules.vocabulary.DocumentFact.class)).isEqualTo("document");
  }
}
