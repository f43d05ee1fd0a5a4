package io.github.liaisonproject.rules.vocabulary;

/**
 * A fact: a usual From-Contact of the sending groups that the statement lacks ({@link
 * Statement#getMissingDefaultFromContacts()}), inserted once per assessment so that rules match it
 * directly: {@code MissingFromContactFact( $a : address )}. The index is its place in {@code
 * getMissingDefaultFromContacts()}, so two equal elements stay two facts, as {@code from} would
 * make them.
 */
public final class MissingFromContactFact {
  private final int index;
  private final String address;

  public MissingFromContactFact(int index, String address) {
    this.index = index;
    this.address = address;
  }

  public int getIndex() { return index; }
  public String getAddress() { return address; }

  @Override
  public String toString() {
    return "MissingFromContactFact[" + index + ": " + address + "]";
  }
}
