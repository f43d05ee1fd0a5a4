package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.testing.StatementGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile author rule files beyond {@link RuleAuthoringTest}'s list: unicode escapes, the MVEL
 * dialect and its loops, {@code from} with static calls, qualified names split across lines and
 * comments, class literals, system-property reads, resource loading, timers. Each must be
 * refused with a problem naming the file. And a rule that throws at run time, in its condition or
 * its consequence, is reported with its ID and concern while the rest of the assessment stands.
 */
class HostileRuleFilesTest {
  static final String HEADER = RuleAuthoringTest.HEADER;

  static String rule(String attributes, String when, String then) {
    return HEADER + """
        rule "Local rule"
          @id("LOCAL-RULE") @section("§2.2") @severity("WARNING") @explanation("A local rule.")
          %s
        when
          %s
        then
          %s
        end
        """.formatted(attributes, when, then);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // unicode escapes, in code and in strings (the lint refuses them anywhere)
      "report.finding(kcontext, \"\\u0022 + \\u0053ystem.getenv() + \\u0022\");",
      "String s = \"\\u005c\\u0075\";",
      // qualified names split across lines or by comments
      "new javax\n    .naming\n    .InitialContext().lookup(\"ldap://example.org/a\");",
      "Object o = javax /* x */ . naming.InitialContext.class;",
      "java // comment\n  .util.concurrent.CompletableFuture.runAsync(() -> report.finding(kcontext, \"x\"));",
      "Object o = jdk\n.internal.misc.VM.getSavedProperty(\"x\");",
      // class literals, resources, system properties, class loading by name
      "report.finding(kcontext, String.class.getName());",
      "Object in = Report.class.getResourceAsStream(\"/etc/passwd\");",
      "report.finding(kcontext, \"\" + Integer.getInteger(\"user.home\"));",
      "report.finding(kcontext, \"\" + Long.getLong(\"x\") + Boolean.getBoolean(\"y\"));",
      "Object b = ResourceBundle.getBundle(\"com.example.Evil\");",
      "Object l = ServiceLoader.load(Report.class);",
      "Object w = StackWalker.getInstance();",
      "Object m = ModuleLayer.boot();",
      // MVEL: loops and functions of its own
      "until (false) { }",
      "foreach (b : $s.from) { report.finding(kcontext, \"x\"); }",
      "def f() { f(); } f();"})
  void hostileConsequencesAreRefused(String consequence) {
    assertThat(RuleAuthoringTest.problems(rule("", "$s : Statement()", consequence))).as(consequence)
        .isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("author/local.drl"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "String() from String.valueOf(Integer.getInteger(\"x\"))",
      "Object() from Report.class.getClassLoader()",
      "Object() from ResourceBundle.getBundle(\"x\")",
      "Object() from java\n    .lang.Runtime.getRuntime()",
      "Object() from javax\n  .naming.InitialContext.doLookup(\"ldap://example.org/a\")",
      "$s : Statement( subject == \"\\u0022\" )"})
  void hostileConditionsAreRefused(String condition) {
    assertThat(RuleAuthoringTest.problems(rule("", condition, "report.finding(kcontext, \"x\");"))).as(condition).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dialect \"mvel\"", "timer (int: 0s 1ms)", "timer (cron: * * * * * ?)", "calendars \"weekdays\""})
  void hostileAttributesAreRefused(String attribute) {
    assertThat(RuleAuthoringTest.problems(rule(attribute, "$s : Statement()", "report.finding(kcontext, \"x\");")))
        .as(attribute).isNotEmpty();
  }

  @Test
  void aPackageWideMvelDialectIsRefused() {
    String text = HEADER.replace("global Report report;", "dialect \"mvel\"\nglobal Report report;") + """
        rule "Quiet" @id("LOCAL-Q") @section("§2.2") @explanation("x")
        when
          Statement()
        then
          report.finding(kcontext, "x");
        end
        """;
    assertThat(RuleAuthoringTest.problems(text)).isNotEmpty();
  }

  @Test
  void harmlessLookalikesStillPass() {
    assertThat(RuleAuthoringTest.problems(rule("salience 5", "$s : Statement( subject != null, subject.contains(\"class\") )",
        "report.finding(kcontext, \"java.io.File in a string, a timer, a class, until\");"))).isEmpty();
  }

  @Test
  void aConditionThatThrowsIsReportedWithItsRuleAndConcern() {
    String text = RuleAuthoringTest.HEADER + """
        rule "Index out of bounds"
          @id("LOCAL-THROWS-IN-CONDITION") @section("§2.1") @severity("INFO") @explanation("Its condition throws.")
        when
          $s : Statement( from.get(99) != null )
        then
          report.finding(kcontext, "never");
        end
        """;
    LiaisonRules rules = LiaisonRules.builder().ruleFile("throwing.drl", text, "author/throwing.drl").build();
    Directory d = StatementGenerators.sampleDirectory();
    LiaisonStatement s = StatementGenerators.nearlyReadyOutgoing(d).apply(new Random(3));
    Assessment a = rules.assess(s, d, LocalDate.of(2026, 3, 1));
    assertThat(a.complete()).isFalse();
    assertThat(a.readyToSend()).isFalse();
    assertThat(a.failures()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("LOCAL-THROWS-IN-CONDITION");
      assertThat(f.concern()).isEqualTo("throwing");
      assertThat(f.source()).isEqualTo("author/throwing.drl");
      assertThat(f.error()).contains("IndexOutOfBounds");
    });
  }

  @Test
  void aConsequenceThatThrowsSometimesIsReportedOnlyWhenItThrows() {
    String text = RuleAuthoringTest.HEADER + """
        rule "Throws for incoming"
          @id("LOCAL-THROWS-SOMETIMES") @section("§2.1") @severity("INFO") @explanation("Throws for incoming statements.")
        when
          $s : Statement( )
        then
          report.finding(kcontext, "outgoing " + ($s.isIncoming() ? $s.getFrom().get(99) : "ok"));
        end
        """;
    LiaisonRules rules = LiaisonRules.builder().ruleFile("sometimes.drl", text, "author/sometimes.drl").build();
    Directory d = StatementGenerators.sampleDirectory();
    Random r = new Random(5);
    for (int i = 0; i < 40; i++) {
      LiaisonStatement s = StatementGenerators.validStatements(d).apply(r);
      Assessment a = rules.assess(s, d, LocalDate.of(2026, 3, 1));
      Assessment standard = LiaisonRules.standard().assess(s, d, LocalDate.of(2026, 3, 1));
      if (s.isIncoming()) {
        assertThat(a.failures()).extracting(RuleFailure::ruleId, RuleFailure::concern)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("LOCAL-THROWS-SOMETIMES", "sometimes"));
        assertThat(a.findings()).as("the other rules' findings stand").containsExactlyElementsOf(standard.findings());
      } else {
        assertThat(a.failures()).isEmpty();
        assertThat(a.hasFinding("LOCAL-THROWS-SOMETIMES")).isTrue();
      }
    }
  }

  static List<RuleProblem> problems(String text) {
    return RuleAuthoringTest.problems(text);
  }
}
