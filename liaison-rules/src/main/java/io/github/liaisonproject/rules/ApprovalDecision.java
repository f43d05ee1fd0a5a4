package io.github.liaisonproject.rules;

import java.util.List;
import java.util.Optional;

/**
 * Who must approve a statement (§4.1) and whether they have: an immutable value.
 *
 * @param required one requirement per group or leadership body whose approval is needed, in the order the
 *     rules found them; unmodifiable, empty when none is needed
 * @param needed true when the statement needs approval at all (false for incoming statements)
 * @param notNeededBecause the rule that says no approval is needed (APPROVAL-INCOMING-NONE), when that is the
 *     answer
 */
public record ApprovalDecision(List<ApprovalRequirement> required, boolean needed, Optional<Citation> notNeededBecause) {
  /**
   * Copies the requirements.
   *
   * @param required one requirement per group or leadership body whose approval is needed, in the order the
   *     rules found them; unmodifiable, empty when none is needed
   * @param needed true when the statement needs approval at all (false for incoming statements)
   * @param notNeededBecause the rule that says no approval is needed (APPROVAL-INCOMING-NONE), when that is the
   *     answer
   * @throws NullPointerException when {@code required}, one of its elements or {@code notNeededBecause} is
   *     null
   */
  public ApprovalDecision {
    required = List.copyOf(required);
    java.util.Objects.requireNonNull(notNeededBecause, "notNeededBecause");
  }

  /** {@return every approver who has approved, in requirement order, without repeats} */
  public List<Approver> present() {
    return required.stream().flatMap(r -> r.approvedBy().stream()).distinct().toList();
  }

  /** {@return every potential approver, in requirement order, without repeats} */
  public List<Approver> potentialApprovers() {
    return required.stream().flatMap(r -> r.approvers().stream()).distinct().toList();
  }

  /** {@return true when no approval is needed or every requirement is met} */
  public boolean satisfied() {
    return required.stream().allMatch(ApprovalRequirement::satisfied);
  }
}
