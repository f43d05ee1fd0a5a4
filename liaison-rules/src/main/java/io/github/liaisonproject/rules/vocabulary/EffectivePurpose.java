package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Purpose;

/**
 * A derived fact: the purpose every rule reads (revision 2, "effective purpose"). purpose.drl
 * derives it ({@code report.effectivePurpose}): the label as written, except that a legacy For
 * Comment reads as For Action with a deadline and as For Information without one. One per
 * assessment; none when the statement has no purpose.
 */
@Describe("Derived: the purpose every rule reads: the label, or For Action / For Information for a legacy For Comment (purpose.drl).")
public final class EffectivePurpose {
  private final Purpose purpose;
  private final boolean legacy;

  EffectivePurpose(Purpose purpose, boolean legacy) {
    this.purpose = purpose;
    this.legacy = legacy;
  }

  /** {@return the purpose rules read: FOR_INFORMATION, FOR_ACTION or IN_RESPONSE, never FOR_COMMENT} */
  @Describe("FOR_INFORMATION, FOR_ACTION or IN_RESPONSE.")
  public Purpose getPurpose() { return purpose; }
  /** {@return true when it was read from a legacy For Comment label} */
  @Describe("Read from a legacy For Comment label.")
  public boolean isLegacy() { return legacy; }
  /** {@return true when it is For Action} */
  @Describe("Effective For Action.")
  public boolean isForAction() { return purpose == Purpose.FOR_ACTION; }
  /** {@return true when it is For Information} */
  @Describe("Effective For Information.")
  public boolean isForInformation() { return purpose == Purpose.FOR_INFORMATION; }
  /** {@return true when it is In Response} */
  @Describe("In Response.")
  public boolean isInResponse() { return purpose == Purpose.IN_RESPONSE; }

  @Override
  public String toString() {
    return "EffectivePurpose[" + purpose + (legacy ? " (from For Comment)" : "") + "]";
  }
}
