package io.github.liaisonproject.rules;

import io.github.liaisonproject.model.Role;
import java.util.Objects;

/** A person who can approve: name, address, and the role and group the directory gives them. */
public record Approver(String name, String address, Role role, String group) {
  public Approver {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(role, "role");
    group = group == null ? "" : group;
  }

  @Override
  public String toString() {
    return name + " <" + address + ">";
  }
}
