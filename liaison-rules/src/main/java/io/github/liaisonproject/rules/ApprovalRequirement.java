package io.github.liaisonproject.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One approval a statement needs (§4.1): for whom (the sending group, "IETF area ops"), the
 * potential approvers by name and address (never empty when the directory knows them), and who
 * approved, if anyone.
 *
 * @param forWhom    the group or groups this requirement covers
 * @param approvers  everyone who can give it
 * @param approvedBy the approver who gave it, when given
 * @param givenBy    the rule that found it given (APPROVAL-SELF for a submitter), when given
 * @param citation   the rule that made it a requirement
 */
public record ApprovalRequirement(String forWhom, List<Approver> approvers, Optional<Approver> approvedBy,
    Optional<Citation> givenBy, Citation citation) {
  public ApprovalRequirement {
    Objects.requireNonNull(forWhom, "forWhom");
    approvers = List.copyOf(approvers);
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(givenBy, "givenBy");
    Objects.requireNonNull(citation, "citation");
  }

  public boolean satisfied() {
    return approvedBy.isPresent();
  }
}
