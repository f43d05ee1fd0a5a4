package io.github.liaisonproject.rules;

import java.util.List;
import java.util.Optional;

/**
 * Who must approve a statement (§4.1) and whether they have. {@code required} lists one requirement
 * per group or leadership body whose approval is needed; an incoming statement needs none, and
 * {@code notNeededBecause} cites the rule that says so (APPROVAL-INCOMING-NONE).
 */
public record ApprovalDecision(List<ApprovalRequirement> required, boolean needed, Optional<Citation> notNeededBecause) {
  public ApprovalDecision {
    required = List.copyOf(required);
    java.util.Objects.requireNonNull(notNeededBecause, "notNeededBecause");
  }

  /** Every approver who has approved, in requirement order, without repeats. */
  public List<Approver> present() {
    return required.stream().flatMap(r -> r.approvedBy().stream()).distinct().toList();
  }

  /** Every potential approver, in requirement order, without repeats. */
  public List<Approver> potentialApprovers() {
    return required.stream().flatMap(r -> r.approvers().stream()).distinct().toList();
  }

  /** True when no approval is needed or every requirement is met. */
  public boolean satisfied() {
    return required.stream().allMatch(ApprovalRequirement::satisfied);
  }
}
