package io.github.liaisonproject.rules;

import java.util.Objects;

/**
 * Something someone must do about a statement (§3, §4, §5.1): who, what, by when, the rule and
 * section, and whether it is already discharged (a response recorded, say).
 */
public record Obligation(String ruleId, String section, Responsible who, String what, Due dueBy,
    boolean discharged, String source) {
  public Obligation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(dueBy, "dueBy");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String toString() {
    return ruleId + " (" + section + "): " + who + " - " + what + ", due " + dueBy + (discharged ? " [discharged]" : "");
  }
}
