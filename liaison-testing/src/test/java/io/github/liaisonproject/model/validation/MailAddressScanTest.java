package io.github.liaisonproject.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.testing.StatementGenerators;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The hand-written mail-address scan accepts exactly what the documented regular expression does. */
class MailAddressScanTest {
  private static final String ALPHABET = "aZ09.-@@..--_+!#$%&'*+/=?^_`{|}~ \"<>()[],;:\\\u00e9\r\n\t";

  private static void same(String s) {
    assertThat(MailAddressValidator.matchesByHand(s)).as("\"%s\"", s).isEqualTo(MailAddressValidator.matchesRegex(s));
  }

  @Test
  void randomStringsOverTheInterestingCharacters() {
    Random r = new Random(5321);
    for (int i = 0; i < 200_000; i++) {
      int len = r.nextInt(14);
      StringBuilder b = new StringBuilder(len);
      for (int j = 0; j < len; j++) {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      same(b.toString());
    }
  }

  @Test
  void mutatedValidAddresses() {
    Random r = new Random(5322);
    String[] bases = {"chair@example.org", "a.b-c+d@sub.example-1.co", "x@a.b", "netconf-chairs@ietf.org"};
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder(bases[r.nextInt(bases.length)]);
      for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
        int at = r.nextInt(b.length() + 1);
        char c = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
        switch (r.nextInt(3)) {
          case 0 -> b.insert(at, c);
          case 1 -> { if (at < b.length()) { b.deleteCharAt(at); } }
          default -> { if (at < b.length()) { b.setCharAt(at, c); } }
        }
      }
      same(b.toString());
    }
  }

  @Test
  void labelLengthsAndGeneratedHostileStrings() {
    for (int len = 0; len <= 70; len++) {
      same("a@" + "b".repeat(len) + ".org");
      same("a@b" + "-".repeat(len) + "c.org");
      same("a@" + "b".repeat(len) + "-.org");
      same("a@x." + "c".repeat(len));
    }
    Function<Random, String> hostile = StatementGenerators.headerHostileStrings();
    Random r = new Random(5323);
    for (int i = 0; i < 20_000; i++) {
      same(hostile.apply(r));
    }
  }
}
