package io.github.liaisonproject.rules;

import io.github.liaisonproject.model.Role;
import java.util.Objects;

/**
 * A person who can approve: name, address, and the role and group the directory gives them. An
 * immutable value.
 *
 * @param name the person's name; not null
 * @param address the person's mail address; not null
 * @param role the role that lets them approve; not null
 * @param group the area, WG or RG acronym the role is for; "" for the Chairs (null becomes "")
 */
public record Approver(String name, String address, Role role, String group) {
  /**
   * Checks the components.
   *
   * @param name the person's name; not null
   * @param address the person's mail address; not null
   * @param role the role that lets them approve; not null
   * @param group the area, WG or RG acronym the role is for; "" for the Chairs (null becomes "")
   * @throws NullPointerException when name, address or role is null
   */
  public Approver {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(role, "role");
    group = group == null ? "" : group;
  }

  /** {@return {@code Name <address>}, as a mail header writes it} */
  @Override
  public String toString() {
    return name + " <" + address + ">";
  }
}
