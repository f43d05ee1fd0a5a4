package io.github.liaisonproject.rules.oracle;

import io.github.liaisonproject.rules.ApprovalRequirement;
import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.Finding;
import io.github.liaisonproject.rules.TransmissionVerdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the oracle and the rule set are compared on, in a form both can produce and that leaves out
 * wording (messages, the text of "for whom"), which is the rule files' to choose:
 *
 * <ul>
 *   <li>{@code findings}: the IDs of the approval, IRTF, routing, transmission, consensus and
 *       relationship findings;
 *   <li>{@code approvals}: each approval requirement as the rule that made it, its potential approvers
 *       (address, role, group) and who gave it (and whether by submitting, APPROVAL-SELF);
 *   <li>{@code to}, {@code cc}, {@code replyTo}: the delivery's addresses, as sets (lower case);
 *   <li>{@code documents}: each transmitted document's verdict: name, eligibility, finding IDs.
 * </ul>
 */
public record Answer(SortedSet<String> findings, List<String> approvals, SortedSet<String> to, SortedSet<String> cc,
    SortedSet<String> replyTo, List<String> documents) {
  /** The concerns the oracle implements, by rule ID. */
  public static final Pattern COMPARED = Pattern.compile("(APPROVAL|IRTF|ROUTE|TRANSMIT|CONSENSUS|RELATIONSHIP)-.*");

  /** The projection, from the oracle's decisions. */
  static Answer of(Collection<String> findings, List<String> approvals, List<String> to, List<String> cc,
      List<String> replyTo, List<String> documents) {
    List<String> sortedApprovals = new ArrayList<>(approvals);
    sortedApprovals.sort(null);
    return new Answer(new TreeSet<>(findings), List.copyOf(sortedApprovals), addressSet(to), addressSet(cc),
        addressSet(replyTo), List.copyOf(documents));
  }

  /** The same projection of a rule set's assessment. */
  public static Answer of(Assessment a) {
    TreeSet<String> ids = new TreeSet<>();
    for (Finding f : a.findings()) {
      if (COMPARED.matcher(f.ruleId()).matches()) {
        ids.add(f.ruleId());
      }
    }
    List<String> approvals = new ArrayList<>();
    for (ApprovalRequirement r : a.approval().required()) {
      List<String> approvers = new ArrayList<>();
      for (Approver x : r.approvers()) {
        approvers.add(x.address() + " " + x.role() + (x.group().isEmpty() ? "" : " " + x.group()));
      }
      boolean bySubmitting = r.givenBy().map(c -> c.ruleId().equals("APPROVAL-SELF")).orElse(false);
      boolean onRecord = r.givenBy().isPresent() && r.approvedBy().isEmpty();
      approvals.add(requirement(r.citation().ruleId(), approvers, r.approvedBy().map(Approver::address).orElse(null),
          bySubmitting, onRecord));
    }
    List<String> documents = new ArrayList<>();
    for (TransmissionVerdict v : a.transmission()) {
      documents.add(document(v.document().getName(), v.eligibility().name(),
          v.findings().stream().map(Finding::ruleId).toList()));
    }
    return of(ids, approvals, a.delivery().toAddresses(), a.delivery().ccAddresses(), a.delivery().replyToAddresses(),
        documents);
  }

  /**
   * "APPROVAL-WG: [olga.ad@example.org AREA_DIRECTOR ops, ...] approved by olga.ad@example.org";
   * "... approved on the record" when the record shows it approved without giving an approver's
   * address (with one, it reads as an approval by that approver).
   */
  static String requirement(String ruleId, List<String> approvers, String approvedBy, boolean bySubmitting,
      boolean onRecord) {
    List<String> sorted = new ArrayList<>(approvers);
    sorted.sort(String.CASE_INSENSITIVE_ORDER);
    String given = approvedBy == null ? (onRecord ? " approved on the record" : " not approved")
        : " approved by " + approvedBy.toLowerCase(Locale.ROOT) + (bySubmitting ? " by submitting" : "");
    return ruleId + ": " + sorted + given;
  }

  /** "RFC 8407: ELIGIBLE [TRANSMIT-STATUS-NOT-NOTED]". */
  static String document(String name, String eligibility, Collection<String> findingIds) {
    return name + ": " + eligibility + " " + new TreeSet<>(findingIds);
  }

  private static SortedSet<String> addressSet(List<String> addresses) {
    TreeSet<String> set = new TreeSet<>();
    addresses.forEach(x -> set.add(x.trim().toLowerCase(Locale.ROOT)));
    return set;
  }
}
