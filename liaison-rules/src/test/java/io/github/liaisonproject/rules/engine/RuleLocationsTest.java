package io.github.liaisonproject.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleLocations#locate} finds the file and line that the regular expression it replaces
 * ({@link RuleLocations#locateByRegex}) finds: for every rule of the bundled files, and on generated
 * files mixing quoted and unquoted names, names that are prefixes of others, blank lines, CR LF,
 * {@code rule} inside other words and lines, and packages.
 */
class RuleLocationsTest {
  private static List<RuleFile> bundled() throws IOException {
    List<RuleFile> files = new ArrayList<>();
    for (String concern : LiaisonRules.CONCERNS) {
      try (InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + concern + ".drl")) {
        files.add(new RuleFile(concern + ".drl", "bundled:" + concern + ".drl", new String(in.readAllBytes(),
            StandardCharsets.UTF_8)));
      }
    }
    return files;
  }

  @Test
  void everyBundledRuleIsFoundWhereTheRegularExpressionFindsIt() throws IOException {
    List<RuleFile> files = bundled();
    RuleLocations locations = new RuleLocations(files);
    List<RuleInfo> rules = LiaisonRules.standard().rules();
    assertThat(rules).isNotEmpty();
    for (RuleInfo r : rules) {
      String pkg = "liaison." + r.concern();
      RuleLocations.Located fast = locations.locate(pkg, r.ruleName());
      assertThat(fast).as(r.ruleName()).isEqualTo(RuleLocations.locateByRegex(files, pkg, r.ruleName()));
      assertThat(fast.line()).as(r.ruleName()).isPositive();
      assertThat(fast.source()).isEqualTo(r.source());
    }
  }

  private static final String[] NAMES = {"A", "AB", "A B", "A.B", "A-B", "rule", "r", "x1", "_y", "Ä", "\u00e9t\u00e9"};
  private static final String[] PACKAGES = {"p.one", "p.two"};

  /** A file of rule headers, names and noise, as a policy author's could be. */
  private static String file(Random r) {
    StringBuilder b = new StringBuilder();
    if (r.nextInt(4) > 0) {
      b.append(r.nextBoolean() ? "" : "  ").append("package ").append(PACKAGES[r.nextInt(PACKAGES.length)])
          .append(r.nextBoolean() ? ";" : "").append('\n');
    }
    for (int i = 0, n = r.nextInt(8); i < n; i++) {
      String nl = r.nextInt(5) == 0 ? "\r\n" : r.nextInt(8) == 0 ? "\u2028" : "\n";
      switch (r.nextInt(9)) {
        case 0 -> b.append(nl);
        case 1 -> b.append("  \t").append(nl).append(nl);
        case 2 -> b.append("// a rule \"A\"").append(nl);
        case 3 -> b.append("prule \"A\"").append(nl);
        case 4 -> b.append("x rule A").append(nl);
        case 5 -> b.append("rule\t\"").append(NAMES[r.nextInt(NAMES.length)]).append('"').append(nl);
        case 6 -> b.append(r.nextBoolean() ? " " : "").append("rule '").append(NAMES[r.nextInt(NAMES.length)])
            .append('\'').append(r.nextBoolean() ? " extends X" : "").append(nl);
        case 7 -> b.append("rule ").append(r.nextBoolean() ? "\n  " : "").append(NAMES[r.nextInt(NAMES.length)])
            .append(r.nextBoolean() ? "" : "x").append(nl);
        default -> b.append("rule").append(r.nextBoolean() ? " " : "").append(nl).append("when then end").append(nl);
      }
    }
    return b.toString();
  }

  @Test
  void generatedFilesGiveTheSameAnswersAsTheRegularExpression() {
    Random r = new Random(11);
    int found = 0;
    for (int i = 0; i < 250; i++) {
      List<RuleFile> files = new ArrayList<>();
      for (int f = 0, n = 1 + r.nextInt(3); f < n; f++) {
        files.add(new RuleFile("f" + f + ".drl", "folder/f" + f + ".drl", file(r)));
      }
      RuleLocations locations = new RuleLocations(files);
      for (String pkg : new String[] {"p.one", "p.two", "defaultpkg"}) {
        for (String name : NAMES) {
          RuleLocations.Located expected = RuleLocations.locateByRegex(files, pkg, name);
          assertThat(locations.locate(pkg, name)).as("%s %s in %s", pkg, name, files).isEqualTo(expected);
          found += expected.line() > 0 ? 1 : 0;
        }
      }
    }
    assertThat(found).as("names found").isGreaterThan(250);
  }
}
