package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Citation;

/**
 * A derived fact: a need met by an approver (an approval on the statement, or the submitter's own
 * role), inserted by {@code report.approvalGiven}. Immutable.
 */
@Describe("Derived: a need met by an approver (an approval on the statement, the submitter's role, a policy rule).")
public final class ApprovalGiven {
  private final ApprovalNeed need;
  private final Approver approver;
  private final Citation citation;

  /**
   * A need met.
   *
   * @param need the need it meets
   * @param approver who approved
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
  /** {@return who approved} */
  @Describe("Who approved.")
  public Approver getApprover() { return approver; }
  /** {@return the rule that found it given} */
  @Describe("The rule that found it given.")
  public Citation getCitation() { return citation; }
}
