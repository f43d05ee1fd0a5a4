package io.github.liaisonproject.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text output escapes what comes from input; JSON stays exact; rule failures have exit code 4. */
class SafeOutputTest {
  static final String HOSTILE_SUBJECT = "Review \u001b[2J\u001b[31mfake READY TO SEND\u001b[0m \u202Egnp.exe\u2066 x\u0007";

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LiaisonCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void escapeShowsEveryNonPrintingCharacter() {
    assertThat(TerminalText.escape("a\u001b[31mb")).isEqualTo("a<U+001B>[31mb");
    assertThat(TerminalText.escape("x\u202Ey\u2066z\u200B\uFEFF")).isEqualTo("x<U+202E>y<U+2066>z<U+200B><U+FEFF>");
    assertThat(TerminalText.escape("line\nnext\r\tend")).isEqualTo("line\\nnext\\r\\tend");
    assertThat(TerminalText.escape("typed \\n stays apart")).isEqualTo("typed \\\\n stays apart");
    assertThat(TerminalText.escape("\u0085\u009b\u007f")).isEqualTo("<U+0085><U+009B><U+007F>");
    assertThat(TerminalText.escape("plain: é, 中文, §4.1 — fine")).isEqualTo("plain: é, 中文, §4.1 — fine");
    assertThat(TerminalText.escape("\uD800")).isEqualTo("<U+D800>");
  }

  @Test
  void textOutputNeverPrintsEscapeSequencesFromTheStatementAndJsonStaysExact(@TempDir Path tmp) throws IOException {
    String sample = Files.readString(Path.of("samples/wg-action-to-itu.yaml"));
    String yamlSubject = "\"" + HOSTILE_SUBJECT.replace("\u001b", "\\e").replace("\u0007", "\\a")
        .replace("\u202E", "\\u202E").replace("\u2066", "\\u2066") + "\"";
    Path file = tmp.resolve("hostile.yaml");
    Files.writeString(file, sample.replaceFirst("(?m)^subject:.*$", java.util.regex.Matcher.quoteReplacement("subject: " + yamlSubject)));
    Run text = run("assess", "--as-of=2026-06-10", "--no-color", file.toString());
    assertThat(text.err()).isEmpty();
    assertThat(text.out()).contains("Subject:   Review <U+001B>[2J<U+001B>[31mfake")
        .doesNotContain("\u001b").doesNotContain("\u202E").doesNotContain("\u2066").doesNotContain("\u0007");
    Run json = run("assess", "--as-of=2026-06-10", "--format=json", file.toString());
    JsonNode root = new ObjectMapper().readTree(json.out());
    JsonNode first = root.isArray() ? root.get(0) : root;
    assertThat(first.findValuesAsText("subject")).contains(HOSTILE_SUBJECT);
  }

  @Test
  void aRuleSetPastItsBoundsExitsWithCode4(@TempDir Path tmp) throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Files.writeString(rules.resolve("loop.drl"), """
        package liaison.local;
        import io.github.liaisonproject.rules.vocabulary.Report;
        import io.github.liaisonproject.rules.vocabulary.ApprovalNeed;
        global Report report;
        rule "Triggers itself" @id("LOCAL-LOOP") @section("§4.1") @explanation("Each approval need makes another.")
        when
          $n : ApprovalNeed()
        then
          report.requireApproval(kcontext, $n.getForWhom(), $n.getApprovers());
        end
        """);
    Run r = run("assess", "--as-of=2026-06-10", "--no-color", "--rules", rules.toString(), "samples/wg-action-to-itu.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.RULE_FAILURE);
    // each firing allocates about 2 KB: the default allocation limit (64 MB) comes before the firing limit
    assertThat(r.out()).contains("INCOMPLETE: rule LOCAL-LOOP").contains("past the allocation limit (64 MB allocated)");
  }
}
