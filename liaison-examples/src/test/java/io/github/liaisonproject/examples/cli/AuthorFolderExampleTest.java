package io.github.liaisonproject.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example author folders, each a policy change made by rule files alone: any-approver (the
 * alternative multi-group approval policy), experimental-rfc (an Experimental RFC goes without
 * extra context), delivery-policy (a reply copies the original's To-Contacts; no WG list on
 * statements to 3GPP), itu-t-iab-chair (statements to ITU-T also need the IAB Chair).
 * `check-rules` compiles each with the bundled files and its cases pass. A hostile file in a
 * folder is refused with its line.
 */
class AuthorFolderExampleTest {
  static final Path FOLDER = Path.of("author-folders/any-approver");

  @Test
  void theAnyApproverFolderChecksClean() {
    CliTest.Run r = CliTest.run("check-rules", FOLDER.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("4 case(s) in 1 file(s): 4 passed, 0 failed");
    assertThat(r.code()).isZero();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"experimental-rfc, 3", "delivery-policy, 3", "itu-t-iab-chair, 3"})
  void theOtherExampleFoldersCheckClean(String folder, int cases) {
    CliTest.Run r = CliTest.run("check-rules", "author-folders/" + folder);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(cases + " case(s) in 1 file(s): " + cases + " passed, 0 failed");
    assertThat(r.code()).isZero();
  }

  @Test
  void theExampleFoldersNeedNoJava() throws IOException {
    try (var files = Files.walk(Path.of("author-folders"))) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".drl") && !n.endsWith(".cases.yaml") && !n.equals("settings.yaml")).toList())
          .as("files other than rule files, cases and settings").isEmpty();
    }
  }

  @Test
  void rulesListingShowsTheLocalRuleBesideTheBundledOnes() {
    CliTest.Run r = CliTest.run("rules", "--rules", FOLDER.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("LOCAL-APPROVAL-ANY-ONE").contains("APPROVAL-MULTIPLE-GROUPS");
  }

  @Test
  void aHostileAuthorFileIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("evil.drl"), """
        package liaison.evil;
        import io.github.liaisonproject.rules.vocabulary.Statement;
        import io.github.liaisonproject.rules.vocabulary.Report;
        global Report report;
        rule "Evil" @id("LOCAL-EVIL") @section("§2.1") @explanation("x")
        when
          Statement()
        then
          Runtime.getRuntime().exec("touch /tmp/pwned");
        end
        """);
    CliTest.Run r = CliTest.run("check-rules", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(dir.resolve("evil.drl") + ":9:3: Runtime: Runtime is not available to rules");
  }
}
