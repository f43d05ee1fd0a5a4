package io.github.liaisonproject.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --explain / --why-not}, {@code check-rules --coverage}, {@code diff-rules} on the command line. */
class ExplainCoverageDiffCliTest {
  static final String AS_OF = "--as-of=2026-03-01";
  static final String SAMPLE = "samples/wg-action-to-itu.yaml";
  static final String FOLDER = "author-folders/any-approver";

  @Test
  void explainGivesTheRuleAndMatchedFactsOfEveryAnswer() {
    CliTest.Run r = CliTest.run("assess", AS_OF, "--explain", SAMPLE);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Why:")
        .contains("APPROVAL-WG (§4.1, bundled:approval.drl): approval needed for IETF WG netconf (area ops)")
        .contains("because $s : Statement( outgoing ) matched the statement (outgoing For Action from IETF WG netconf to"
            + " ITU-T Study Group 15")
        .contains("because $wg : FromBody( kind == BodyKind.WORKING_GROUP ) matched from body (area \"ops\"")
        .contains("ROUTE-DELIVERY (-05 §2.1, bundled:routing.drl): To: tsbsg15@itu.int");
  }

  @Test
  void withoutExplainThereIsNoWhySection() {
    CliTest.Run r = CliTest.run("assess", AS_OF, SAMPLE);
    assertThat(r.out()).doesNotContain("Why:").doesNotContain("because");
  }

  @Test
  void whyNotNamesTheFailingConstraintAndItsValue() {
    CliTest.Run r = CliTest.run("assess", AS_OF, "--why-not", "APPROVAL-MULTIPLE-GROUPS", SAMPLE);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Why not APPROVAL-MULTIPLE-GROUPS (\"Approval for a statement from several IETF groups:"
        + " one per area\", bundled:approval.drl): does not fire")
        .contains("FAILS  exists FromBody( ietfSide, !irtf, this != $first )")
        .contains("`this != $first` failed: false for from body (area \"ops\", body IETF WG netconf")
        .contains("NOT_REACHED  accumulate( FromBody( ietfSide, !irtf, area == $area, $b : this ); $bodies : collectList( $b ) )")
        .contains("FAILS  $iab : FromBody( kind == BodyKind.IAB )")
        .contains("`kind == BodyKind.IAB` failed: kind is WORKING_GROUP")
        .contains("`area == null` failed: area is \"ops\"");
  }

  @Test
  void whyNotOfAnUnknownRuleSuggestsTheNearest() {
    CliTest.Run r = CliTest.run("assess", AS_OF, "--why-not", "APPROVAL-MULTIPLE-GROUP", SAMPLE);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--why-not APPROVAL-MULTIPLE-GROUP: no rule has that ID; did you mean APPROVAL-MULTIPLE-GROUPS?");
  }

  @Test
  void jsonCarriesTheExplanationAndWhyNot() throws IOException {
    CliTest.Run r = CliTest.run("assess", AS_OF, "--format=json", "--explain", "--why-not", "IRTF-NO-INITIATE", SAMPLE);
    JsonNode a = new ObjectMapper().readTree(r.out()).get(0);
    JsonNode first = a.get("explanation").get(0);
    assertThat(first.get("kind").asText()).isEqualTo("FINDING");
    assertThat(first.get("ruleId").asText()).isEqualTo(a.get("findings").get(0).get("ruleId").asText());
    assertThat(first.get("because").isArray()).isTrue();
    assertThat(first.get("because").size()).isPositive();
    JsonNode w = a.get("whyNot").get(0);
    assertThat(w.get("ruleId").asText()).isEqualTo("IRTF-NO-INITIATE");
    assertThat(w.get("fires").asBoolean()).isFalse();
    assertThat(w.get("conditions").get(0).get("status").asText()).isEqualTo("FAILS");
    assertThat(w.get("conditions").get(0).get("details").get(0).asText())
        .isEqualTo("`fromIrtf` failed: fromIrtf is false");
  }

  @Test
  void coverageOfTheExampleFolderIsComplete() {
    CliTest.Run r = CliTest.run("check-rules", FOLDER, "--min-coverage", "100");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("coverage: 81 of 81 rule(s) in force have a case where they fire and one where they"
        + " stay silent (100.0%)").contains("never exercised: none");
  }

  @Test
  void coverageListsRulesWithoutCasesAndFailsBelowTheMinimum(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("extra.drl"), """
        package liaison.local.extra;
        import io.github.liaisonproject.rules.vocabulary.Statement;
        import io.github.liaisonproject.rules.vocabulary.Report;
        global Report report;
        rule "Short subject" @id("LOCAL-SUBJECT-TERSE") @section("§2.1") @severity("INFO")
          @explanation("A subject of one word says little.")
        when
          Statement( subject != null, subject.length() < 8 )
        then
          report.finding(kcontext, "Say more in the subject");
        end
        rule "Never tested" @id("LOCAL-UNTESTED") @section("§2.1") @severity("INFO")
          @explanation("No case exercises this rule.")
        when
          Statement( subject == "never" )
        then
          report.finding(kcontext, "never");
        end
        """);
    Files.writeString(dir.resolve("extra.cases.yaml"), """
        asOf: 2026-03-01
        cases:
          - description: A one-word subject is terse.
            statement:
              from: [{kind: WORKING_GROUP, name: netconf}]
              fromContacts: [ines.candidate@example.org]
              to: [{organization: ITU-T, kind: EXTERNAL_GROUP, name: Study Group 15}]
              toContacts: [tsbsg15@itu.int]
              purpose: For Information
              subject: Status
              body: text
            expect:
              fires: [LOCAL-SUBJECT-TERSE]
        """);
    CliTest.Run plain = CliTest.run("check-rules", dir.toString());
    assertThat(plain.code()).isZero();
    assertThat(plain.out()).doesNotContain("coverage:");

    CliTest.Run r = CliTest.run("check-rules", dir.toString(), "--coverage");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("coverage: 80 of 82 rule(s) in force")
        .contains("LOCAL-SUBJECT-TERSE (" + dir.resolve("extra.drl") + "): no case asserts it stays silent")
        .contains("LOCAL-UNTESTED (" + dir.resolve("extra.drl") + "): never exercised")
        .contains("never exercised: LOCAL-UNTESTED");

    CliTest.Run failing = CliTest.run("check-rules", dir.toString(), "--min-coverage", "99");
    assertThat(failing.code()).isEqualTo(1);
    assertThat(failing.out()).contains("FAIL coverage 97.6% is below --min-coverage 99%");

    assertThat(CliTest.run("check-rules", dir.toString(), "--min-coverage", "97").code()).isZero();
    assertThat(CliTest.run("check-rules", dir.toString(), "--min-coverage", "120").code()).isEqualTo(2);
  }

  @Test
  void withoutAFolderTheBundledRuleSetsCasesAndCoverageAreChecked() {
    long ids = LiaisonRules.standard().rules().stream().map(RuleInfo::id).distinct().count();
    CliTest.Run r = CliTest.run("check-rules", "--min-coverage", "100");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("the standard rule set: " + LiaisonRules.CONCERNS.size() + " bundled rule files ("
            + LiaisonRules.standard().rules().size() + " active rules)\n")
        .containsPattern("\\d+ case\\(s\\) in " + LiaisonRules.CONCERNS.size() + " file\\(s\\): \\d+ passed, 0 failed")
        .contains("coverage: " + ids + " of " + ids + " rule(s) in force have a case where they fire and one where they"
            + " stay silent (100.0%)")
        .contains("never exercised: none")
        .contains("of which 0 no longer hold");

    CliTest.Run plain = CliTest.run("check-rules");
    assertThat(plain.code()).isZero();
    assertThat(plain.out()).contains("0 failed").doesNotContain("coverage:");
    assertThat(CliTest.run("check-rules", "--coverage").out()).contains("coverage: " + ids + " of " + ids);

    CliTest.Run bad = CliTest.run("check-rules", "--min-coverage", "120");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).contains("--min-coverage must be a percentage from 0 to 100, was 120.0");
  }

  @Test
  void diffRulesReportsGainsLossesAndFlipsAndFailsOnChange() throws IOException {
    CliTest.Run r = CliTest.run("diff-rules", "--rules", FOLDER, AS_OF, "samples", "generated:200:3");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("diff-rules: " + FOLDER + " against the bundled rules, 223 statement(s)")
        .containsPattern("Verdicts that flip: \\d+ \\(not ready -> ready: \\d+, ready -> not ready: 0\\)")
        .containsPattern("LOCAL-APPROVAL-ANY-ONE +decision +\\+\\d+ +-0 +gained: ");

    CliTest.Run failing = CliTest.run("diff-rules", "--rules", FOLDER, AS_OF, "--fail-on-change", "samples", "generated:200:3");
    assertThat(failing.code()).isEqualTo(1);

    JsonNode json = new ObjectMapper().readTree(CliTest.run("diff-rules", "--rules", FOLDER, AS_OF, "--format=json",
        "generated:200:3").out());
    assertThat(json.get("statements").asInt()).isEqualTo(200);
    assertThat(json.get("flips").get("nowBlocked").asInt()).isZero();
    assertThat(json.get("flips").get("statements").size()).isEqualTo(json.get("flips").get("total").asInt());
    assertThat(json.get("changes").findValuesAsText("ruleId")).contains("LOCAL-APPROVAL-ANY-ONE");
  }

  @Test
  void aFolderAgainstItselfChangesNothing() {
    CliTest.Run r = CliTest.run("diff-rules", "--rules", FOLDER, "--rules", FOLDER, AS_OF, "--fail-on-change",
        "generated:100");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Verdicts that flip: 0").contains("none: every statement gets the same answers");
  }

  @Test
  void diffRulesRefusesBadCorpusSpecs() {
    assertThat(CliTest.run("diff-rules", "--rules", FOLDER, "generated:abc").err())
        .contains("generated:abc: N must be a whole number of statements, e.g. generated:1000");
    assertThat(CliTest.run("diff-rules", "--rules", FOLDER, "generated:0").err()).contains("N must be from 1 to");
    CliTest.Run missing = CliTest.run("diff-rules", "--rules", FOLDER, "no-such-folder");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such-folder: no such file or folder");
    assertThat(CliTest.run("diff-rules", "generated:10").code()).isEqualTo(2); // --rules is required
  }
}
