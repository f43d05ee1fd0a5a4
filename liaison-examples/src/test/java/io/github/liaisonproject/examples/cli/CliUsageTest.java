package io.github.liaisonproject.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.ImmutableLiaisonStatement;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.PublicRecord;
import io.github.liaisonproject.model.Stage;
import io.github.liaisonproject.model.io.Format;
import io.github.liaisonproject.model.io.LiaisonFiles;
import io.github.liaisonproject.rules.LiaisonRules;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's syntax: --related, short usage errors, help, completion. */
class CliUsageTest {
  static final String ORIGINAL = CliTest.sample("incoming-3gpp-action.yaml");

  @BeforeAll
  static void compileOnce() {
    LiaisonRules.standard();
  }

  static CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  /** The sample reply, sent and recorded: a recorded reply settles its original's RESPONSE-DUE. */
  static Path sentReply(Path dir) throws Exception {
    LiaisonStatement reply = LiaisonFiles.readStatement(Path.of(CliTest.sample("reply-to-3gpp.yaml")));
    Path f = dir.resolve("sent-reply.yaml");
    LiaisonStatement sent = ImmutableLiaisonStatement.copyOf(reply).withStage(Stage.SENT)
        .withRecord(PublicRecord.builder().uri(URI.create("https://datatracker.ietf.org/liaison/9101/")).build());
    Files.writeString(f, LiaisonFiles.write(sent, Format.YAML));
    return f;
  }

  @Test
  void relatedTakesOneFileSoTheStatementAfterItIsAssessed(@TempDir Path dir) throws Exception {
    String reply = sentReply(dir).toString();
    CliTest.Run before = run("assess", "--as-of=2026-07-01", "--related", reply, ORIGINAL);
    CliTest.Run after = run("assess", "--as-of=2026-07-01", ORIGINAL, "--related", reply);
    CliTest.Run alone = run("assess", "--as-of=2026-07-01", ORIGINAL);
    assertThat(before.err()).isEmpty();
    assertThat(before.out()).contains("== " + ORIGINAL).doesNotContain("== " + reply)
        .contains("settled: ");
    assertThat(after.out()).isEqualTo(before.out());
    assertThat(after.code()).isEqualTo(before.code());
    assertThat(alone.out()).doesNotContain("settled: ");
    // more than one: the option repeated
    CliTest.Run two = run("assess", "--as-of=2026-07-01", "--related", reply, "--related", CliTest.sample("iab-statement.yaml"),
        ORIGINAL);
    assertThat(two.err()).isEmpty();
    assertThat(two.out()).contains("== " + ORIGINAL).doesNotContain("== " + CliTest.sample("iab-statement.yaml"));
  }

  /** Two lines on stderr, exit 2, never the whole usage. */
  static String usageError(String... args) {
    CliTest.Run r = run(args);
    assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).doesNotContain("Usage:").doesNotContain("Exception");
    assertThat(r.err().lines().count()).as(r.err()).isEqualTo(2);
    return r.err();
  }

  @Test
  void aBadDateNamesTheOptionAndTheForm() {
    assertThat(usageError("assess", "--as-of", "2026-13-01", ORIGINAL)).isEqualTo(
        "liaison assess: --as-of: '2026-13-01' is not a date; expected YYYY-MM-DD, e.g. 2026-03-01\n"
            + "See 'liaison help assess'.\n");
    assertThat(usageError("assess", "--as-of=1 March 2026", ORIGINAL))
        .startsWith("liaison assess: --as-of: '1 March 2026' is not a date; expected YYYY-MM-DD");
  }

  @Test
  void aBadEnumValueListsTheValuesAndTheNearest() {
    assertThat(usageError("assess", "--format", "jsn", ORIGINAL)).isEqualTo(
        "liaison assess: --format: 'jsn' is not one of text, json; did you mean json?\n"
            + "See 'liaison help assess'.\n");
    assertThat(usageError("rules", "--format=markdwn")).startsWith(
        "liaison rules: --format: 'markdwn' is not one of text, json, markdown; did you mean markdown?");
    assertThat(usageError("rules", "--format=xml")).startsWith(
        "liaison rules: --format: 'xml' is not one of text, json, markdown\n");
    assertThat(run("assess", "--format", "JSON", "--as-of=2026-06-10", ORIGINAL).code()).isIn(0, 1);
  }

  @Test
  void unknownOptionsCommandsAndMissingFilesAreOneLineEach() {
    assertThat(usageError("assess", "--formt", "json", ORIGINAL))
        .startsWith("liaison assess: unknown option '--formt'; did you mean '--format'?\n");
    assertThat(usageError("asess", ORIGINAL)).isEqualTo("liaison: unknown command 'asess'; did you mean 'assess'?\n"
        + "See 'liaison --help', or 'liaison help COMMAND' for a command.\n");
    assertThat(usageError("frobnicate")).startsWith("liaison: unknown command 'frobnicate'; the commands are assess, ");
    assertThat(usageError("assess")).startsWith("liaison assess: missing FILE: statement files");
    assertThat(usageError("audit")).startsWith("liaison audit: missing DIR|FILE");
    assertThat(usageError("check-rules", "a", "b")).startsWith("liaison check-rules: unexpected argument 'b'");
    assertThat(usageError("reply", "a.yaml", "b.yaml")).startsWith("liaison reply: unexpected argument 'b.yaml'");
    assertThat(usageError("assess", "--due-soon-days", "soon", ORIGINAL)).startsWith("liaison assess: --due-soon-days: ");
  }

  @Test
  void helpCommandPrintsACommandsUsage() {
    CliTest.Run r = run("help", "assess");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: liaison assess").contains("--related=FILE").contains("Examples:");
    assertThat(run("help").out()).contains("Usage: liaison").contains("completion").contains("help");
    assertThat(run("check-rules", "--help").out()).contains("settings.yaml").contains("bundled cases");
  }

  @Test
  void completionPrintsABashScriptOfEveryCommandAndOption() {
    CliTest.Run r = run("completion");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F")
        .contains("assess").contains("check-rules").contains("--related").contains("--as-of");
  }
}
