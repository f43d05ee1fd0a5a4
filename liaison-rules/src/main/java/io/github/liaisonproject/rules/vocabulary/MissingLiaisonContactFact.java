package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.rules.Responsible;

/**
 * A fact: a liaison contact an outgoing statement's From-Contacts lack ({@link
 * Statement#getMissingLiaisonContacts()}), inserted once per assessment so that rules match it
 * directly: {@code MissingLiaisonContactFact( $m : contact )}. The index is its place in {@code
 * getMissingLiaisonContacts()}, so two equal elements stay two facts, as {@code from} would make
 * them.
 */
public final class MissingLiaisonContactFact {
  private final int index;
  private final Responsible contact;

  public MissingLiaisonContactFact(int index, Responsible contact) {
    this.index = index;
    this.contact = contact;
  }

  public int getIndex() { return index; }
  public Responsible getContact() { return contact; }

  @Override
  public String toString() {
    return "MissingLiaisonContactFact[" + index + ": " + contact + "]";
  }
}
