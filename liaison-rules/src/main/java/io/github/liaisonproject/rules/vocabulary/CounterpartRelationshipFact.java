package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.LiaisonRelationship;

/**
 * A fact: a liaison relationship with the other side that has a liaison manager or alias ({@link
 * Statement#getCounterpartRelationships()}), inserted once per assessment so that rules match it
 * directly: {@code CounterpartRelationshipFact( $r : relationship )}. The index is its place in
 * {@code getCounterpartRelationships()}, so two equal elements stay two facts, as {@code from}
 * would make them.
 */
public final class CounterpartRelationshipFact {
  private final int index;
  private final LiaisonRelationship relationship;

  public CounterpartRelationshipFact(int index, LiaisonRelationship relationship) {
    this.index = index;
    this.relationship = relationship;
  }

  public int getIndex() { return index; }
  public LiaisonRelationship getRelationship() { return relationship; }

  @Override
  public String toString() {
    return "CounterpartRelationshipFact[" + index + ": " + relationship + "]";
  }
}
