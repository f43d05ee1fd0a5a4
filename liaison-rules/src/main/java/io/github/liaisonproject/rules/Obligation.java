package io.github.liaisonproject.rules;

import java.util.Objects;

/**
 * Something someone must do about a statement (§3, §4, §5.1): an immutable value.
 *
 * @param ruleId the catalogue ID of the rule; not null
 * @param section the section it cites; not null
 * @param who who must act; not null
 * @param what what they must do, in words; not null
 * @param dueBy when it falls due; not null
 * @param discharged true when it is already done (a response recorded, say)
 * @param source the rule file; not null
 */
public record Obligation(String ruleId, String section, Responsible who, String what, Due dueBy,
    boolean discharged, String source) {
  /**
   * Checks the components.
   *
   * @param ruleId the catalogue ID of the rule; not null
   * @param section the section it cites; not null
   * @param who who must act; not null
   * @param what what they must do, in words; not null
   * @param dueBy when it falls due; not null
   * @param discharged true when it is already done (a response recorded, say)
   * @param source the rule file; not null
   * @throws NullPointerException when a component is null
   */
  public Obligation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(dueBy, "dueBy");
    Objects.requireNonNull(source, "source");
  }

  /** {@return {@code RULE-ID (§section): who - what, due when}, marked when discharged} */
  @Override
  public String toString() {
    return ruleId + " (" + section + "): " + who + " - " + what + ", due " + dueBy + (discharged ? " [discharged]" : "");
  }
}
