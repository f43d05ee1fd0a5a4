package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Body;

/**
 * A fact: a group the record of a misdirected incoming statement names as the right one
 * (correctGroups, §3.1), once per distinct body, in order, with what the directory says about it.
 */
@Describe("A group the record of a misdirected statement names as the right one (correctGroups, §3.1), with the directory's area and list for it.")
public final class CorrectGroup extends BodyFact {
  /**
   * The fact for one correct group; made by the engine, immutable.
   *
   * @param index its place among the record's distinct correct groups, from 0
   * @param body the group as the model names it; not null
   * @param area the directory's area for it (lower case), or null when the directory has none
   * @param listAddress the directory's mailing list for it, or null
   * @param known whether the directory knows the group
   */
  public CorrectGroup(int index, Body body, String area, String listAddress, boolean known) {
    super(index, body, area, listAddress, known);
  }
}
