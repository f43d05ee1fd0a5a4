package io.github.liaisonproject.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text output of the CLI, fed hostile input (a statement, a rule file, a cases file, a
 * Datatracker record, a file name, an option value) holding ESC [ 2 J, an OSC title sequence,
 * U+202E and U+2066, BEL and CR: no raw control, bidi or other non-printing character reaches
 * stdout or stderr (only the line breaks the output is made of); JSON output keeps the exact
 * text.
 */
class HostileOutputTest {
  /** Clears the screen, sets the window title, reverses the text, rings, and returns the cursor. */
  static final String HOSTILE = "\u001b[2J\u001b]0;pwned\u0007 \u202Egnp.exe\u2066 x\rFAKE";
  static final String RULE_TEXT = "\u001b[2J \u202Egnp.exe\u2066";
  static final String AS_OF = "--as-of=2026-03-01";
  static final String SAMPLE = "samples/wg-action-to-itu.yaml";

  /** The only non-printing character allowed in text output is the line break. */
  static void assertPrintable(String what, String output) {
    for (int i = 0; i < output.length();) {
      int cp = output.codePointAt(i);
      if (cp != '\n') {
        int at = i;
        assertThat(TerminalText.printable(cp)).as("%s: raw U+%04X at %d in:%n%s", what, cp, at, output).isTrue();
      }
      i += Character.charCount(cp);
    }
  }

  static void assertSafe(String what, CliTest.Run r) {
    assertPrintable(what + " (stdout)", r.out());
    assertPrintable(what + " (stderr)", r.err());
  }

  /** A YAML double-quoted scalar holding s exactly. */
  static String yaml(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || !TerminalText.printable(c)) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  static Path hostileStatement(Path dir) throws IOException {
    String sample = Files.readString(Path.of(SAMPLE));
    String text = sample.replaceFirst("(?m)^subject:.*$", java.util.regex.Matcher.quoteReplacement("subject: " + yaml(HOSTILE)));
    assertThat(text).isNotEqualTo(sample);
    return Files.writeString(dir.resolve("hostile.yaml"), text);
  }

  /** An author folder whose rules put the statement's text into messages and why-not details. */
  static Path hostileRules(Path dir) throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("local.drl"), "package liaison.local;\n"
        + "import io.github.liaisonproject.rules.vocabulary.Statement;\n"
        + "import io.github.liaisonproject.rules.vocabulary.Report;\n"
        + "global Report report;\n"
        + "rule \"Hostile\" @id(\"LOCAL-HOSTILE\") @section(\"§2.2\") @severity(\"WARNING\") @explanation(\"Quotes the subject.\")\n"
        + "when\n  $s : Statement( subject != null )\nthen\n"
        + "  report.finding(kcontext, \"subject: \" + $s.getSubject());\nend\n"
        + "rule \"Never\" @id(\"LOCAL-NEVER\") @section(\"§2.2\") @severity(\"INFO\") @explanation(\"Never.\")\n"
        + "when\n  $s : Statement( subject == \"never\" )\nthen\n"
        + "  report.finding(kcontext, \"never\");\nend\n");
    return rules;
  }

  /** An author folder whose rule name, metadata and messages hold raw escape sequences: refused. */
  static Path trojanRules(Path dir) throws IOException {
    Path rules = Files.createDirectories(dir.resolve("trojan"));
    Files.writeString(rules.resolve("local.drl"), "package liaison.local;\n"
        + "import io.github.liaisonproject.rules.vocabulary.Statement;\n"
        + "import io.github.liaisonproject.rules.vocabulary.Report;\n"
        + "global Report report;\n"
        + "rule \"Hostile " + RULE_TEXT + " name\" @id(\"LOCAL-HOSTILE\") @section(\"§2.2\") @severity(\"WARNING\")\n"
        + "  @explanation(\"Clears " + RULE_TEXT + " the screen.\")\n"
        + "when\n  $s : Statement( subject != \"" + RULE_TEXT + "\" )\nthen\n"
        + "  report.finding(kcontext, \"subject " + RULE_TEXT + ": \" + $s.getSubject());\nend\n");
    return rules;
  }

  @Test
  void assessWithExplainAndWhyNot(@TempDir Path tmp) throws IOException {
    Path file = hostileStatement(tmp);
    Path rules = hostileRules(tmp);
    CliTest.Run r = CliTest.run("assess", AS_OF, "--no-color", "--rules", rules.toString(), "--explain",
        "--why-not", "LOCAL-NEVER", file.toString());
    assertSafe("assess --explain --why-not", r);
    assertThat(r.out()).contains("subject: <U+001B>[2J").contains("<U+202E>").contains("Why not LOCAL-NEVER");
    assertThat(r.out().substring(r.out().indexOf("Why:"))).contains("<U+001B>[2J");
    assertThat(r.out().substring(r.out().indexOf("Why not"))).contains("<U+001B>[2J");
    CliTest.Run json = CliTest.run("assess", AS_OF, "--format=json", "--explain", file.toString());
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.findValuesAsText("subject")).contains(HOSTILE);
  }

  @Test
  void rulesListingInTextAndMarkdown(@TempDir Path tmp) throws IOException {
    for (String format : new String[] {"text", "markdown", "json"}) {
      CliTest.Run r = CliTest.run("rules", "--format", format);
      assertSafe("rules --format " + format, r);
      assertThat(r.out()).as(format).contains("APPROVAL-WG");
    }
    // rule metadata with escape sequences (the only input of the listing) is refused, and the refusal prints safely
    CliTest.Run refused = CliTest.run("rules", "--rules", trojanRules(tmp).toString());
    assertThat(refused.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertSafe("rules (refused)", refused);
    assertThat(refused.err()).contains("local.drl:5:").contains("U+001B is not allowed in rule files");
  }

  @Test
  void checkRulesCasesAndProblems(@TempDir Path tmp) throws IOException {
    Path rules = hostileRules(tmp);
    Files.writeString(rules.resolve("local.cases.yaml"), "asOf: 2026-03-01\ncases:\n"
        + "  - description: " + yaml("fails " + HOSTILE) + "\n"
        + "    statement:\n      from: [{kind: WORKING_GROUP, name: netconf}]\n      fromContacts: [ines.candidate@example.org]\n"
        + "      to: [{organization: ITU-T, kind: EXTERNAL_GROUP, name: Study Group 15}]\n      toContacts: [tsbsg15@itu.int]\n"
        + "      purpose: For Information\n      subject: " + yaml(HOSTILE) + "\n      body: Text.\n"
        + "    expect:\n      fires: [LOCAL-NEVER]\n");
    CliTest.Run r = CliTest.run("check-rules", rules.toString());
    assertSafe("check-rules (failing case)", r);
    assertThat(r.out()).contains("FAIL").contains("fails <U+001B>[2J");

    CliTest.Run p = CliTest.run("check-rules", trojanRules(tmp).toString());
    assertThat(p.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertSafe("check-rules (problems)", p);
    assertThat(p.err()).contains("local.drl:5:").contains("is not allowed in rule files");
    // a problem message that quotes the file: an unknown property whose name is followed by a bidi mark
    Path broken = Files.createDirectories(tmp.resolve("broken"));
    Files.writeString(broken.resolve("local.drl"), "package liaison.local;\nimport io.github.liaisonproject.rules.vocabulary.Statement;\n"
        + "rule \"Broken\" @id(\"LOCAL-BROKEN\") @section(\"§2.2\") @explanation(\"x\")\n"
        + "when\n  $s : Statement( subjcet\u00AD\u200B == null )\nthen\nend\n");
    CliTest.Run q = CliTest.run("check-rules", broken.toString());
    assertThat(q.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertSafe("check-rules (a message quoting the file)", q);
  }

  @Test
  void diffRules(@TempDir Path tmp) throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    hostileStatement(corpus);
    Files.move(corpus.resolve("hostile.yaml"), corpus.resolve("hostile-" + "\u001b[2J\u202E" + ".yaml"));
    Path rules = hostileRules(tmp);
    CliTest.Run r = CliTest.run("diff-rules", AS_OF, "--no-color", "--rules", rules.toString(), corpus.toString());
    assertSafe("diff-rules", r);
    assertThat(r.out()).contains("LOCAL-HOSTILE");
  }

  @Test
  void auditTextAndHtml(@TempDir Path tmp) throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("api"));
    try (Stream<Path> s = Files.list(Path.of("samples/datatracker-api"))) {
      for (Path f : s.toList()) {
        Files.copy(f, folder.resolve(f.getFileName()));
      }
    }
    ObjectMapper json = new ObjectMapper();
    Path statements = folder.resolve("liaisonstatement.json");
    JsonNode root = json.readTree(statements.toFile());
    ((ObjectNode) root.path("objects").get(0)).put("title", HOSTILE);
    ((ObjectNode) root.path("objects").get(1)).put("from_contact", "Mallory " + HOSTILE + " <not an address>");
    ((ObjectNode) root.path("objects").get(1)).put("title", "");
    json.writeValue(statements.toFile(), root);
    Path rules = hostileRules(tmp);
    CliTest.Run text = CliTest.run("audit", AS_OF, "--no-color", "--notes", "--rules", rules.toString(), folder.toString());
    assertSafe("audit (text)", text);
    // (the mapper trims the title: its leading ESC goes, the CR becomes a space)
    assertThat(text.out()).contains("<U+001B>]0;pwned<U+0007> <U+202E>gnp.exe").contains("LOCAL-HOSTILE: subject: [2J<U+001B>]0")
        .contains("note: from_contact: \"Mallory <U+001B>[2J");
    CliTest.Run html = CliTest.run("audit", AS_OF, "--format", "html", folder.toString());
    assertSafe("audit (html)", html);
    assertThat(html.out()).contains("&lt;U+001B&gt;[2J").contains("&lt;U+202E&gt;").doesNotContain("&#x");
    CliTest.Run out = CliTest.run("audit", AS_OF, "--format", "json", folder.toString());
    assertThat(json.readTree(out.out()).findValuesAsText("title")).anySatisfy(t -> assertThat(t).contains("\u001b]0;pwned\u0007 \u202Egnp.exe"));
  }

  @Test
  void replyHeader(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in-\u001b[2J\u202E"));
    Path file = Files.copy(Path.of("samples/incoming-3gpp-action.yaml"), dir.resolve("statement.yaml"));
    CliTest.Run r = CliTest.run("reply", file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    String header = r.out().substring(0, r.out().indexOf('\n'));
    assertThat(header).startsWith("# Draft reply to").contains("in-<U+001B>[2J<U+202E>");
    assertPrintable("reply header", header);
    assertPrintable("reply (stderr)", r.err());
  }

  @Test
  void replyDraft(@TempDir Path tmp) throws Exception {
    // the original's subject and contacts carry bidi controls into the draft (Re: ..., Send To)
    var original = io.github.liaisonproject.model.io.LiaisonFiles.readStatement(Path.of("samples/incoming-3gpp-action.yaml"));
    var hostile = io.github.liaisonproject.model.ImmutableLiaisonStatement.copyOf(original)
        .withSubject("Caf\u00e9 \u202Egnp.exe\u202C and \u2066isolated\u2069 \u200Bhidden");
    Path file = tmp.resolve("statement.yaml");
    io.github.liaisonproject.model.io.LiaisonFiles.write(hostile, file);
    CliTest.Run r = CliTest.run("reply", file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertPrintable("reply", r.out());
    assertPrintable("reply (stderr)", r.err());
    // still YAML that reads back to the draft: the subject escaped, not changed
    String yaml = r.out().substring(r.out().indexOf('\n') + 1);
    assertThat(yaml).contains("\\u202e").contains("\\xe9");
    assertThat(io.github.liaisonproject.model.io.LiaisonFiles.readStatement(yaml, "reply.yaml",
        io.github.liaisonproject.model.io.Format.YAML).getSubject()).hasValueSatisfying(v -> assertThat(v)
        .contains("Caf\u00e9 \u202Egnp.exe\u202C and \u2066isolated\u2069 \u200Bhidden"));
  }

  @Test
  void datatrackerFetchProgress(@TempDir Path tmp) throws IOException {
    String hostileKey = "1\u001b[2J\u202E";
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/", x -> {
      String path = x.getRequestURI().getPath();
      String query = x.getRequestURI().getRawQuery() == null ? "" : x.getRequestURI().getRawQuery();
      int segments = path.substring("/api/v1/".length()).split("/").length;
      byte[] body;
      int status = 200;
      if (segments > 2) {
        status = 404;
        body = "{}".getBytes(StandardCharsets.UTF_8);
      } else if (path.contains("liaisonstatementevent") && query.contains("time__gte")) {
        body = ("{\"meta\": {\"next\": null, \"total_count\": 1}, \"objects\": [{\"id\": 1, \"time\": \"2026-02-01T00:00:00\","
            + " \"statement\": \"/api/v1/liaisons/liaisonstatement/" + hostileKey.replace("\u001b", "\\u001b")
            .replace("\u202E", "\\u202E") + "/\"}]}").getBytes(StandardCharsets.UTF_8);
      } else {
        body = "{\"meta\": {\"next\": null, \"total_count\": 0}, \"objects\": []}".getBytes(StandardCharsets.UTF_8);
      }
      x.getResponseHeaders().add("Content-Type", "application/json");
      x.sendResponseHeaders(status, body.length);
      x.getResponseBody().write(body);
      x.close();
    });
    server.start();
    try {
      Path out = tmp.resolve("out-\u001b[2J\u202E");
      CliTest.Run r = CliTest.run("datatracker", "fetch", "--out", out.toString(), "--since", "2026-01-01",
          "--base", "http://127.0.0.1:" + server.getAddress().getPort());
      assertSafe("datatracker fetch", r);
      assertThat(r.err()).contains("warning:").contains("<U+001B>[2J");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void errorMessagesThatQuoteInput(@TempDir Path tmp) throws IOException {
    // a file name
    CliTest.Run missing = CliTest.run("assess", tmp.resolve("no-such-" + HOSTILE.replace("\r", "") + ".yaml").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertSafe("assess of a missing file", missing);
    assertThat(missing.err()).contains("<U+001B>[2J");
    // a field value that is not valid
    String sample = Files.readString(Path.of(SAMPLE));
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), sample.replaceFirst("(?m)^sendReplyTo:.*$|\\z",
        java.util.regex.Matcher.quoteReplacement("\nsendReplyTo: " + yaml("liaison@example.org" + HOSTILE))));
    CliTest.Run invalid = CliTest.run("assess", AS_OF, bad.toString());
    assertThat(invalid.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertSafe("assess of an invalid field", invalid);
    // an option value
    CliTest.Run usage = CliTest.run("assess", "--format", HOSTILE, SAMPLE);
    assertThat(usage.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertSafe("a bad option value", usage);
    // a rule file that is refused, in a folder whose name holds escape sequences
    Path rules = Files.createDirectories(tmp.resolve("rules-\u001b[2J\u202E"));
    Files.writeString(rules.resolve("local.drl"), "package liaison.local;\nrule \"" + RULE_TEXT + "\" when then end\n");
    CliTest.Run compile = CliTest.run("assess", AS_OF, "--rules", rules.toString(), SAMPLE);
    assertThat(compile.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertSafe("a rule file that is refused", compile);
    assertThat(compile.err()).contains("rules-<U+001B>[2J<U+202E>");
    // a cases file whose directory leaves its folder
    Path cases = Files.createDirectories(tmp.resolve("cases"));
    Files.writeString(tmp.resolve("outside.yaml"), "areas: []\n");
    Files.writeString(cases.resolve("local.cases.yaml"), "directory: ../outside.yaml\nasOf: 2026-03-01\ncases:\n"
        + "  - description: x\n    statement: {subject: x}\n    expect: {fires: []}\n");
    CliTest.Run out = CliTest.run("check-rules", cases.toString());
    assertThat(out.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.err()).contains("directory \"../outside.yaml\" is refused").contains("leaves the folder");
  }
}
