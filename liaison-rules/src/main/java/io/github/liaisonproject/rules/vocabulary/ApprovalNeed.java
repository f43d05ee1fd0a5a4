package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Citation;
import java.util.List;

/**
 * A fact: an approval the statement needs (inserted by {@code report.requireApproval}). Rules on
 * approvals match it, e.g. {@code $n : ApprovalNeed() not ApprovalGiven(need == $n)}.
 */
@Describe("Derived (report.requireApproval): an approval the statement needs, for whom, and its potential approvers.")
public final class ApprovalNeed {
  private final String forWhom;
  private final List<Approver> approvers;
  private final Citation citation;

  public ApprovalNeed(String forWhom, List<Approver> approvers, Citation citation) {
    this.forWhom = forWhom;
    this.approvers = List.copyOf(approvers);
    this.citation = citation;
  }

  @Describe("For whom the approval is given: \"IETF WG netconf (area ops)\".")
  public String getForWhom() { return forWhom; }
  @Describe("The potential approvers (Approver: name, address, role, group).")
  public List<Approver> getApprovers() { return approvers; }
  @Describe("The rule that required it.")
  public Citation getCitation() { return citation; }
  /** The ID of the rule that required it ("APPROVAL-MULTIPLE-GROUPS"). */
  @Describe("The ID of the rule that required it (\"APPROVAL-MULTIPLE-GROUPS\").")
  public String getRuleId() { return citation.ruleId(); }

  /** True when the address is one of the potential approvers'. */
  @Describe("isApprover(address): the address is a potential approver's, ignoring case.")
  public boolean isApprover(String address) {
    return address != null && approvers.stream().anyMatch(a -> a.address().equalsIgnoreCase(address));
  }

  /** The potential approvers as {@code "Name <address>"}, comma-separated, for messages. */
  @Describe("For messages: the potential approvers as \"Name <address>\", comma-separated.")
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

  /**
   * Who can meet it, in words, from the approvers' directory roles: "an Area Director of ops",
   * "the IETF Chair", "the IAB Chair (for the IAB)"; "nobody the directory knows" when empty.
   */
  @Describe("For messages: who can meet it, from the approvers' roles: \"an Area Director of ops\".")
  public String getApproverRoles() {
    if (approvers.isEmpty()) {
      return "nobody the directory knows";
    }
    java.util.Set<String> roles = new java.util.LinkedHashSet<>();
    for (Approver a : approvers) {
      switch (a.role()) {
        case AREA_DIRECTOR -> roles.add("an Area Director of " + a.group());
        case IETF_CHAIR -> roles.add("the IETF Chair");
        case IAB_CHAIR -> roles.add("the IAB Chair (for the IAB)");
        default -> roles.add(a.role().name());
      }
    }
    return String.join(" or ", roles);
  }

  /** The potential approvers' addresses. */
  @Describe("The potential approvers' addresses.")
  public List<String> getApproverAddresses() {
    return approvers.stream().map(Approver::address).toList();
  }

  @Override
  public String toString() {
    return "ApprovalNeed[" + forWhom + "]";
  }
}
