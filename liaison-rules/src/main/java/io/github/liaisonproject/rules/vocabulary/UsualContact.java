package io.github.liaisonproject.rules.vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * A derived fact: an address §2.1 gives as a usual From-Contact of the sending groups
 * ({@code report.usualFromContact}), one per address, with every role a rule gave it. Not
 * immutable: {@code report} adds roles while the assessment's session runs (one thread); the
 * getters return copies.
 */
@Describe("Derived: a usual From-Contact of the sending groups (§2.1), one per address, with the roles the rules gave it.")
public final class UsualContact {
  private final String address;
  private final String key;
  private final List<String> roles = new ArrayList<>(2);
  /** The description, made once per set of roles: conditions and messages read it several times. */
  private String description;

  UsualContact(String address) {
    this.address = address;
    this.key = Addresses.key(address);
  }

  /** {@return the address as the directory gives it} */
  @Describe("The address as the directory gives it.")
  public String getAddress() { return address; }
  /** {@return the address trimmed and in lower case, for comparing with {@code Contact.key}} */
  @Describe("The address trimmed and in lower case, for comparing with Contact.key.")
  public String getKey() { return key; }
  /** {@return its roles, sorted: ["a chair of IETF WG netconf"]; a copy} */
  @Describe("Its roles, sorted: [\"a chair of IETF WG netconf\"].")
  public List<String> getRoles() { return List.copyOf(roles); }
  /** {@return for messages: "nina.chair@example.org (a chair of IETF WG netconf)"} */
  @Describe("For messages: \"nina.chair@example.org (a chair of IETF WG netconf)\".")
  public String getDescription() {
    if (description == null) {
      description = address + " (" + String.join("; ", roles) + ")";
    }
    return description;
  }

  void add(String role) {
    if (role != null && !roles.contains(role)) {
      roles.add(role);
      roles.sort(null);
      description = null;
    }
  }

  @Override
  public String toString() {
    return "UsualContact[" + address + " " + roles + "]";
  }
}
