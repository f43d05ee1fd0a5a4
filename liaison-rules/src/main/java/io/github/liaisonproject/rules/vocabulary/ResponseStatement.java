package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;

/**
 * A fact: a related statement that responds to the statement under assessment (names its id in
 * its respondsTo), when the caller passed it among the related statements. Immutable when its
 * model statement is (the model's statements are), so safe to share between threads.
 */
@Describe("A related statement that responds to this one (names its id in respondsTo), as far as the caller passed it.")
public final class ResponseStatement {
  private final int index;
  private final LiaisonStatement model;

  /**
   * The fact for one response; made by the engine.
   *
   * @param index its place among the responses at hand, from 0
   * @param model the responding statement; not null
   */
  public ResponseStatement(int index, LiaisonStatement model) {
    this.index = index;
    this.model = model;
  }

  /** {@return its place among the responses at hand, from 0} */
  @Describe("Its place among the responses at hand, from 0.")
  public int getIndex() { return index; }
  /** {@return the model's statement; never null} */
  @Describe("The model's statement.")
  public LiaisonStatement getModel() { return model; }
  /** {@return its id, or null when it has none} */
  @Describe("Its id, or null.")
  public String getId() { return model.getId().orElse(null); }
  /** {@return true when it is publicly recorded} */
  @Describe("It is publicly recorded.")
  public boolean isRecorded() { return model.isRecorded(); }
  /** {@return its purpose as labelled, or null when unlabelled} */
  @Describe("Its purpose as labelled, or null.")
  public Purpose getPurpose() { return model.getPurpose().orElse(null); }
  /** {@return true when its purpose is labelled In Response; false when it is another or none} */
  @Describe("Its purpose is labelled In Response.")
  public boolean isInResponse() { return model.getPurpose().orElse(null) == Purpose.IN_RESPONSE; }

  @Override
  public String toString() {
    return "ResponseStatement[" + index + ": " + getId() + "]";
  }
}
