package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Body;

/**
 * A fact: a group the record of a misdirected incoming statement names as the right one
 * (correctGroups, §3.1), once per distinct body, in order, with what the directory says about it.
 */
@Describe("A group the record of a misdirected statement names as the right one (correctGroups, §3.1), with the directory's area and list for it.")
public final class CorrectGroup extends BodyFact {
  public CorrectGroup(int index, Body body, String area, String listAddress, boolean known) {
    super(index, body, area, listAddress, known);
  }
}
