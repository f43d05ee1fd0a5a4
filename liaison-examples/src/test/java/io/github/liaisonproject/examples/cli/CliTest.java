package io.github.liaisonproject.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.liaisonproject.examples.AuthorFolder;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.io.Format;
import io.github.liaisonproject.model.io.LiaisonFiles;
import io.github.liaisonproject.rules.LiaisonRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI in-process (picocli's execute with captured output), every subcommand. Assertions rely
 * on the content rules only, or on the shape of the output, so other concerns can land freely.
 */
class CliTest {
  static final Path SAMPLES = Path.of("samples");
  static final String AS_OF = "--as-of=2026-06-10";

  record Run(int code, String out, String err) {}

  @BeforeAll
  static void compileOnce() {
    LiaisonRules.standard();
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LiaisonCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static String sample(String name) {
    return SAMPLES.resolve(name).toString();
  }

  @Test
  void noArgumentsPrintsHelp() {
    Run r = run();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: liaison").contains("assess").contains("audit").contains("check-rules");
  }

  @Test
  void assessPrintsABlockPerStatement() {
    Run r = run("assess", AS_OF, sample("wg-action-to-itu.yaml"), sample("iesg-statement.yaml"));
    assertThat(r.code()).isIn(0, 1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("== samples/wg-action-to-itu.yaml [ietf-netconf-2026-01]")
        .contains("Direction: OUTGOING   Purpose: For Action   Stage: PENDING_APPROVAL   Deadline: 2026-09-30")
        .contains("== samples/iesg-statement.yaml [ietf-iesg-2026-02]")
        .containsPattern("(READY TO SEND|NOT READY) \\(as of 2026-06-10")
        .contains("Approval: ").contains("Delivery").doesNotContain("\u001b[");
  }

  @Test
  void aStatementItsRecordShowsApprovedReadsApproved(@TempDir Path dir) throws IOException {
    String sent = """
        from: [{kind: WORKING_GROUP, name: netconf}]
        fromContacts: [nina.chair@example.org, netconf@ietf.org, liaison-coordination@iab.org]
        to: [{organization: IEEE, kind: EXTERNAL_GROUP, name: "802.1"}]
        toContacts: [ieee-sec@example.com]
        purpose: For Information
        subject: YANG models for bridges
        body: The NETCONF WG informs IEEE 802.1 of its YANG work.
        stage: SENT
        sent: 2026-02-20
        """;
    Path approved = dir.resolve("approved.yaml");
    Files.writeString(approved, sent + "recordedApproval: {approved: YES, by: (System)}\n");
    Path pending = dir.resolve("pending.yaml");
    Files.writeString(pending, sent + "recordedApproval: {approved: NO}\n");
    String directory = "--directory=" + Path.of("../liaison-rules/src/main/resources/io/github/liaisonproject/rules/standard/directory.yaml");
    Run r = run("assess", AS_OF, directory, approved.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Approval: 1 required, 0 present, satisfied")
        .contains("for IETF WG netconf (area ops) (APPROVAL-WG (§4.1)): approved, as its public record shows");
    Run json = run("assess", AS_OF, directory, "--format=json", approved.toString());
    assertThat(json.out()).contains("\"approvedBy\" : null").contains("\"satisfied\" : true").contains("\"givenBy\" : \"APPROVAL-WG\"");
    Run p = run("assess", AS_OF, directory, pending.toString());
    assertThat(p.out()).contains("not satisfied").contains("not yet approved");
  }

  @Test
  void everySampleStatementReadsAndIsAssessed() throws IOException {
    try (var files = Files.list(SAMPLES)) {
      String[] args = files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(Path::toString)
          .toArray(String[]::new);
      assertThat(args).hasSizeGreaterThanOrEqualTo(8);
      Run r = run(concat(new String[] {"assess", AS_OF, "--format=json"}, args));
      assertThat(r.err()).isEmpty();
      assertThat(r.code()).isIn(0, 1);
    }
  }

  @Test
  void errorFindingsGiveExitOne(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("empty.yaml");
    Files.writeString(f, "to: [{organization: ITU-T, kind: EXTERNAL_GROUP, name: Study Group 15}]\n");
    Run r = run("assess", AS_OF, f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("NOT READY").contains("ERROR").contains("CONTENT-BODY-REQUIRED (§2.3)")
        .contains("CONTENT-PURPOSE-REQUIRED");
  }

  @Test
  void assessJsonHasTheDocumentedShape() throws IOException {
    Run r = run("assess", AS_OF, "--format", "json", sample("incoming-3gpp-action.yaml"), sample("reply-to-3gpp.yaml"));
    assertThat(r.code()).isIn(0, 1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.isArray()).isTrue();
    assertThat(json).hasSize(2);
    JsonNode first = json.get(0);
    assertThat(first.get("file").asText()).isEqualTo(sample("incoming-3gpp-action.yaml"));
    assertThat(first.get("id").asText()).isEqualTo("3gpp-sa2-S2-2601234");
    for (String key : new String[] {"readyToSend", "findings", "approval", "delivery", "transmission", "obligations",
        "proposals"}) {
      assertThat(first.has(key)).as(key).isTrue();
    }
    assertThat(first.get("approval").has("required")).isTrue();
    assertThat(first.get("approval").has("present")).isTrue();
    assertThat(first.get("approval").has("satisfied")).isTrue();
    assertThat(first.get("delivery").has("to")).isTrue();
    assertThat(first.get("delivery").has("cc")).isTrue();
    assertThat(first.get("delivery").has("replyTo")).isTrue();
  }

  @Test
  void findingsInJsonCarryRuleSeveritySectionMessageSource(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("no-body.json");
    Files.writeString(f, "{\"from\": [{\"kind\": \"WORKING_GROUP\", \"name\": \"netconf\"}], \"purpose\": \"For Information\"}");
    Run r = run("assess", AS_OF, "--format=json", f.toString());
    assertThat(r.code()).isEqualTo(1);
    JsonNode finding = null;
    for (JsonNode x : new ObjectMapper().readTree(r.out()).get(0).get("findings")) {
      if (x.get("ruleId").asText().equals("CONTENT-BODY-REQUIRED")) {
        finding = x;
      }
    }
    assertThat(finding).isNotNull();
    assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
    assertThat(finding.get("section").asText()).isEqualTo("§2.3");
    assertThat(finding.get("message").asText()).isNotBlank();
    assertThat(finding.get("source").asText()).contains("content.drl");
  }

  @Test
  void relatedFilesAndListsAreAccepted(@TempDir Path dir) throws IOException {
    Run r = run("assess", AS_OF, sample("reply-to-3gpp.yaml"), "--related", sample("incoming-3gpp-action.yaml"));
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isIn(0, 1);
    Path list = dir.resolve("both.yaml");
    Files.writeString(list, LiaisonFiles.write(java.util.List.of(
        LiaisonFiles.readStatement(SAMPLES.resolve("incoming-3gpp-action.yaml")),
        LiaisonFiles.readStatement(SAMPLES.resolve("reply-to-3gpp.yaml"))), Format.YAML));
    Run both = run("assess", AS_OF, "--due-soon-days", "30", list.toString());
    assertThat(both.err()).isEmpty();
    assertThat(both.out()).contains("[3gpp-sa2-S2-2601234]").contains("[ietf-quic-2026-05]");
  }

  // ---- bad input: exit 2, file:line message, no stack trace ----------------------------------

  @Test
  void malformedYamlNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("broken.yaml");
    Files.writeString(f, "id: x\nfrom: [\n  - kind: WORKING_GROUP\nsubject: : :\n");
    Run r = run("assess", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).containsPattern(java.util.regex.Pattern.quote(f.toString()) + ":\\d+:\\d+: ")
        .doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownFieldNamesFileLineAndField(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("typo.yaml");
    Files.writeString(f, "id: x\nfrom:\n  - kind: WORKING_GROUP\n    name: netconf\npurpse: For Action\n");
    Run r = run("assess", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(f + ":5:1: ").contains("purpse").contains("purpose");
  }

  @Test
  void missingFileSaysSo() {
    Run r = run("assess", "no/such/statement.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no/such/statement.yaml: no such file");
  }

  @Test
  void badDirectoryFileNamesIt(@TempDir Path dir) throws IOException {
    Path d = dir.resolve("directory.yaml");
    Files.writeString(d, "areas:\n  - acronym: ops\n    directorz: []\n");
    Run r = run("assess", "--directory", d.toString(), sample("iab-statement.yaml"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(d + ":3:");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(run("assess", "--as-of", "2026-13-01", sample("iab-statement.yaml")).code()).isEqualTo(2);
    assertThat(run("assess", "--format", "xml", sample("iab-statement.yaml")).code()).isEqualTo(2);
    assertThat(run("assess").code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }

  // ---- reply ---------------------------------------------------------------------------------

  @Test
  void replyPrintsAnEditableDraft() throws IOException {
    Run r = run("reply", sample("incoming-3gpp-action.yaml"));
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("# Draft reply to \"3gpp-sa2-S2-2601234\"");
    LiaisonStatement reply = LiaisonFiles.readStatement(r.out(), "reply.yaml", Format.YAML);
    assertThat(reply.getPurpose()).contains(Purpose.IN_RESPONSE);
    assertThat(reply.getRespondsTo()).containsExactly("3gpp-sa2-S2-2601234");
    assertThat(reply.getSendTo()).contains("3gppliaison@example.com");
  }

  @Test
  void replyToAMissingOrBrokenFileIsBadInput(@TempDir Path dir) throws IOException {
    assertThat(run("reply", "nope.yaml").code()).isEqualTo(2);
    Path f = dir.resolve("x.json");
    Files.writeString(f, "{\"id\": \"x\",\n \"purpose\": \"For Nothing\"}");
    Run r = run("reply", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(f + ":2:");
  }

  // ---- audit ---------------------------------------------------------------------------------

  @Test
  void auditSummarisesEveryRecord() {
    Run r = run("audit", "--notes", "--as-of", "2026-01-01", sample("datatracker-sample.json"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("12 record(s), 11 assessed, 1 not mapped, as of 2026-01-01")
        .contains("Directory: the bundled SAMPLE directory (fictional people").contains("Records by standing:")
        .contains("Findings by year:").contains("Findings per record (ERROR+WARNING): median ")
        .doesNotContain("ready")
        .contains("Statements by direction and purpose:").contains("INCOMING For Action")
        .contains("OUTGOING For Comment").contains("Findings by rule:").contains("CONTENT-FROM-REQUIRED")
        .contains("#11      not mapped").contains("reason: record #11 is not a JSON object")
        .contains("note: to_groups: group \"etsi-esi\" is unknown")
        .contains("note: to_contacts: \"Ghost\" has no address shown")
        .contains("note: to_contacts: \"not an address\" is a name without an address; kept as a name");
    for (String id : new String[] {"4200", "4242", "4250", "4300", "4310", "4320", "4330", "4340", "4350", "4360",
        "#12"}) {
      assertThat(r.out()).contains("\n  " + id + " ");
    }
  }

  @Test
  void auditJsonHasAnObjectPerRecord() throws IOException {
    Run r = run("audit", "--format=json", sample("datatracker-sample.json"));
    JsonNode all = new ObjectMapper().readTree(r.out());
    assertThat(all.get("directory").asText()).contains("SAMPLE");
    assertThat(all.get("summary").get("records").asInt()).isEqualTo(12);
    assertThat(all.get("summary").get("byRule").size()).isPositive();
    JsonNode json = all.get("records");
    assertThat(json).hasSize(12);
    assertThat(json.get(1).get("id").asText()).isEqualTo("4242");
    assertThat(json.get(1).get("notes").toString()).contains("was removed");
    assertThat(json.get(10).get("error").asText()).contains("not a JSON object");
    assertThat(json.get(0).has("findings")).isTrue();
    assertThat(json.get(0).has("standing")).isTrue();
    assertThat(json.get(0).has("readyToSend")).isFalse();
  }

  @Test
  void auditOfBrokenJsonIsBadInput(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("records.json");
    Files.writeString(f, "[\n  {\"id\": 1,\n   \"title\": }\n]");
    Run r = run("audit", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(f + ":3:");
    Files.writeString(f, "{\"id\": 1}");
    assertThat(run("audit", f.toString()).err()).contains("must hold a JSON array");
    assertThat(run("audit", dir.resolve("none.json").toString()).err()).contains("no such file");
  }

  @Test
  void auditReadsAFolderOfApiResponses() {
    Run r = run("audit", "--as-of", "2026-12-01", "--no-color", sample("datatracker-api"));
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("4 record(s), 4 assessed, 0 not mapped, as of 2026-12-01")
        .contains("Read: API responses: 11 file(s), 4 statement(s)")
        .contains("Directory: built from the saved groups and roles").contains("today's roles")
        .contains("outgoing withdrawn").contains("incoming answered")
        .containsPattern("\n  5003 +sent ").containsPattern("\n  5002 +answered ")
        .doesNotContain("ready");
  }

  @Test
  void auditWithAGivenDirectorySaysSoAndAddsTheAreasTheRecordsGive() {
    String dir = "../liaison-model/src/main/resources/io/github/liaisonproject/model/samples/directory.yaml";
    Run r = run("audit", "--as-of", "2026-12-01", "--no-color", "--directory", dir,
        "src/test/resources/datatracker-api/corpus");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Directory: " + dir + " (plus ").contains("WG area(s) the records give)");
  }

  @Test
  void auditHtmlIsOneSelfContainedPage() {
    Run r = run("audit", "--as-of", "2026-12-01", "--format=html", sample("datatracker-api"));
    String html = r.out();
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("<h2>Findings by rule</h2>")
        .contains("<h2>Findings by year</h2>").contains("<details>").contains("5001")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=").doesNotContain("http://");
    // every tag opened is closed, in order (a well-formed page)
    java.util.Deque<String> open = new java.util.ArrayDeque<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(/?)([a-z0-9]+)[^>]*>").matcher(html);
    java.util.Set<String> empty = java.util.Set.of("meta", "br");
    while (m.find()) {
      String tag = m.group(2);
      if (empty.contains(tag)) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open.push(tag);
      } else {
        assertThat(open.pop()).as("closing </%s> at %d", tag, m.start()).isEqualTo(tag);
      }
    }
    assertThat(open).isEmpty();
  }

  @Test
  void auditOfABrokenFolderIsBadInputNamingFileAndField(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("page.json");
    Files.writeString(f, "{\"objects\": [{\"id\": 1}]}");
    Run r = run("audit", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(f.toString()).contains("objects[0].resource_uri").doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void datatrackerFetchRefusesABadBaseAndAnUnreachableSiteIsBadInput(@TempDir Path dir) {
    Run r = run("datatracker", "fetch", "--out", dir.toString(), "--base", "ftp://example.org");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--base ftp://example.org: not an http(s) URL");
    // nothing listens on port 9 of 127.0.0.1: the run stops with a message, no stack trace
    Run down = run("datatracker", "fetch", "--out", dir.resolve("x").toString(), "--base", "http://127.0.0.1:9");
    assertThat(down.code()).isEqualTo(2);
    assertThat(down.err()).contains("fetch stopped: ").contains("re-run").doesNotContain("\tat ");
    assertThat(run("datatracker", "fetch", "--help").out()).contains("--since").contains("Resumable");
  }

  // ---- rules and check-rules -----------------------------------------------------------------

  @Test
  void rulesListsTheActiveRulesInEachFormat(@TempDir Path dir) throws IOException {
    Run text = run("rules");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("CONTENT-FROM-REQUIRED");
    JsonNode json = new ObjectMapper().readTree(run("rules", "--format", "json").out());
    assertThat(json.isArray()).isTrue();
    assertThat(json.get(0).has("id")).isTrue();
    assertThat(run("rules", "--format=markdown").out()).startsWith("# The active rules");
    Files.writeString(dir.resolve("local.drl"), AuthorFolder.LOCAL_RULE);
    assertThat(run("rules", "--rules", dir.toString()).out()).contains("LOCAL-SUBJECT-LS");
  }

  static final String PASSING_CASES = """
      asOf: 2026-06-01
      cases:
        - description: A For Action subject without LS gets the house-style warning.
          statement:
            from: [{kind: WORKING_GROUP, name: ccamp}]
            fromContacts: [mei.lambda@example.org]
            to: [{organization: ITU-T, kind: EXTERNAL_GROUP, name: Study Group 15}]
            toContacts: [tsbsg15@itu.int]
            purpose: For Action
            deadline: 2026-09-01
            subject: Review of GMPLS extensions
            body: text
          expect:
            fires: [LOCAL-SUBJECT-LS]
            severity: {LOCAL-SUBJECT-LS: WARNING}
      """;

  @Test
  void checkRulesPassesWhenEveryCasePasses(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("local.drl"), AuthorFolder.LOCAL_RULE);
    Files.writeString(dir.resolve("local.cases.yaml"), PASSING_CASES);
    Run r = run("check-rules", dir.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("1 case(s) in 1 file(s): 1 passed, 0 failed");
    assertThat(r.code()).isZero();
  }

  @Test
  void checkRulesPrintsFailingCasesWithExpectedAndActual(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("local.drl"), AuthorFolder.LOCAL_RULE);
    Files.writeString(dir.resolve("local.cases.yaml"), PASSING_CASES.replace("subject: Review", "subject: LS Review"));
    Run r = run("check-rules", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL " + dir.resolve("local.cases.yaml") + " case 1: A For Action subject")
        .contains("  - expected LOCAL-SUBJECT-LS to fire; it did not").contains("1 failed");
  }

  @Test
  void checkRulesReportsCompileProblemsAsFileLineColumn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("broken.drl"), """
        package liaison.bad;
        import io.github.liaisonproject.rules.vocabulary.Statement;
        import io.github.liaisonproject.rules.vocabulary.Report;
        global Report report;
        rule "No metadata"
        when
          Statement()
        then
          report.finding(kcontext, "x");
        end
        """);
    Run r = run("check-rules", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(dir.resolve("broken.drl") + ":5:1: ");
    assertThat(run("assess", "--rules", dir.toString(), sample("iab-statement.yaml")).code()).isEqualTo(2);
  }

  @Test
  void checkRulesReportsUnreadableCasesAndMissingFolders(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("x.cases.yaml"), "cases:\n  - descripton: typo\n");
    Run r = run("check-rules", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(dir.resolve("x.cases.yaml") + ":");
    assertThat(run("check-rules", dir.resolve("none").toString()).err()).contains("no such directory");
  }

  static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
