package io.github.liaisonproject.rules;

import java.util.List;
import java.util.Objects;

/**
 * Who must act: a role as the procedure names it and their addresses. An immutable value.
 *
 * @param role the role in words ("the chairs of WG netconf"); not null
 * @param addresses their addresses, in order; unmodifiable, empty when the directory knows none
 */
public record Responsible(String role, List<String> addresses) {
  /**
   * Checks the role and copies the addresses.
   *
   * @param role the role in words ("the chairs of WG netconf"); not null
   * @param addresses their addresses, in order; unmodifiable, empty when the directory knows none
   * @throws NullPointerException when the role, the list or an address is null
   */
  public Responsible {
    Objects.requireNonNull(role, "role");
    addresses = List.copyOf(addresses);
  }

  /** {@return the role, and the addresses when there are any} */
  @Override
  public String toString() {
    return addresses.isEmpty() ? role : role + " " + addresses;
  }
}
