package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Citation;
import java.util.List;

/**
 * A fact: an approval the statement needs (inserted by {@code report.requireApproval}). Rules on
 * approvals match it, e.g. {@code $n : ApprovalNeed() not ApprovalGiven(need == $n)}.
 */
public final class ApprovalNeed {
  private final String forWhom;
  private final List<Approver> approvers;
  private final Citation citation;

  public ApprovalNeed(String forWhom, List<Approver> approvers, Citation citation) {
    this.forWhom = forWhom;
    this.approvers = List.copyOf(approvers);
    this.citation = citation;
  }

  public String getForWhom() { return forWhom; }
  public List<Approver> getApprovers() { return approvers; }
  public Citation getCitation() { return citation; }

  /** True when the address is one of the potential approvers'. */
  public boolean isApprover(String address) {
    return address != null && approvers.stream().anyMatch(a -> a.address().equalsIgnoreCase(address));
  }

  /** The potential approvers as {@code "Name <address>"}, comma-separated, for messages. */
  public String getApproverList() {
    if (approvers.isEmpty()) {
      return "nobody the directory knows";
    }
    StringBuilder sb = new StringBuilder();
    for (Approver a : approvers) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(a);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "ApprovalNeed[" + forWhom + "]";
  }
}
