package io.github.liaisonproject.rules;

import java.util.Objects;

/**
 * One address of a delivery, and the rule that put it there: an immutable value.
 *
 * @param address the mail address; not null
 * @param reason why it is there, in words; not null
 * @param citation the rule that put it there; not null
 */
public record Recipient(String address, String reason, Citation citation) {
  /**
   * Checks the components.
   *
   * @param address the mail address; not null
   * @param reason why it is there, in words; not null
   * @param citation the rule that put it there; not null
   * @throws NullPointerException when a component is null
   */
  public Recipient {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(citation, "citation");
  }

  /** {@return the address} */
  @Override
  public String toString() {
    return address;
  }
}
