package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.LiaisonStatement;
import java.util.List;

/**
 * A fact: a related statement the statement under assessment responds to (one of the ids in its
 * respondsTo), when the caller passed it among the related statements.
 */
@Describe("A related statement this one responds to (its original), as far as the caller passed it.")
public final class OriginalStatement {
  private final int index;
  private final LiaisonStatement model;

  /**
   * The fact for one original.
   *
   * @param index its place among the originals at hand, from 0
   * @param model the model's statement; not null
   */
  public OriginalStatement(int index, LiaisonStatement model) {
    this.index = index;
    this.model = model;
  }

  /** {@return its place among the originals at hand, from 0} */
  @Describe("Its place among the originals at hand, from 0.")
  public int getIndex() { return index; }
  /** {@return the model's statement} */
  @Describe("The model's statement.")
  public LiaisonStatement getModel() { return model; }
  /** {@return its id, or null when it has none} */
  @Describe("Its id, or null.")
  public String getId() { return model.getId().orElse(null); }
  /** {@return its Send Reply To (From-Liaison-Contact), or null when it has none} */
  @Describe("Its Send Reply To (From-Liaison-Contact), or null.")
  public String getSendReplyTo() { return model.getSendReplyTo().orElse(null); }
  /** {@return its Send To (To-Liaison-Contact), or null when it has none} */
  @Describe("Its Send To (To-Liaison-Contact), or null.")
  public String getSendTo() { return model.getSendTo().orElse(null); }
  /** {@return its From-Contacts, unmodifiable} */
  @Describe("Its From-Contacts.")
  public List<String> getFromContacts() { return model.getFromContacts(); }
  /** {@return its To-Contacts, unmodifiable} */
  @Describe("Its To-Contacts.")
  public List<String> getToContacts() { return model.getToContacts(); }

  @Override
  public String toString() {
    return "OriginalStatement[" + index + ": " + getId() + "]";
  }
}
