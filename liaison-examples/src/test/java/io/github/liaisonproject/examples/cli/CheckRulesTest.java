package io.github.liaisonproject.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.rules.LiaisonRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check-rules} through the real command: settings, unknown names in replaced bundled files
 * and added files, and the bundled cases of replaced files. The bundled files are read from the
 * class path as they are, so the tests hold while the rules change.
 */
class CheckRulesTest {
  static String bundled(String name) throws IOException {
    try (InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static int lines(String text) {
    return (int) text.chars().filter(c -> c == '\n').count();
  }

  @Test
  void settingsAloneAreChecked(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("settings.yaml"), """
        disable: [APPROVAL-MULTIPLE-GROUPZ]
        severity: {CONTENT-SUBJECT-MISSING: EROR}
        disabel: []
        dueSoonDays: soon
        """);
    CliTest.Run r = CliTest.run("check-rules", dir.toString());
    Path s = dir.resolve("settings.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(s + ":1:11: unknown rule ID \"APPROVAL-MULTIPLE-GROUPZ\"; did you mean "
            + "\"APPROVAL-MULTIPLE-GROUPS\"?")
        .contains(s + ":2:37: severity \"EROR\" of CONTENT-SUBJECT-MISSING is not ERROR, WARNING or INFO; "
            + "did you mean \"ERROR\"?")
        .contains(s + ":3:1: unknown setting \"disabel\"; did you mean \"disable\"?")
        .contains(s + ":4:14: dueSoonDays must be a whole number of days")
        .contains("4 problem(s)").doesNotContain("Exception");
    // the same messages where the folder is used
    CliTest.Run assess = CliTest.run("assess", "--rules", dir.toString(), CliTest.sample("iab-statement.yaml"));
    assertThat(assess.code()).isEqualTo(2);
    assertThat(assess.err()).contains(s + ":1:11: unknown rule ID \"APPROVAL-MULTIPLE-GROUPZ\"");
  }

  @Test
  void settingsMayNameTheFoldersOwnRules(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("local.drl"), io.github.liaisonproject.examples.AuthorFolder.LOCAL_RULE);
    Files.writeString(dir.resolve("settings.yaml"), "severity: {LOCAL-SUBJECT-LS: info}\ndisable: [CONTENT-SUBJECT-SHORT]\n");
    CliTest.Run r = CliTest.run("check-rules", dir.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("settings.yaml applied");
  }

  @Test
  void unknownPropertiesInAReplacedBundledFileAndAnAddedFile(@TempDir Path dir) throws IOException {
    String content = bundled("content.drl");
    String typos = """

        rule "Typo in a comparison with null"
          @id("LOCAL-TYPO-NULL") @section("§2.2") @explanation("x")
        when
          Statement( purpse == null )
        then
          report.finding(kcontext, "x");
        end

        rule "Typo in a bare boolean"
          @id("LOCAL-TYPO-BARE") @section("§2.2") @explanation("x")
        when
          Statement( outgoin )
        then
          report.finding(kcontext, "x");
        end
        """;
    Files.writeString(dir.resolve("content.drl"), content + typos);
    int first = lines(content) + 5; // the blank line, rule, @id, when: then the pattern
    Files.writeString(dir.resolve("local.drl"), io.github.liaisonproject.examples.AuthorFolder.LOCAL_RULE
        .replace("Statement( forAction,", "Statement( purpse == Purpose.FOR_ACTION, forAction,")
        .replace("import io.github.liaisonproject.rules.vocabulary.Report;",
            "import io.github.liaisonproject.rules.vocabulary.Report;\nimport io.github.liaisonproject.model.Purpose;"));
    CliTest.Run r = CliTest.run("check-rules", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    Path c = dir.resolve("content.drl");
    assertThat(r.err())
        .contains(c + ":" + first + ":14: unknown property \"purpse\" of Statement; did you mean \"purpose\"? "
            + "(in rule \"Typo in a comparison with null\")")
        .contains(c + ":" + (first + 8) + ":14: unknown property \"outgoin\" of Statement; did you mean \"outgoing\"? "
            + "(in rule \"Typo in a bare boolean\")")
        .containsPattern(Pattern.quote(dir.resolve("local.drl").toString())
            + ":\\d+:\\d+: unknown property \"purpse\" of Statement; did you mean \"purpose\"\\? "
            + "\\(in rule \"For Action subjects say LS\"\\)")
        .doesNotContain("strict-mode").doesNotContain("Unable to Analyse");
  }

  @Test
  void aReplacedFileMustPassTheBundledCases(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("content.drl"), bundled("content.drl"));
    CliTest.Run same = CliTest.run("check-rules", dir.toString());
    assertThat(same.err()).isEmpty();
    assertThat(same.out()).contains("running the bundled cases of content.drl, which " + dir.resolve("content.drl")
        + " replaces: bundled:content.cases.yaml").containsPattern("[1-9]\\d* case\\(s\\) in 1 file\\(s\\): \\d+ passed, 0 failed");
    assertThat(same.code()).isZero();
  }

  @Test
  void aReplacementThatDropsARuleFailsTheBundledCasesUntilItsOwnCasesSayOtherwise(@TempDir Path dir)
      throws IOException {
    String content = bundled("content.drl");
    Matcher rule = Pattern.compile("(?ms)^rule [^\\n]*\\n\\s*@id\\(\"CONTENT-PURPOSE-REQUIRED\"\\).*?^end\\s*$").matcher(content);
    assertThat(rule.find()).as("content.drl has CONTENT-PURPOSE-REQUIRED").isTrue();
    Files.writeString(dir.resolve("content.drl"), content.substring(0, rule.start()) + content.substring(rule.end()));
    CliTest.Run r = CliTest.run("check-rules", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL bundled:content.cases.yaml case ")
        .contains("expected CONTENT-PURPOSE-REQUIRED to fire; it did not")
        .contains("note: bundled:content.cases.yaml states what the bundled content.drl does")
        .contains("copy " + CheckRulesCommand.BUNDLED_SOURCE + "content.cases.yaml to " + dir.resolve("content.cases.yaml"));
    assertThat(Files.exists(Path.of("..").resolve(CheckRulesCommand.BUNDLED_SOURCE + "content.cases.yaml")))
        .as("the hint names a file that exists").isTrue();

    // The folder's own content.cases.yaml declares the intended behaviour: the bundled cases no longer run.
    Files.writeString(dir.resolve("content.cases.yaml"), """
        asOf: 2026-06-01
        cases:
          - description: Without a purpose, no purpose finding under this policy.
            statement:
              from: [{kind: WORKING_GROUP, name: netconf}]
              fromContacts: [ines.candidate@example.org]
              to: [{organization: ITU-T, kind: EXTERNAL_GROUP, name: Study Group 15}]
              toContacts: [tsbsg15@itu.int]
              subject: Status
              body: text
            expect:
              silent: [CONTENT-PURPOSE-REQUIRED]
        """);
    CliTest.Run own = CliTest.run("check-rules", dir.toString());
    assertThat(own.err()).isEmpty();
    assertThat(own.out()).doesNotContain("bundled:content.cases.yaml").contains("1 case(s) in 1 file(s): 1 passed, 0 failed");
    assertThat(own.code()).isZero();
  }

  @Test
  void aCopiedBundledCasesFileFindsTheBundledDirectory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("content.drl"), bundled("content.drl"));
    Files.writeString(dir.resolve("content.cases.yaml"), bundled("content.cases.yaml"));
    CliTest.Run r = CliTest.run("check-rules", dir.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).containsPattern("in 1 file\\(s\\): \\d+ passed, 0 failed");
    assertThat(r.code()).isZero();
  }
}
