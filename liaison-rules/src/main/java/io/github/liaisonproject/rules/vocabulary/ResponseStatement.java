package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;

/**
 * A fact: a related statement that responds to the statement under assessment (names its id in
 * its respondsTo), when the caller passed it among the related statements.
 */
@Describe("A related statement that responds to this one (names its id in respondsTo), as far as the caller passed it.")
public final class ResponseStatement {
  private final int index;
  private final LiaisonStatement model;

  public ResponseStatement(int index, LiaisonStatement model) {
    this.index = index;
    this.model = model;
  }

  @Describe("Its place among the responses at hand, from 0.")
  public int getIndex() { return index; }
  @Describe("The model's statement.")
  public LiaisonStatement getModel() { return model; }
  @Describe("Its id, or null.")
  public String getId() { return model.getId().orElse(null); }
  @Describe("It is publicly recorded.")
  public boolean isRecorded() { return model.isRecorded(); }
  @Describe("Its purpose as labelled, or null.")
  public Purpose getPurpose() { return model.getPurpose().orElse(null); }
  @Describe("Its purpose is labelled In Response.")
  public boolean isInResponse() { return model.getPurpose().orElse(null) == Purpose.IN_RESPONSE; }

  @Override
  public String toString() {
    return "ResponseStatement[" + index + ": " + getId() + "]";
  }
}
