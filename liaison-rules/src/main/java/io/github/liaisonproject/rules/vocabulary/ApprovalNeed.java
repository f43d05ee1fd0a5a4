package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Citation;
import java.util.List;

/**
 * A derived fact: an approval the statement needs (inserted by {@code report.requireApproval}). Rules
 * on approvals match it, e.g. {@code $n : ApprovalNeed() not ApprovalGiven(need == $n)}. Immutable;
 * compared by identity, so two needs for the same group stay two facts.
 */
@Describe("Derived (report.requireApproval): an approval the statement needs, for whom, and its potential approvers.")
public final class ApprovalNeed {
  private final String forWhom;
  private final List<Approver> approvers;
  private final Citation citation;

  /**
   * A need.
   *
   * @param forWhom for whom the approval is given, in words
   * @param approvers the potential approvers; copied, not null
   * @param citation the rule that required it
   */
  public ApprovalNeed(String forWhom, List<Approver> approvers, Citation citation) {
    this.forWhom = forWhom;
    this.approvers = List.copyOf(approvers);
    this.citation = citation;
  }

  /** {@return for whom the approval is given: "IETF WG netconf (area ops)"} */
  @Describe("For whom the approval is given: \"IETF WG netconf (area ops)\".")
  public String getForWhom() { return forWhom; }
  /** {@return the potential approvers, unmodifiable; empty when the directory knows none} */
  @Describe("The potential approvers (Approver: name, address, role, group).")
  public List<Approver> getApprovers() { return approvers; }
  /** {@return the rule that required it} */
  @Describe("The rule that required it.")
  public Citation getCitation() { return citation; }
  /** {@return the ID of the rule that required it ("APPROVAL-MULTIPLE-GROUPS")} */
  @Describe("The ID of the rule that required it (\"APPROVAL-MULTIPLE-GROUPS\").")
  public String getRuleId() { return citation.ruleId(); }

  /**
   * {@return true when the address is one of the potential approvers', ignoring case; false for null}
   * @param address the address; may be null
   */
  @Describe("isApprover(address): the address is a potential approver's, ignoring case.")
  public boolean isApprover(String address) {
    return address != null && approvers.stream().anyMatch(a -> a.address().equalsIgnoreCase(address));
  }

  /**
   * {@return for messages: the potential approvers as {@code "Name <address>"}, comma-separated; "nobody the
   * directory knows" when there are none}
   */
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
   * {@return for messages: who can meet it, in words, from the approvers' directory roles: "an Area Director
   * of ops", "the IETF Chair", "the IAB Chair (for the IAB)"; "nobody the directory knows" when there are
   * none}
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

  /** {@return the potential approvers' addresses, in order} */
  @Describe("The potential approvers' addresses.")
  public List<String> getApproverAddresses() {
    return approvers.stream().map(Approver::address).toList();
  }

  @Override
  public String toString() {
    return "ApprovalNeed[" + forWhom + "]";
  }
}
