package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Body;

/** A fact: a body the statement is To, once per distinct body (kind and key), in order. */
@Describe("A body the statement is To (one per distinct body), with the directory's area and list for it.")
public final class ToBody extends BodyFact {
  public ToBody(int index, Body body, String area, String listAddress, boolean known) {
    super(index, body, area, listAddress, known);
  }
}
