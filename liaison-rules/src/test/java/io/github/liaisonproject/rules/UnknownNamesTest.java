package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every way MVEL reports an unknown name in a rule file comes back as one problem at the name's own
 * line and column, with the nearest existing name: whatever line Drools gave (the pattern's, or -1).
 */
class UnknownNamesTest {
  static List<String> problems(String text) {
    try {
      LiaisonRules.builder().withoutBundledFiles().ruleFile("local.drl", text, "author/local.drl").build();
    } catch (RuleSetException e) {
      return e.problems().stream().map(RuleProblem::toString).toList();
    }
    return List.of();
  }

  static String rule(String name, String when) {
    return """
        rule "%s"
          @id("LOCAL-%s") @section("§2.2") @explanation("x")
        when
          %s
        then
          report.finding(kcontext, "x");
        end
        """.formatted(name, name.toUpperCase(java.util.Locale.ROOT), when);
  }

  @Test
  void comparisonsWithNullBareBooleansAndConstantsAllGetASuggestion() {
    String text = RuleAuthoringTest.HEADER // 5 lines
        + rule("A", "Statement( purpse == null )") // the pattern on line 9
        + rule("B", "Statement( outgoin )") // line 16
        + rule("C", "Statement( purpse == Purpose.FOR_ACTION )"); // line 23: Drools says line -1
    assertThat(problems(text)).containsExactlyInAnyOrder(
        "author/local.drl:9:14: unknown property \"purpse\" of Statement; did you mean \"purpose\"? (in rule \"A\")",
        "author/local.drl:16:14: unknown property \"outgoin\" of Statement; did you mean \"outgoing\"? (in rule \"B\")",
        "author/local.drl:23:14: unknown property \"purpse\" of Statement; did you mean \"purpose\"? (in rule \"C\")");
  }

  @Test
  void methodsFactTypesAndConstantsOnceEach() {
    String text = RuleAuthoringTest.HEADER
        + rule("A", "Statment( outgoing )") // line 9
        + rule("B", "Statement( subject != null, subject.lenght() < 12 )") // line 16: reported three times
        + rule("C", "Statement( purpose == Purpose.FOR_ACTON, daysToDedline < 3 )"); // line 23
    assertThat(problems(text)).containsExactlyInAnyOrder(
        "author/local.drl:9:3: unknown fact type \"Statment\"; did you mean \"Statement\"? (in rule \"A\")",
        "author/local.drl:16:39: unknown method \"lenght\" of String; did you mean \"length\"? (in rule \"B\")",
        "author/local.drl:23:33: unknown constant \"FOR_ACTON\" of Purpose; did you mean \"FOR_ACTION\"? "
            + "(known: FOR_INFORMATION, FOR_ACTION, IN_RESPONSE, FOR_COMMENT) (in rule \"C\")",
        "author/local.drl:23:44: unknown property \"daysToDedline\" of Statement; did you mean \"daysToDeadline\"? "
            + "(in rule \"C\")");
  }

  @Test
  void aNameNothingIsNearStillGetsItsPlace() {
    String text = RuleAuthoringTest.HEADER + rule("A", "Statement( zzzzzzzz )");
    assertThat(problems(text)).containsExactly(
        "author/local.drl:9:14: unknown property \"zzzzzzzz\" of Statement (in rule \"A\")");
  }
}
