package io.github.liaisonproject.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example author folder (author-folders/any-approver) implements the alternative multi-group
 * approval policy; `check-rules` compiles it with the bundled files and its cases pass. A hostile
 * file in a folder is refused with its line.
 */
class AuthorFolderExampleTest {
  static final Path FOLDER = Path.of("author-folders/any-approver");

  @Test
  void theAnyApproverFolderChecksClean() {
    CliTest.Run r = CliTest.run("check-rules", FOLDER.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("3 case(s) in 1 file(s): 3 passed, 0 failed");
    assertThat(r.code()).isZero();
  }

  @Test
  void rulesListingShowsTheLocalRuleAndNotTheDisabledOne() {
    CliTest.Run r = CliTest.run("rules", "--rules", FOLDER.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("LOCAL-APPROVAL-ANY-ONE").doesNotContain("APPROVAL-MULTIPLE-GROUPS");
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
    assertThat(r.err()).contains(dir.resolve("evil.drl") + ":9:3: Runtime is not available to rules");
  }
}
