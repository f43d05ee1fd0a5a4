package io.github.liaisonproject.rules;

import java.util.Objects;

/**
 * The rule that produced an answer: an immutable value.
 *
 * @param ruleId the catalogue ID ("APPROVAL-WG"); not null
 * @param section the section it cites ("§4.1", "-05 §2.1"); not null
 * @param source the rule file ("bundled:approval.drl", an author's path); not null
 */
public record Citation(String ruleId, String section, String source) {
  /**
   * Checks the components.
   *
   * @param ruleId the catalogue ID ("APPROVAL-WG"); not null
   * @param section the section it cites ("§4.1", "-05 §2.1"); not null
   * @param source the rule file ("bundled:approval.drl", an author's path); not null
   * @throws NullPointerException when a component is null
   */
  public Citation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
  }

  /** {@return {@code RULE-ID (§section)}} */
  @Override
  public String toString() {
    return ruleId + " (" + section + ")";
  }
}
