package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Citation;

/**
 * A derived fact: a need met by an approver (an approval on the statement, or the submitter's own
 * role), inserted by {@code report.approvalGiven}; or met on the statement's public record, which
 * shows it approved, inserted by {@code report.approvedOnRecord}: then the approver is the
 * potential approver the record names, or null when it names none of them. Immutable.
 */
@Describe("Derived: a need met by an approver (an approval on the statement, the submitter's role, a policy rule) or on the public record.")
public final class ApprovalGiven {
  private final ApprovalNeed need;
  private final Approver approver;
  private final Citation citation;

  /**
   * A need met.
   *
   * @param need the need it meets
   * @param approver who approved; null when the record shows it approved without naming a potential approver
   * @param citation the rule that found it given
   */
  public ApprovalGiven(ApprovalNeed need, Approver approver, Citation citation) {
    this.need = need;
    this.approver = approver;
    this.citation = citation;
  }

  /** {@return the need it meets} */
  @Describe("The need it meets.")
  public ApprovalNeed getNeed() { return need; }
  /** {@return who approved; null when the public record shows it approved without naming a potential approver} */
  @Describe("Who approved; null when the public record shows it approved without naming a potential approver.")
  public Approver getApprover() { return approver; }
  /** {@return the rule that found it given} */
  @Describe("The rule that found it given.")
  public Citation getCitation() { return citation; }
}
