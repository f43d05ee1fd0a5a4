package io.github.liaisonproject.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.testing.StatementGenerators;
import io.github.liaisonproject.rules.Assessment;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine's own bounds, below the checker: rule sets the checker would refuse (a recursive
 * function, an endless loop in a consequence) compiled without it, to prove that an Error such as
 * StackOverflowError, and a rule set that never ends, become a RuleFailure naming the rule.
 */
class AssessorBoundsTest {
  static final String HEADER = """
      package liaison.local;
      import io.github.liaisonproject.rules.vocabulary.Statement;
      import io.github.liaisonproject.rules.vocabulary.Report;
      global Report report;
      """;

  static Assessor assessor(String text, Assessor.Bounds bounds) {
    RuleSetCompiler.Compiled c = new RuleSetCompiler().compileUnchecked(
        List.of(new RuleFile("local.drl", "author/local.drl", text)), Set.of());
    return new Assessor(c.kieBase(), new RuleCatalog(c.rulesByName(), Map.of()), bounds);
  }

  static Assessment assess(Assessor a) {
    Directory d = StatementGenerators.sampleDirectory();
    LiaisonStatement s = StatementGenerators.nearlyReadyOutgoing(d).apply(new Random(1));
    return a.assess(s, d, LocalDate.of(2026, 3, 1), List.of(), 14);
  }

  @Test
  void aStackOverflowInAConsequenceIsTheRulesFailure() {
    Assessor a = assessor(HEADER + """
        function int deep(int n) { return deep(n + 1) + 1; }
        rule "Recurses" @id("LOCAL-DEEP") @section("§2.2") @severity("INFO") @explanation("Recurses forever.")
        when
          $s : Statement()
        then
          report.finding(kcontext, "depth " + deep(0));
        end
        """, Assessor.Bounds.DEFAULT);
    Assessment result = assess(a);
    assertThat(result.complete()).isFalse();
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("LOCAL-DEEP");
      assertThat(f.error()).contains("StackOverflowError");
    });
    a.shutdown();
  }

  @Test
  void aConsequenceThatNeverEndsIsStoppedAtTheDeadlineBetweenFirings() {
    // each firing takes ~20 ms and the rule triggers itself: the deadline, not the firing limit, stops it
    Assessor a = assessor(HEADER + """
        import io.github.liaisonproject.rules.vocabulary.ApprovalNeed;
        rule "Slow loop" @id("LOCAL-SLOW") @section("§2.2") @explanation("Sleeps and triggers itself.")
        when
          $n : ApprovalNeed()
        then
          try { Thread.sleep(20); } catch (InterruptedException e) { }
          report.requireApproval(kcontext, $n.getForWhom(), $n.getApprovers());
        end
        rule "Start" @id("LOCAL-START") @section("§2.2") @explanation("Starts it.")
        when
          Statement()
        then
          report.requireApproval(kcontext, "x", java.util.List.of());
        end
        """, new Assessor.Bounds(1_000_000, Duration.ofMillis(300)));
    long start = System.nanoTime();
    Assessment result = assess(a);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("LOCAL-SLOW");
      assertThat(f.error()).contains("deadline (300 ms)").contains("this rule fired most");
    });
    a.shutdown();
  }
}
