package io.github.liaisonproject.model;

/** What kind of group a {@link Body} is. The first seven are IETF-side (§2.1, §4.1, §1). */
public enum BodyKind {
  /** The IETF as a whole (§4.1: "indicates the IETF as the originator"). */
  IETF,
  /** The Internet Engineering Steering Group. */
  IESG,
  /** The Internet Architecture Board. */
  IAB,
  /** An IETF area, named by its acronym ("ops"). */
  AREA,
  /** An IETF working group, named by its acronym ("netconf"). */
  WORKING_GROUP,
  /** The Internet Research Task Force as a whole. */
  IRTF,
  /** An IRTF research group, named by its acronym ("cfrg"). */
  RESEARCH_GROUP,
  /** Another standards body as a whole ("3GPP"). */
  ORGANIZATION,
  /** A group within another standards body ("Study Group 15", "SA2", "Question 14/15"). */
  EXTERNAL_GROUP;

  /** {@return true for the IETF, IESG, IAB, areas, WGs, the IRTF and its research groups} */
  public boolean isIetfSide() {
    return this != ORGANIZATION && this != EXTERNAL_GROUP;
  }

  /** {@return true for the IRTF and its research groups (§1: they do not initiate statements)} */
  public boolean isIrtf() {
    return this == IRTF || this == RESEARCH_GROUP;
  }
}
