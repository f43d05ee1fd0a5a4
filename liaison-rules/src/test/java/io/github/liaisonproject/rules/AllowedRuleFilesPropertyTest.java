package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.testing.Gens;
import io.github.liaisonproject.model.testing.StatementGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Property: a rule file built only from allowed constructs (vocabulary properties and methods,
 * operators, literals, bindings, report calls, if, salience) either compiles, or is refused with
 * problems that each have a line and a message; once compiled, assessing with it returns an
 * assessment (never throws) whose findings come only from its own rules, and any failure is a
 * RuleFailure of one of its rules. The generator is framework-neutral ({@code Function<Random, String>}).
 */
class AllowedRuleFilesPropertyTest {
  static final int EXAMPLES = TestMode.count(12, 200);
  static final long SEED = TestMode.seed("liaison.seed", "AllowedRuleFilesPropertyTest");

  static final String[] CONDITIONS = {"outgoing", "incoming", "!sent", "!withdrawn", "forAction", "transmitted",
      "deadline == null", "deadline != null", "subject != null", "subjectLength > 3", "purpose == Purpose.FOR_ACTION",
      "purpose != Purpose.IN_RESPONSE", "fromContacts.isEmpty()", "!toContacts.isEmpty()", "fromContacts.size() > 1",
      "isFromKind(BodyKind.WORKING_GROUP)", "sendTo == null", "subject contains \"YANG\"",
      "purpose in (Purpose.FOR_ACTION, Purpose.FOR_COMMENT)"};
  static final String[] TEXTS = {"\"literal\"", "$s.getSubject()", "$s.getFromContacts().size()",
      "$s.getAsOf().plusDays(3)", "$s.getPurpose()", "String.join(\", \", $s.getToContacts())",
      "($s.isOutgoing() ? \"out\" : \"in\")", "$s.getFrom().size()", "$s.getDeadline()"};

  /** One rule file of 1 to 3 rules of allowed constructs. */
  static final Function<Random, String> ALLOWED_FILES = r -> {
    StringBuilder b = new StringBuilder("""
        package liaison.generated;
        import io.github.liaisonproject.rules.vocabulary.Statement;
        import io.github.liaisonproject.rules.vocabulary.Report;
        import io.github.liaisonproject.rules.vocabulary.ApprovalNeed;
        import io.github.liaisonproject.model.Purpose;
        import io.github.liaisonproject.model.BodyKind;
        global Report report;
        """);
    int rules = 1 + r.nextInt(3);
    for (int i = 0; i < rules; i++) {
      List<String> conditions = new ArrayList<>();
      for (int c = r.nextInt(3); c > 0; c--) {
        conditions.add(CONDITIONS[r.nextInt(CONDITIONS.length)]);
      }
      String text = TEXTS[r.nextInt(TEXTS.length)] + (r.nextBoolean() ? " + \" and \" + " + TEXTS[r.nextInt(TEXTS.length)] : "");
      String call = "report.finding(kcontext, \"generated: \" + " + text + ");";
      b.append("rule \"Generated ").append(i).append("\" @id(\"GEN-").append(i).append("\") @section(\"§2.2\")")
          .append(r.nextBoolean() ? " @severity(\"" + List.of("ERROR", "WARNING", "INFO").get(r.nextInt(3)) + "\")" : "")
          .append(" @explanation(\"Generated.\")\n")
          .append(r.nextInt(4) == 0 ? "  salience " + (r.nextInt(21) - 10) + "\n" : "")
          .append("when\n  $s : Statement( ").append(String.join(", ", conditions)).append(" )\n")
          .append(r.nextInt(4) == 0 ? "  not ApprovalNeed( approvers.isEmpty() )\n" : "")
          .append("then\n  ")
          .append(r.nextBoolean() ? "if ($s.isOutgoing()) { " + call + " } else { " + call + " }" : call)
          .append("\nend\n");
    }
    return b.toString();
  };

  @Test
  void allowedFilesCompileOrAreRefusedWithAMessageAndRunOnlyTheirOwnRules() {
    Directory d = StatementGenerators.sampleDirectory();
    QuickTheoryDefaults.qt(SEED, EXAMPLES).forAll(Gens.of(ALLOWED_FILES)).checkAssert(text -> {
      LiaisonRules rules;
      try {
        rules = LiaisonRules.builder().withoutBundledFiles().ruleFile("generated.drl", text, "author/generated.drl").build();
      } catch (RuleSetException e) {
        assertThat(e.problems()).as(text).isNotEmpty()
            .allSatisfy(p -> assertThat(p.line()).as(p.toString()).isPositive())
            .allSatisfy(p -> assertThat(p.message()).isNotBlank());
        return;
      }
      Random r = new Random(text.hashCode());
      for (int i = 0; i < 5; i++) {
        LiaisonStatement s = StatementGenerators.validStatements(d).apply(r);
        Assessment a = rules.assess(s, d, LocalDate.of(2026, 3, 1));
        assertThat(a.findings()).as(text).allSatisfy(f -> assertThat(f.ruleId()).startsWith("GEN-"));
        assertThat(a.failures()).as(text).allSatisfy(f -> assertThat(f.ruleId()).startsWith("GEN-"));
      }
    });
  }

  @Test
  void theGeneratorMakesFilesTheCheckerAccepts() {
    // the property above is vacuous if every generated file were refused
    Random r = new Random(SEED);
    int accepted = 0;
    for (int i = 0; i < 50; i++) {
      String text = ALLOWED_FILES.apply(r);
      if (io.github.liaisonproject.rules.engine.RuleChecker.check(
          new io.github.liaisonproject.rules.engine.RuleFile("generated.drl", "author/generated.drl", text)).isEmpty()) {
        accepted++;
      }
    }
    assertThat(accepted).isEqualTo(50);
  }
}
