package io.github.liaisonproject.rules.vocabulary;

import java.util.Locale;

/** A fact: one address of the statement's From-Contacts or To-Contacts, in order. */
@Describe("One address of the From-Contacts (from) or To-Contacts (to), in the statement's order.")
public final class Contact {
  private final boolean from;
  private final int index;
  private final String address;
  private final String key;

  public Contact(boolean from, int index, String address) {
    this.from = from;
    this.index = index;
    this.address = address;
    this.key = Addresses.key(address);
  }

  @Describe("A From-Contact.")
  public boolean isFrom() { return from; }
  @Describe("A To-Contact.")
  public boolean isTo() { return !from; }
  @Describe("Its place in its list, from 0.")
  public int getIndex() { return index; }
  @Describe("The address as written.")
  public String getAddress() { return address; }
  @Describe("The address trimmed and in lower case, for comparing: key == $other.key.")
  public String getKey() { return key; }
  @Describe("True when the address is this one, ignoring case.")
  public boolean isAddress(String other) { return Addresses.same(address, other); }

  @Override
  public String toString() {
    return (from ? "FromContact[" : "ToContact[") + index + ": " + address.toLowerCase(Locale.ROOT) + "]";
  }
}
