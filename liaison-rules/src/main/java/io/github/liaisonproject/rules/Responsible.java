package io.github.liaisonproject.rules;

import java.util.List;
import java.util.Objects;

/** Who must act: a role as the procedure names it ("the chairs of WG netconf") and their addresses. */
public record Responsible(String role, List<String> addresses) {
  public Responsible {
    Objects.requireNonNull(role, "role");
    addresses = List.copyOf(addresses);
  }

  @Override
  public String toString() {
    return addresses.isEmpty() ? role : role + " " + addresses;
  }
}
