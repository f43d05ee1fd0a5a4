package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Citation;

/** A fact: a need met by an approver (an approval on the statement, or the submitter's own role). */
@Describe("Derived: a need met by an approver (an approval on the statement, the submitter's role, a policy rule).")
public final class ApprovalGiven {
  private final ApprovalNeed need;
  private final Approver approver;
  private final Citation citation;

  public ApprovalGiven(ApprovalNeed need, Approver approver, Citation citation) {
    this.need = need;
    this.approver = approver;
    this.citation = citation;
  }

  @Describe("The need it meets.")
  public ApprovalNeed getNeed() { return need; }
  @Describe("Who approved.")
  public Approver getApprover() { return approver; }
  /** The rule that found it given. */
  @Describe("The rule that found it given.")
  public Citation getCitation() { return citation; }
}
