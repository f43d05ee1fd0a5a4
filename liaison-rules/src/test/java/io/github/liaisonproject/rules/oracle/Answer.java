package io.github.liaisonproject.rules.oracle;

import io.github.liaisonproject.rules.ApprovalRequirement;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the oracle and the rule set are compared on: the IDs of the approval, IRTF, routing,
 * transmission and consensus findings; the approval requirements (for whom, who can approve, who
 * did); the delivery's To, Cc and Reply-To addresses.
 */
public record Answer(SortedSet<String> findings, List<String> approvals, List<String> to, List<String> cc,
    List<String> replyTo) {
  /** The concerns the oracle implements, by rule ID. */
  public static final Pattern COMPARED = Pattern.compile("(APPROVAL|IRTF|ROUTE|TRANSMIT|CONSENSUS)-.*");

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
      approvals.add(HandCoded.requirement(r.forWhom(), r.approvers(), r.approvedBy().orElse(null)));
    }
    approvals.sort(null);
    return new Answer(ids, approvals, a.delivery().toAddresses(), a.delivery().ccAddresses(),
        a.delivery().replyToAddresses());
  }
}
