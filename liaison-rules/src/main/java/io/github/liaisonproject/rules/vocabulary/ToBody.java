package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Body;

/** A fact: a body the statement is To, once per distinct body (kind and key), in order. Immutable. */
@Describe("A body the statement is To (one per distinct body), with the directory's area and list for it.")
public final class ToBody extends BodyFact {
  /**
   * The fact for one To body.
   *
   * @param index its place among the To bodies, from 0
   * @param body the model's body; not null
   * @param area the directory's area for it, or null
   * @param listAddress the directory's list for it, or null
   * @param known true when the directory knows the group
   */
  public ToBody(int index, Body body, String area, String listAddress, boolean known) {
    super(index, body, area, listAddress, known);
  }
}
