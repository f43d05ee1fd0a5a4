package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.validation.InvalidStatementException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The public API's contract: errors it throws, failures it reports, and what it never does. */
class LiaisonRulesApiTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  static LiaisonStatement statement() {
    return LiaisonStatement.builder().id("ls-1")
        .addFrom(Body.workingGroup("netconf")).addFromContacts("nina.chair@example.org")
        .addTo(Body.externalGroup("ITU-T", "Study Group 15")).addToContacts("tsbsg15@example.int")
        .purpose(Purpose.FOR_INFORMATION).subject("Status").body("text").build();
  }

  @Test
  void malformedStatementIsRejectedWithEveryViolation() {
    LiaisonStatement bad = LiaisonStatement.builder().from(statement().getFrom())
        .addFromContacts("Nina <nina.chair@example.org>").addToContacts("no-domain").build();
    assertThatThrownBy(() -> LiaisonRules.standard().assess(bad, Directory.empty(), AS_OF))
        .isInstanceOfSatisfying(InvalidStatementException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path()).containsExactlyInAnyOrder("fromContacts[0]", "toContacts[0]"));
  }

  @Test
  void aMalformedStatementIsRejectedEveryTimeAlsoInABatchAfterAWellFormedOneWasRemembered() {
    LiaisonStatement good = statement();
    LiaisonStatement bad = LiaisonStatement.builder().from(good.getFrom())
        .addFromContacts("Nina <nina.chair@example.org>").addToContacts("no-domain").build();
    for (int i = 0; i < 3; i++) {
      LiaisonRules.standard().assess(good, Directory.empty(), AS_OF); // remembered as well-formed
      assertThatThrownBy(() -> LiaisonRules.standard().assess(bad, Directory.empty(), AS_OF))
          .isInstanceOfSatisfying(InvalidStatementException.class, e -> assertThat(e.violations())
              .extracting(v -> v.path()).containsExactlyInAnyOrder("fromContacts[0]", "toContacts[0]"));
      assertThatThrownBy(() -> LiaisonRules.standard().assessAll(List.of(good, bad), Directory.empty(), AS_OF))
          .isInstanceOf(InvalidStatementException.class);
    }
  }

  @Test
  void completenessGapsAreFindingsNotExceptions() {
    LiaisonStatement empty = LiaisonStatement.builder().build();
    Assessment a = LiaisonRules.standard().assess(empty, Directory.empty(), AS_OF);
    assertThat(a.hasFinding("CONTENT-FROM-REQUIRED")).isTrue();
    assertThat(a.readyToSend()).isFalse();
  }

  @Test
  void findingsCiteTheirRuleSectionAndSourceFile() {
    Assessment a = LiaisonRules.standard().assess(LiaisonStatement.builder().build(), Directory.empty(), AS_OF);
    Finding f = a.findings("CONTENT-FROM-REQUIRED").get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.section()).isEqualTo("§2.1, §2.3");
    assertThat(f.source()).isEqualTo("bundled:content.drl");
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOthersStillAnswer() {
    String throwing = """
        package liaison.broken;
        import io.github.liaisonproject.rules.vocabulary.Statement;
        import io.github.liaisonproject.rules.vocabulary.Report;
        global Report report;
        rule "Divides by zero"
          @id("LOCAL-BROKEN") @section("§2.1") @severity("INFO") @explanation("Always throws.")
        when
          $s : Statement()
        then
          report.finding(kcontext, "never " + (1 / ($s.getFrom().size() - $s.getFrom().size())));
        end
        """;
    LiaisonRules rules = LiaisonRules.builder().ruleFile("broken.drl", throwing, "author/broken.drl").build();
    Assessment a = rules.assess(LiaisonStatement.builder().build(), Directory.empty(), AS_OF);
    assertThat(a.complete()).isFalse();
    assertThat(a.readyToSend()).isFalse();
    assertThat(a.failures()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("LOCAL-BROKEN");
      assertThat(f.concern()).isEqualTo("broken");
      assertThat(f.source()).isEqualTo("author/broken.drl");
      assertThat(f.error()).contains("ArithmeticException");
    });
    assertThat(a.hasFinding("CONTENT-FROM-REQUIRED")).as("other rules still fire").isTrue();
  }

  @Test
  void brokenRuleFilesReportEveryProblemWithFileAndLine() {
    String broken = """
        package liaison.bad;
        import io.github.liaisonproject.rules.vocabulary.Statement;
        import io.github.liaisonproject.rules.vocabulary.Report;
        global Report report;
        rule "No metadata"
        when
          Statement()
        then
          report.finding(kcontext, "x");
        end
        rule "Bad section"
          @id("LOCAL-X") @section("§9.9") @explanation("x")
        when
          Statement()
        then
          report.finding(kcontext, "x");
        end
        """;
    assertThatThrownBy(() -> LiaisonRules.builder().ruleFile("bad.drl", broken, "author/bad.drl").build())
        .isInstanceOfSatisfying(RuleSetException.class, e -> {
          assertThat(e.problems()).extracting(RuleProblem::toString).anySatisfy(p -> assertThat(p)
              .startsWith("author/bad.drl:5:1:").contains("has no @id"));
          assertThat(e.problems()).extracting(RuleProblem::toString).anySatisfy(p -> assertThat(p)
              .startsWith("author/bad.drl:5:1:").contains("no @explanation"));
          assertThat(e.problems()).extracting(RuleProblem::toString).anySatisfy(p -> assertThat(p)
              .startsWith("author/bad.drl:11:1:").contains("§9.9 does not exist"));
        });
  }

  @Test
  void syntaxErrorsCarryTheirLine() {
    String broken = """
        package liaison.bad;
        import io.github.liaisonproject.rules.vocabulary.Statement;
        global io.github.liaisonproject.rules.vocabulary.Report report;
        rule "Oops" @id("LOCAL-Y") @section("§2.1") @explanation("x")
        when
          Statement( outgoing ==
        then
        end
        """;
    assertThatThrownBy(() -> LiaisonRules.builder().ruleFile("bad.drl", broken, "author/bad.drl").build())
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
            .allSatisfy(p -> {
              assertThat(p.file()).isEqualTo("author/bad.drl");
              assertThat(p.line()).isBetween(6, 8);
            }));
  }

  @Test
  void disablingOrChangingAnUnknownRuleIsAnError() {
    assertThatThrownBy(() -> LiaisonRules.builder().disable("NO-SUCH-RULE").build())
        .isInstanceOf(RuleSetException.class).hasMessageContaining("cannot disable NO-SUCH-RULE");
    assertThatThrownBy(() -> LiaisonRules.builder().severity("NO-SUCH-RULE", Severity.INFO).build())
        .isInstanceOf(RuleSetException.class).hasMessageContaining("cannot change the severity of NO-SUCH-RULE");
  }

  @Test
  void disabledRulesStaySilentAndSeveritiesCanChange() {
    LiaisonRules rules = LiaisonRules.builder().disable("CONTENT-FROM-REQUIRED")
        .severity("CONTENT-TO-REQUIRED", Severity.WARNING).build();
    Assessment a = rules.assess(LiaisonStatement.builder().build(), Directory.empty(), AS_OF);
    assertThat(a.hasFinding("CONTENT-FROM-REQUIRED")).isFalse();
    assertThat(a.findings("CONTENT-TO-REQUIRED")).extracting(Finding::severity).containsOnly(Severity.WARNING);
    assertThat(rules.rules()).extracting(RuleInfo::id).doesNotContain("CONTENT-FROM-REQUIRED");
  }

  @Test
  void sameInputSameAnswerAcrossThreads() throws Exception {
    LiaisonRules rules = LiaisonRules.standard();
    Assessment expected = rules.assess(statement(), Directory.empty(), AS_OF);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Assessment>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        futures.add(pool.submit(() -> rules.assess(statement(), Directory.empty(), AS_OF)));
      }
      for (Future<Assessment> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void assessAllRelatesStatementsOfTheBatch() {
    LiaisonStatement original = statement();
    LiaisonStatement reply = LiaisonStatement.builder().from(original.getTo()).to(original.getFrom())
        .addRespondsTo("ls-1").purpose(Purpose.IN_RESPONSE).build();
    List<Assessment> all = LiaisonRules.standard().assessAll(List.of(original, reply), Directory.empty(), AS_OF);
    assertThat(all).hasSize(2);
    assertThat(all.get(0).statement()).isSameAs(original);
    assertThat(all.get(1).statement()).isSameAs(reply);
  }
}
