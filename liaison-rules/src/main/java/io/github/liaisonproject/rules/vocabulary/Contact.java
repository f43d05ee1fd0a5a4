package io.github.liaisonproject.rules.vocabulary;

import java.util.Locale;

/** A fact: one address of the statement's From-Contacts or To-Contacts, in order. Immutable. */
@Describe("One address of the From-Contacts (from) or To-Contacts (to), in the statement's order.")
public final class Contact {
  private final boolean from;
  private final int index;
  private final String address;
  private final String key;

  /**
   * The fact for one contact.
   *
   * @param from true for a From-Contact, false for a To-Contact
   * @param index its place in its list, from 0
   * @param address the address as written; not null
   */
  public Contact(boolean from, int index, String address) {
    this.from = from;
    this.index = index;
    this.address = address;
    this.key = Addresses.key(address);
  }

  /** {@return true for a From-Contact} */
  @Describe("A From-Contact.")
  public boolean isFrom() { return from; }
  /** {@return true for a To-Contact} */
  @Describe("A To-Contact.")
  public boolean isTo() { return !from; }
  /** {@return its place in its list, from 0} */
  @Describe("Its place in its list, from 0.")
  public int getIndex() { return index; }
  /** {@return the address as written} */
  @Describe("The address as written.")
  public String getAddress() { return address; }
  /** {@return the address trimmed and in lower case, for comparing: {@code key == $other.key}} */
  @Describe("The address trimmed and in lower case, for comparing: key == $other.key.")
  public String getKey() { return key; }
  /**
   * {@return true when the address is this one, ignoring case; false for null}
   * @param other the address; may be null
   */
  @Describe("True when the address is this one, ignoring case.")
  public boolean isAddress(String other) { return Addresses.same(address, other); }

  @Override
  public String toString() {
    return (from ? "FromContact[" : "ToContact[") + index + ": " + address.toLowerCase(Locale.ROOT) + "]";
  }
}
