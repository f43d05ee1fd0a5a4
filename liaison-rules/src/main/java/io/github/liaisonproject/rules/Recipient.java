package io.github.liaisonproject.rules;

import java.util.Objects;

/** One address of a delivery, and the rule that put it there. */
public record Recipient(String address, String reason, Citation citation) {
  public Recipient {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(citation, "citation");
  }

  @Override
  public String toString() {
    return address;
  }
}
