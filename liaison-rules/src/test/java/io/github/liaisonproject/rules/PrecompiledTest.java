package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.rules.cases.Case;
import io.github.liaisonproject.rules.cases.CasesFile;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The standard rule set precompiled at build time (executable model, kie-maven-plugin) and the
 * same bundled files compiled at run time give identical answers on every bundled case.
 */
class PrecompiledTest {
  private static final LiaisonRules PRECOMPILED = LiaisonRules.standard();
  private static final LiaisonRules AT_RUN_TIME = LiaisonRules.builder().compileAtRunTime().build();

  @Test
  void theStandardRuleSetIsThePrecompiledOne() {
    assertThat(PRECOMPILED.precompiled()).isTrue();
    assertThat(AT_RUN_TIME.precompiled()).isFalse();
    assertThat(LiaisonRules.builder().ruleFile("extra.drl", "package liaison.extra;\n", "test").build().precompiled())
        .as("an added file is compiled at run time").isFalse();
  }

  @Test
  void sameCatalogue() {
    assertThat(PRECOMPILED.rules()).isEqualTo(AT_RUN_TIME.rules());
    assertThat(PRECOMPILED.rules()).allSatisfy(r -> assertThat(r.source()).startsWith("bundled:").endsWith(".drl"));
  }

  @Test
  void everyBundledCaseGetsTheSameAssessmentFromBothPaths() {
    int n = forEachBundledCase((name, answer) ->
        assertThat(answer.apply(PRECOMPILED)).as(name).isEqualTo(answer.apply(AT_RUN_TIME)));
    assertThat(n).isGreaterThan(100);
  }

  private static final String AUTHOR_FILE = """
      package liaison.local;

      import io.github.liaisonproject.rules.vocabulary.Statement;
      import io.github.liaisonproject.rules.vocabulary.Report;

      global Report report;

      rule "Local: subjects name the group"
        @id("LOCAL-SUBJECT-GROUP") @section("§2.2") @severity("INFO")
        @explanation("A local policy: the subject of an outgoing statement names its sending group.")
      when
        $s : Statement( outgoing, subject != null, subject.length() < 40 )
      then
        report.finding(kcontext, "A short subject: name the sending group in it");
      end
      """;

  /**
   * An author file beside the bundled ones is compiled alone, next to the bundled files' models
   * compiled at build time; the answers are those of compiling every file at run time, and a
   * replaced bundled file is left out of the precompiled models.
   */
  @Test
  void anAuthorFileBesideThePrecompiledFilesGivesTheAnswersOfCompilingEverything() {
    LiaisonRules beside = LiaisonRules.builder().ruleFile("local.drl", AUTHOR_FILE, "local.drl").build();
    LiaisonRules all = LiaisonRules.builder().compileAtRunTime().ruleFile("local.drl", AUTHOR_FILE, "local.drl").build();
    String routing = LiaisonRules.Builder.bundledFile("routing.drl").text()
        .replace("@id(\"ROUTE-FROM-CONTACTS-DEFAULT\")", "@id(\"LOCAL-FROM-CONTACTS-DEFAULT\")");
    LiaisonRules replaced = LiaisonRules.builder().ruleFile("routing.drl", routing, "routing.drl").build();
    assertThat(beside.rules()).isEqualTo(all.rules());
    assertThat(beside.rules()).anyMatch(r -> r.id().equals("LOCAL-SUBJECT-GROUP"));
    assertThat(replaced.rules()).anyMatch(r -> r.id().equals("LOCAL-FROM-CONTACTS-DEFAULT"))
        .noneMatch(r -> r.id().equals("ROUTE-FROM-CONTACTS-DEFAULT"));
    int[] local = {0};
    int n = forEachBundledCase((name, answer) -> {
      Assessment a = answer.apply(beside);
      assertThat(a).as(name).isEqualTo(answer.apply(all));
      local[0] += a.findings().stream().anyMatch(f -> f.ruleId().equals("LOCAL-SUBJECT-GROUP")) ? 1 : 0;
    });
    assertThat(n).isGreaterThan(100);
    assertThat(local[0]).as("the author rule fires on some case").isGreaterThan(0);
  }

  /**
   * Calls {@code check} with each bundled case's name and a function from a rule set to its
   * assessment of that case; returns how many cases there were.
   */
  private static int forEachBundledCase(BiConsumer<String, Function<LiaisonRules, Assessment>> check) {
    int n = 0;
    for (String concern : LiaisonRules.CONCERNS) {
      String name = concern + ".cases.yaml";
      CasesFile file = BundledCasesTest.read(name);
      if (file == null) {
        continue;
      }
      Directory directory = BundledCasesTest.directory(file.directory() == null ? "directory.yaml" : file.directory());
      for (Case c : file.cases()) {
        LocalDate asOf = c.asOf() != null ? c.asOf() : file.asOf() != null ? file.asOf() : LocalDate.of(2026, 6, 1);
        List<io.github.liaisonproject.model.LiaisonStatement> related = c.related() == null ? List.of() : c.related();
        check.accept(name + ": " + c.description(), rules -> rules.assess(c.statement(), directory, asOf, related));
        n++;
      }
    }
    return n;
  }

  @Test
  void disablingAndSeverityWorkOnThePrecompiledBase() {
    LiaisonRules changed = LiaisonRules.builder().disable("APPROVAL-IETF-EXPERTS")
        .severity("CONSENSUS-NOT-STATED", Severity.ERROR).build();
    assertThat(changed.precompiled()).isTrue();
    assertThat(changed.rules()).noneMatch(r -> r.id().equals("APPROVAL-IETF-EXPERTS"));
    assertThat(PRECOMPILED.rules()).anyMatch(r -> r.id().equals("APPROVAL-IETF-EXPERTS"));
  }
}
