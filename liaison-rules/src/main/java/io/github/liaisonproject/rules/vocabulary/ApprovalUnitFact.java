package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.rules.vocabulary.Statement.ApprovalUnit;

/**
 * A fact: one approving authority the statement's From groups need ({@link
 * Statement#getApprovalUnits()}), inserted once per assessment so that rules match it directly:
 * {@code ApprovalUnitFact( $u : approvalUnit )}. The index is its place in {@code getApprovalUnits()}.
 */
public final class ApprovalUnitFact {
  private final int index;
  private final ApprovalUnit unit;

  public ApprovalUnitFact(int index, ApprovalUnit unit) {
    this.index = index;
    this.unit = unit;
  }

  public int getIndex() { return index; }
  public ApprovalUnit getApprovalUnit() { return unit; }

  @Override
  public String toString() {
    return "ApprovalUnitFact[" + index + ": " + unit + "]";
  }
}
