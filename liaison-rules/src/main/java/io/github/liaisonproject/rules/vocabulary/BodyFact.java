package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.BodyKind;

/**
 * A body the statement is From or To, with what the directory says about it. The directory's
 * answers (the area of a WG, the list of a WG or research group) are lookups, not decisions.
 * Immutable; the engine makes them ({@link FromBody}, {@link ToBody}).
 */
public abstract class BodyFact {
  private final int index;
  private final Body body;
  private final String area;
  private final String listAddress;
  private final boolean known;

  BodyFact(int index, Body body, String area, String listAddress, boolean known) {
    this.index = index;
    this.body = body;
    this.area = area;
    this.listAddress = listAddress;
    this.known = known;
  }

  /** {@return its place among the statement's From (or To, or correct) bodies, from 0} */
  @Describe("Its place among the statement's From (or To, or correct) bodies, from 0.")
  public int getIndex() { return index; }
  /** {@return the model's body} */
  @Describe("The model's body.")
  public Body getBody() { return body; }
  /**
   * {@return its kind: WORKING_GROUP, AREA, IETF, IESG, IAB, IRTF, RESEARCH_GROUP, ORGANIZATION or
   * EXTERNAL_GROUP}
   */
  @Describe("WORKING_GROUP, AREA, IETF, IESG, IAB, IRTF, RESEARCH_GROUP, ORGANIZATION or EXTERNAL_GROUP.")
  public BodyKind getKind() { return body.getKind(); }
  /**
   * {@return the group's acronym or name in lower case ("netconf", "ops"); "" for the IETF, IESG, IAB, IRTF}
   */
  @Describe("The group's acronym or name in lower case (\"netconf\", \"ops\"); \"\" for the IETF, IESG, IAB, IRTF.")
  public String getKey() { return body.getKey(); }
  /** {@return the body as the procedure names it: "IETF WG netconf", "ITU-T Study Group 15"} */
  @Describe("The body as the procedure names it: \"IETF WG netconf\", \"ITU-T Study Group 15\".")
  public String getLabel() { return body.getLabel(); }
  /** {@return the organization: "IETF" for IETF-side bodies, else the other organization ("3GPP")} */
  @Describe("The organization: \"IETF\" for IETF-side bodies, else the other organization (\"3GPP\").")
  public String getOrganization() { return body.getOrganization(); }
  /**
   * {@return lookup: the area (lower case) of a WG the directory knows, the acronym of an area; else null}
   */
  @Describe("Lookup: the area (lower case) of a WG the directory knows, the acronym of an area; else null.")
  public String getArea() { return area; }
  /** {@return lookup: the mailing list of a WG or research group, or null} */
  @Describe("Lookup: the mailing list of a WG or research group, or null.")
  public String getListAddress() { return listAddress; }
  /**
   * {@return lookup: true when the directory knows the group (always true for the IETF, IESG, IAB, IRTF and
   * other organizations)}
   */
  @Describe("Lookup: the directory knows the group (always true for the IETF, IESG, IAB, IRTF and other organizations).")
  public boolean isKnown() { return known; }
  /**
   * {@return true for an IETF, IESG, IAB, IRTF, area, WG or research group (not another organization's body)}
   */
  @Describe("An IETF, IESG, IAB, IRTF, area, WG or research group (not another organization's body).")
  public boolean isIetfSide() { return body.isIetfSide(); }
  /** {@return true for the IRTF or a research group} */
  @Describe("The IRTF or a research group.")
  public boolean isIrtf() { return body.getKind() != null && body.getKind().isIrtf(); }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + index + ": " + body.getLabel() + "]";
  }
}
