package io.github.liaisonproject.model;

/** The roles the procedure gives authority or duties to. */
public enum Role {
  /** An Area Director; approves statements of the area's WGs and of the area (§4.1). */
  AREA_DIRECTOR,
  /** A WG (co)chair; decides content and consensus level (§4), owns responses (§5.1). */
  WORKING_GROUP_CHAIR,
  /** The IETF Chair; approves statements from the IETF or the IESG (§4.1). */
  IETF_CHAIR,
  /** The IAB Chair; approves on behalf of the IAB (§4.1). */
  IAB_CHAIR,
  /** A member of the IAB, when acting for it. */
  IAB_MEMBER,
  /** The IRTF Chair; decides with the IAB on responses involving research groups (§1). */
  IRTF_CHAIR,
  /** A research group chair. */
  RESEARCH_GROUP_CHAIR,
  /** An IAB-appointed liaison manager for a relationship (§1, §5.1). */
  LIAISON_MANAGER,
  /** The IAB's liaison contact point (§3.1). */
  IAB_LIAISON_CONTACT,
  /** Staff of the IETF Secretariat. */
  SECRETARIAT
}
