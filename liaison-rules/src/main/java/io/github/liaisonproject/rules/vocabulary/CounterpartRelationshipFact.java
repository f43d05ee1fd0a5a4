package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.LiaisonRelationship;
import java.util.List;

/**
 * A fact from the directory: a liaison relationship with the other side (the To bodies of an
 * outgoing statement, the From bodies of an incoming one) that has a liaison manager or alias, one
 * per relationship, in the bodies' order.
 */
@Describe("Directory lookup: a liaison relationship with the other side that has a liaison manager or alias.")
public final class CounterpartRelationshipFact {
  private final int index;
  private final LiaisonRelationship relationship;

  public CounterpartRelationshipFact(int index, LiaisonRelationship relationship) {
    this.index = index;
    this.relationship = relationship;
  }

  @Describe("Its place among the relationships, from 0.")
  public int getIndex() { return index; }
  @Describe("The model's relationship.")
  public LiaisonRelationship getRelationship() { return relationship; }
  @Describe("Its name: \"ITU-T Study Group 15\", \"3GPP\".")
  public String getLabel() { return Statement.relationshipLabel(relationship); }
  @Describe("The manager alias first, then each manager's own address.")
  public List<String> getAddresses() { return relationship.getAddresses(); }
  @Describe("True when the address is the alias or a manager's, ignoring case.")
  public boolean isAddress(String address) { return Addresses.contains(relationship.getAddresses(), address); }

  @Override
  public String toString() {
    return "CounterpartRelationshipFact[" + index + ": " + relationship + "]";
  }
}
