package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.rules.cases.CaseResult;
import io.github.liaisonproject.rules.cases.RuleCoverage;
import io.github.liaisonproject.rules.engine.Sections;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule set against the catalogue (spec/RULES.md): every ID implemented (or listed in
 * {@link #NOT_IMPLEMENTED} with a reason), every rule citing a section that exists in the cited
 * revision, every rule with a case where it fires and one where it must not, no ID used twice.
 */
class CatalogueTest {
  /** Catalogue IDs deliberately not implemented, with the reason. Empty: every rule is implemented. */
  static final Map<String, String> NOT_IMPLEMENTED = Map.of();

  static Map<String, String> catalogue; // ID -> severity column
  /** Rows whose column says "retired" (revision 2: CONSENSUS-SENDER-WG): reserved, implemented by no rule. */
  static Set<String> retired;
  static List<CaseResult> cases;

  @BeforeAll
  static void load() throws IOException {
    catalogue = new LinkedHashMap<>();
    Pattern row = Pattern.compile("^\\|\\s*([A-Z][A-Z0-9-]+[A-Z0-9])\\s*\\|\\s*([^|]*)\\|");
    for (String line : resource("spec/RULES.md").split("\n")) {
      Matcher m = row.matcher(line);
      if (m.find() && !m.group(1).equals("ID")) {
        catalogue.put(m.group(1), m.group(2).trim());
      }
    }
    retired = catalogue.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase("retired"))
        .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    cases = BundledCasesTest.runAll();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = CatalogueTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void catalogueCopyMatchesTheSharedSpecWhenPresent() throws IOException {
    // CI has ../shared beside the clone; elsewhere the copy in test resources stands alone.
    for (Path p : List.of(Path.of("../../shared/spec/RULES.md"), Path.of("../shared/spec/RULES.md"))) {
      if (Files.exists(p)) {
        assertThat(resource("spec/RULES.md")).as("copy of %s", p).isEqualTo(Files.readString(p));
        return;
      }
    }
  }

  @Test
  void catalogueWasParsed() {
    assertThat(catalogue).hasSizeGreaterThanOrEqualTo(80).containsKeys("APPROVAL-WG", "RESPONSE-DUE", "TRANSMIT-ELIGIBLE");
  }

  @Test
  void everyCatalogueIdIsImplemented() {
    Set<String> implemented = LiaisonRules.standard().rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>(catalogue.keySet());
    missing.removeAll(implemented);
    missing.removeAll(NOT_IMPLEMENTED.keySet());
    missing.removeAll(retired);
    assertThat(missing).as("catalogue IDs with no rule").isEmpty();
  }

  @Test
  void retiredIdsStayReservedAndUnimplemented() {
    assertThat(retired).as("revision 2 retires CONSENSUS-SENDER-WG").contains("CONSENSUS-SENDER-WG");
    Set<String> implemented = LiaisonRules.standard().rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
    Set<String> stillImplemented = new TreeSet<>(retired);
    stillImplemented.retainAll(implemented);
    assertThat(stillImplemented).as("retired catalogue IDs that a rule still implements").isEmpty();
  }

  @Test
  void aRetiredRowIsReadAsRetired() {
    // the parser itself: a retired row is kept as reserved, not dropped or read as a severity
    assertThat(catalogue).containsEntry("CONSENSUS-SENDER-WG", "retired");
    assertThat(catalogue.get("CONSENSUS-IETF-WIDE-REQUIRED")).isEqualTo("ERROR");
  }

  @Test
  void everyRuleHasACatalogueId() {
    Set<String> unknown = LiaisonRules.standard().rules().stream().map(RuleInfo::id)
        .filter(id -> !catalogue.containsKey(id)).collect(Collectors.toCollection(TreeSet::new));
    assertThat(unknown).as("rules whose ID is not in the catalogue").isEmpty();
  }

  @Test
  void noIdIsUsedTwice() {
    List<String> ids = LiaisonRules.standard().rules().stream().map(RuleInfo::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void severitiesMatchTheCatalogue() {
    for (RuleInfo r : LiaisonRules.standard().rules()) {
      String column = catalogue.get(r.id());
      if (column == null || r.severity().isEmpty()) {
        continue;
      }
      assertThat(column).as("catalogue severity of %s vs the rule's %s", r.id(), r.severity().get())
          .contains(r.severity().get().name());
    }
  }

  @Test
  void rulesThatOnlyReportFindingsDeclareTheirSeverity() {
    // Rows whose column is a bare severity (no decision or obligation) must say it in @severity, so
    // the listing for policy authors and severity overrides show it. Mixed rows ("decision / WARNING")
    // pass their severity case by case in the call.
    for (RuleInfo r : LiaisonRules.standard().rules()) {
      String column = catalogue.get(r.id());
      if (column == null || column.contains("decision") || column.contains("obligation")) {
        continue;
      }
      assertThat(r.severity()).as("%s is %s in the catalogue; declare @severity", r.id(), column).isPresent();
    }
  }

  @Test
  void everySectionExistsInTheCitedRevision() throws IOException {
    Map<String, Set<String>> sectionsByRevision = Map.of(
        "-03", headings(resource("spec/draft-iab-rfc4053bis-03.txt")),
        "-05", headings(resource("spec/draft-iab-rfc4053bis-05.txt")));
    assertThat(sectionsByRevision.get("-05")).isEqualTo(Sections.KNOWN);
    assertThat(sectionsByRevision.get("-03")).isEqualTo(Sections.KNOWN);
    Pattern part = Pattern.compile("^(?:(-\\d\\d)\\s+)?§\\s*(\\d+(?:\\.\\d+)*)$");
    for (RuleInfo r : LiaisonRules.standard().rules()) {
      for (String p : r.section().split(",")) {
        Matcher m = part.matcher(p.trim());
        assertThat(m.matches()).as("%s cites %s", r.id(), r.section()).isTrue();
        List<String> revisions = m.group(1) == null ? List.of("-03", "-05") : List.of(m.group(1));
        for (String rev : revisions) {
          assertThat(sectionsByRevision.get(rev)).as("%s cites §%s in %s", r.id(), m.group(2), rev).contains(m.group(2));
        }
      }
    }
  }

  /**
   * Section numbers of a draft, read from its table of contents: the numbered lines between
   * "Table of Contents" and the body's first heading (numbered list items in the body, such as
   * §1.1's "8. Section on ...", are not sections).
   */
  static Set<String> headings(String text) {
    Set<String> found = new TreeSet<>();
    int start = text.indexOf("Table of Contents");
    assertThat(start).as("the draft has a table of contents").isNotNegative();
    Matcher body = Pattern.compile("(?m)^1\\.\\s+Introduction\\s*$").matcher(text);
    assertThat(body.find(start)).as("the body starts with 1. Introduction").isTrue();
    Matcher m = Pattern.compile("(?m)^\\s*(\\d+(?:\\.\\d+)*)\\.\\s+[A-Z]").matcher(text.substring(start, body.start()));
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void everyRuleHasACaseWhereItFiresAndOneWhereItMustNot() {
    // The computation `liaison check-rules --coverage` shows: a case must assert the rule fires
    // (fires, severity, obligations or proposals) and one that it stays silent, and both must hold.
    RuleCoverage coverage = RuleCoverage.of(LiaisonRules.standard().rules(),
        RuleCoverage.runBundled(LiaisonRules.standard()));
    assertThat(coverage.entries()).hasSize((int) LiaisonRules.standard().rules().stream().map(RuleInfo::id).distinct().count());
    assertThat(coverage.entries().stream().filter(e -> !e.firing()).map(RuleCoverage.Entry::ruleId))
        .as("rules no case asserts to fire").isEmpty();
    assertThat(coverage.entries().stream().filter(e -> !e.silent()).map(RuleCoverage.Entry::ruleId))
        .as("rules no case asserts to stay silent").isEmpty();
    assertThat(coverage.percent()).isEqualTo(100.0);
  }

  @Test
  void everyCasePasses() {
    assertThat(cases.stream().filter(r -> !r.passed()).map(CaseResult::toString).toList()).isEmpty();
  }
}
