package io.github.liaisonproject.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One approval a statement needs (§4.1): for whom (the sending group, "IETF area ops"), the
 * potential approvers by name and address, and who approved, if anyone. An immutable value.
 *
 * @param forWhom    the group or groups this requirement covers, in words; not null
 * @param approvers  everyone who can give it, unmodifiable; never empty when the directory knows them
 * @param approvedBy the approver who gave it, when known: empty when not given, or given on a public record
 *                   that names none of the potential approvers
 * @param givenBy    the rule that found it given, when given: the requirement's own rule for an approval
 *                   on the statement or on its public record, APPROVAL-SELF for a submitter
 * @param citation   the rule that made it a requirement; not null
 */
public record ApprovalRequirement(String forWhom, List<Approver> approvers, Optional<Approver> approvedBy,
    Optional<Citation> givenBy, Citation citation) {
  /**
   * Checks the components and copies the approvers.
   *
   * @param forWhom    the group or groups this requirement covers, in words; not null
   * @param approvers  everyone who can give it, unmodifiable; never empty when the directory knows them
   * @param approvedBy the approver who gave it, when given
   * @param givenBy    the rule that found it given (APPROVAL-SELF for a submitter), when given
   * @param citation   the rule that made it a requirement; not null
   * @throws NullPointerException when a component or an approver is null
   */
  public ApprovalRequirement {
    Objects.requireNonNull(forWhom, "forWhom");
    approvers = List.copyOf(approvers);
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(givenBy, "givenBy");
    Objects.requireNonNull(citation, "citation");
  }

  /**
   * {@return true when it was given ({@code givenBy} is present): by a named approver, or on a public
   * record that shows the statement approved}
   */
  public boolean satisfied() {
    return givenBy.isPresent();
  }

  /** {@return true when it was given on a public record that names none of the potential approvers} */
  public boolean givenOnRecordOnly() {
    return givenBy.isPresent() && approvedBy.isEmpty();
  }
}
