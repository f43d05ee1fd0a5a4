package io.github.liaisonproject.rules.cases;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.rules.ApprovalRequirement;
import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.Finding;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.Obligation;
import io.github.liaisonproject.rules.Proposal;
import io.github.liaisonproject.rules.Recipient;
import io.github.liaisonproject.rules.Severity;
import io.github.liaisonproject.rules.TransmissionVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs cases files against a rule set: the one runner for bundled and author files alike.
 * Immutable and thread-safe.
 */
public final class CaseRunner {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final LiaisonRules rules;

  /**
   * A runner for this rule set.
   *
   * @param rules the rule set the cases run against; not null
   */
  public CaseRunner(LiaisonRules rules) {
    this.rules = rules;
  }

  /**
   * Reads a cases file (YAML); unknown fields are refused.
   *
   * @param in the file's content; not null (read to the end and closed)
   * @return the cases file
   * @throws IOException when it cannot be read or is not a cases file (Jackson's message says where)
   */
  public static CasesFile read(InputStream in) throws IOException {
    return YAML.readValue(in, CasesFile.class);
  }

  /**
   * Reads a directory file (YAML or JSON).
   *
   * @param in the file's content; not null (read to the end and closed)
   * @return the directory, not validated (the assessment validates it)
   * @throws IOException when it cannot be read or is not a directory file
   */
  public static Directory readDirectory(InputStream in) throws IOException {
    return YAML.readValue(in, Directory.class);
  }

  /**
   * Runs every case of a file.
   *
   * @param fileName    for messages; not null
   * @param file        the cases; not null
   * @param directories resolves the file's {@code directory} entry (a relative path) to a directory; not null
   * @return one result per case, in file order
   * @throws io.github.liaisonproject.model.validation.InvalidStatementException when a case's statement or
   *     the directory is malformed
   */
  public List<CaseResult> run(String fileName, CasesFile file, Function<String, Directory> directories) {
    Directory directory = directories.apply(file.directory() == null ? "directory.yaml" : file.directory());
    List<CaseResult> results = new ArrayList<>();
    for (int i = 0; i < file.cases().size(); i++) {
      Case c = file.cases().get(i);
      LocalDate asOf = c.asOf() != null ? c.asOf() : file.asOf() != null ? file.asOf() : LocalDate.of(2026, 6, 1);
      Assessment a = rules.assess(c.statement(), directory, asOf, c.related() == null ? List.of() : c.related());
      results.add(check(fileName, i, c, a));
    }
    return results;
  }

  /**
   * {@return every rule ID that answered in an assessment, whatever the form of its answer, sorted}
   * @param a the assessment; not null
   */
  public static Set<String> fired(Assessment a) {
    Set<String> ids = new TreeSet<>();
    a.findings().forEach(f -> ids.add(f.ruleId()));
    a.obligations().forEach(o -> ids.add(o.ruleId()));
    a.proposals().forEach(p -> ids.add(p.citation().ruleId()));
    for (ApprovalRequirement r : a.approval().required()) {
      ids.add(r.citation().ruleId());
      r.givenBy().ifPresent(c -> ids.add(c.ruleId()));
    }
    a.approval().notNeededBecause().ifPresent(c -> ids.add(c.ruleId()));
    a.delivery().to().forEach(r -> ids.add(r.citation().ruleId()));
    a.delivery().cc().forEach(r -> ids.add(r.citation().ruleId()));
    a.delivery().replyTo().forEach(r -> ids.add(r.citation().ruleId()));
    a.transmission().forEach(v -> v.citations().forEach(c -> ids.add(c.ruleId())));
    a.failures().forEach(f -> ids.add(f.ruleId()));
    return ids;
  }

  static CaseResult check(String fileName, int index, Case c, Assessment a) {
    Expectation e = c.expect();
    Set<String> fired = fired(a);
    List<String> mismatches = new ArrayList<>();
    a.failures().forEach(f -> mismatches.add("rule " + f.ruleId() + " threw: " + f.error()));
    for (String id : e.firesOrEmpty()) {
      if (!fired.contains(id)) {
        mismatches.add("expected " + id + " to fire; it did not (fired: " + String.join(", ", fired) + ")");
      }
    }
    for (String id : e.silentOrEmpty()) {
      if (fired.contains(id)) {
        mismatches.add("expected " + id + " to stay silent; it fired: " + describe(a, id));
      }
    }
    if (e.severity() != null) {
      e.severity().forEach((id, sev) -> {
        Severity want = Severity.valueOf(sev.toUpperCase(Locale.ROOT));
        List<Finding> fs = a.findings(id);
        if (fs.isEmpty()) {
          mismatches.add("expected a " + want + " finding of " + id + "; there is none");
        } else if (fs.stream().anyMatch(f -> f.severity() != want)) {
          mismatches.add("expected " + id + " to be " + want + "; it is "
              + fs.stream().map(f -> f.severity().name()).distinct().collect(Collectors.joining(", ")));
        }
      });
    }
    if (e.findingCount() != null) {
      e.findingCount().forEach((id, n) -> {
        int got = a.findings(id).size();
        if (got != n) {
          mismatches.add("expected " + n + " finding(s) of " + id + "; there are " + got + ": " + describe(a, id));
        }
      });
    }
    if (e.readyToSend() != null && e.readyToSend() != a.readyToSend()) {
      mismatches.add("expected readyToSend " + e.readyToSend() + ", was " + a.readyToSend()
          + (a.readyToSend() ? "" : " (errors: " + a.findings(Severity.ERROR).stream().map(Finding::ruleId)
              .collect(Collectors.joining(", ")) + ")"));
    }
    if (e.approved() != null && e.approved() != a.approval().satisfied()) {
      mismatches.add("expected approval satisfied " + e.approved() + ", was " + a.approval().satisfied());
    }
    if (e.approvers() != null) {
      Set<String> want = lower(e.approvers());
      Set<String> got = lower(a.approval().potentialApprovers().stream().map(Approver::address).toList());
      if (!want.equals(got)) {
        mismatches.add("expected approvers " + want + ", were " + got);
      }
    }
    if (e.delivery() != null) {
      compare(mismatches, "To", e.delivery().to(), a.delivery().to());
      compare(mismatches, "Cc", e.delivery().cc(), a.delivery().cc());
      compare(mismatches, "Reply-To", e.delivery().replyTo(), a.delivery().replyTo());
    }
    if (e.obligations() != null) {
      for (Expectation.ObligationExpectation o : e.obligations()) {
        boolean found = a.obligations().stream().anyMatch(x -> matches(o, x));
        if (!found) {
          mismatches.add("expected an obligation " + o.rule() + (o.who() == null ? "" : " for " + o.who())
              + (o.due() == null ? "" : " due " + o.due()) + "; obligations were "
              + a.obligations().stream().map(Obligation::toString).collect(Collectors.joining("; ")));
        }
      }
    }
    if (e.proposals() != null) {
      for (Expectation.ProposalExpectation p : e.proposals()) {
        boolean found = a.proposals().stream().anyMatch(x -> x.citation().ruleId().equals(p.rule())
            && (p.field() == null || p.field().equals(x.field()))
            && (p.value() == null || p.value().equalsIgnoreCase(x.value())));
        if (!found) {
          mismatches.add("expected a proposal " + p.rule() + " " + p.field() + "=" + p.value() + "; proposals were "
              + a.proposals().stream().map(x -> x.citation().ruleId() + " " + x.field() + "=" + x.value())
                  .collect(Collectors.joining("; ")));
        }
      }
    }
    if (e.transmission() != null) {
      List<String> got = a.transmission().stream().map(v -> v.eligibility().name()).toList();
      List<String> want = e.transmission().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
      if (!want.equals(got)) {
        mismatches.add("expected transmission verdicts " + want + ", were " + got);
      }
    }
    return new CaseResult(fileName, index, c.description(), fired, mismatches, a);
  }

  private static boolean matches(Expectation.ObligationExpectation o, Obligation x) {
    if (!x.ruleId().equals(o.rule())) {
      return false;
    }
    if (o.who() != null && !lower(o.who()).equals(lower(x.who().addresses()))) {
      return false;
    }
    if (o.due() != null && !o.due().equalsIgnoreCase(x.dueBy().toString())) {
      return false;
    }
    return o.discharged() == null || o.discharged() == x.discharged();
  }

  private static void compare(List<String> mismatches, String header, List<String> want, List<Recipient> got) {
    if (want == null) {
      return;
    }
    List<String> gotAddresses = got.stream().map(r -> r.address().toLowerCase(Locale.ROOT)).toList();
    List<String> wantAddresses = want.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    if (!wantAddresses.equals(gotAddresses)) {
      mismatches.add("expected " + header + " " + wantAddresses + ", was " + gotAddresses);
    }
  }

  private static Set<String> lower(List<String> items) {
    return items.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String describe(Assessment a, String id) {
    List<String> parts = new ArrayList<>();
    a.findings(id).forEach(f -> parts.add(f.severity() + " " + f.message()));
    a.obligations(id).forEach(o -> parts.add("obligation " + o.what()));
    for (Proposal p : a.proposals()) {
      if (p.citation().ruleId().equals(id)) {
        parts.add("proposal " + p.field() + "=" + p.value());
      }
    }
    for (TransmissionVerdict v : a.transmission()) {
      if (v.citations().stream().anyMatch(c -> c.ruleId().equals(id))) {
        parts.add("verdict on " + v.document().getName());
      }
    }
    if (parts.isEmpty()) {
      parts.add("as a decision (approval or delivery)");
    }
    return String.join("; ", parts);
  }

}
