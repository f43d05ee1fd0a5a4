package io.github.liaisonproject.rules.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.ImmutableLiaisonStatement;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.testing.StatementGenerators;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.cases.CaseRunner;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The standard rule set and the hand-coded oracle agree on approval, routing, transmission and
 * consensus for generated statements: findings by rule ID, approval requirements, delivery. Any
 * difference fails the build, with the statements that differ.
 */
class DifferentialTest {
  private static final int STATEMENTS = 10_000;
  private static final LiaisonRules RULES = LiaisonRules.standard();

  static Directory casesDirectory() throws IOException {
    try (InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + "directory.yaml")) {
      return CaseRunner.readDirectory(in);
    }
  }

  @Test
  void ruleSetAndOracleAgreeWithTheCasesDirectory() throws IOException {
    agree(casesDirectory(), 20260601L);
  }

  @Test
  void ruleSetAndOracleAgreeWithTheSampleDirectory() {
    agree(StatementGenerators.sampleDirectory(), 4053L);
  }

  private static void agree(Directory directory, long seed) {
    Function<Random, LiaisonStatement> gen = StatementGenerators.validStatements(directory);
    Random random = new Random(seed);
    List<String> differences = new ArrayList<>();
    int compared = 0;
    java.util.TreeMap<String, Integer> seen = new java.util.TreeMap<>();
    for (int i = 0; i < STATEMENTS / 2; i++) {
      LiaisonStatement s = gen.apply(random);
      List<LiaisonStatement> related = List.of();
      if (!s.getRespondsTo().isEmpty() && random.nextInt(3) > 0) {
        // an original at hand, so that ROUTE-REPLY-SEND-TO has something to compare with
        LiaisonStatement original = ImmutableLiaisonStatement.copyOf(gen.apply(random)).withId(s.getRespondsTo().get(0));
        related = List.of(original);
      }
      LocalDate asOf = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1500));
      Assessment a = RULES.assess(s, directory, asOf, related);
      assertThat(a.failures()).as("no rule throws").isEmpty();
      Answer rules = Answer.of(a);
      Answer oracle = HandCoded.assess(s, directory, asOf, related);
      compared++;
      rules.findings().forEach(id -> seen.merge(id, 1, Integer::sum));
      if (!rules.approvals().isEmpty()) {
        seen.merge("(approval requirements)", 1, Integer::sum);
      }
      if (rules.approvals().stream().anyMatch(x -> !x.endsWith("given by nobody"))) {
        seen.merge("(approval given)", 1, Integer::sum);
      }
      if (!rules.cc().isEmpty()) {
        seen.merge("(delivery cc)", 1, Integer::sum);
      }
      if (!rules.replyTo().isEmpty()) {
        seen.merge("(delivery reply-to)", 1, Integer::sum);
      }
      if (!rules.equals(oracle) && differences.size() < 5) {
        differences.add("statement " + i + " (seed " + seed + ", as of " + asOf + "):\n  rules:  " + rules
            + "\n  oracle: " + oracle + "\n  statement: " + s);
      }
    }
    assertThat(compared).isEqualTo(STATEMENTS / 2);
    System.out.println("seed " + seed + ": statements per finding / answer " + seen);
    // The comparison is only worth something if the generated statements exercise the rules.
    assertThat(seen).containsKeys("(approval requirements)", "(approval given)", "(delivery cc)",
        "(delivery reply-to)", "APPROVAL-MISSING", "APPROVAL-UNKNOWN-AREA", "IRTF-NO-INITIATE",
        "ROUTE-FROM-CONTACTS-DEFAULT", "ROUTE-REPLY-SEND-TO", "ROUTE-OUTGOING-REPLY-ADDRESS",
        "TRANSMIT-NEEDS-CONTEXT", "TRANSMIT-STATUS-NOT-NOTED", "CONSENSUS-NOT-STATED",
        "CONSENSUS-GROUP-NOT-INFORMED", "CONSENSUS-CHARTER-CHANGE", "CONSENSUS-BASE-ON-EXISTING");
    assertThat(differences).as("differences between the rule set and the hand-coded oracle").isEmpty();
  }
}
