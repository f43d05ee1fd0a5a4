package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.LiaisonRelationship;
import java.util.List;

/**
 * A fact from the directory: a liaison relationship with the other side (the To bodies of an
 * outgoing statement, the From bodies of an incoming one) that has a liaison manager or alias, one
 * per relationship, in the bodies' order. Immutable.
 */
@Describe("Directory lookup: a liaison relationship with the other side that has a liaison manager or alias.")
public final class CounterpartRelationshipFact {
  private final int index;
  private final LiaisonRelationship relationship;

  /**
   * The fact for one relationship.
   *
   * @param index its place among the relationships, from 0
   * @param relationship the model's relationship; not null
   */
  public CounterpartRelationshipFact(int index, LiaisonRelationship relationship) {
    this.index = index;
    this.relationship = relationship;
  }

  /** {@return its place among the relationships, from 0} */
  @Describe("Its place among the relationships, from 0.")
  public int getIndex() { return index; }
  /** {@return the model's relationship} */
  @Describe("The model's relationship.")
  public LiaisonRelationship getRelationship() { return relationship; }
  /** {@return its name: "ITU-T Study Group 15", "3GPP"} */
  @Describe("Its name: \"ITU-T Study Group 15\", \"3GPP\".")
  public String getLabel() { return Statement.relationshipLabel(relationship); }
  /** {@return the manager alias first, then each manager's own address} */
  @Describe("The manager alias first, then each manager's own address.")
  public List<String> getAddresses() { return relationship.getAddresses(); }
  /**
   * {@return true when the address is the alias or a manager's, ignoring case; false for null}
   * @param address the address; may be null
   */
  @Describe("True when the address is the alias or a manager's, ignoring case.")
  public boolean isAddress(String address) { return Addresses.contains(relationship.getAddresses(), address); }

  @Override
  public String toString() {
    return "CounterpartRelationshipFact[" + index + ": " + relationship + "]";
  }
}
