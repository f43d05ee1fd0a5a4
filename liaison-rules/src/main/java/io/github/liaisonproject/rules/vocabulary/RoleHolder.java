package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Role;
import io.github.liaisonproject.rules.Approver;

/**
 * A fact from the directory: someone holding a role the statement touches, for one of three sides.
 * Sending (the From groups): the chairs of each WG and research group, the Area Directors of each
 * area involved (a sending WG's area too), the IETF Chair when the IETF or IESG sends, the IAB Chair
 * when the IAB sends, the IRTF Chair when the IRTF sends. Addressed (the To groups) and the correct
 * groups of a misdirected statement: each body's own role holders only: the chairs of a WG or
 * research group, the Area Directors of an area, the IETF Chair for the IETF or IESG, the IAB Chair
 * for the IAB, the IRTF Chair for the IRTF. A lookup: what the role means for the statement is for
 * the rules to say. Immutable.
 */
@Describe("Directory lookup: someone holding a role for a sending group (WG and RG chairs, ADs of their areas, the IETF, IAB or IRTF Chair when those send), an addressed group or a correct group (each body's own: its chairs, an area's ADs, the Chair of the IETF/IESG, IAB or IRTF).")
public final class RoleHolder {
  /** Whose role: a sending group's, an addressed group's, or a correct group's (of a misdirected statement). */
  public enum Side {
    /** The holder's role is for a group the statement is From (or the area of such a WG). */
    SENDING,
    /** The holder's role is for a group the statement is To. */
    ADDRESSED,
    /** The holder's role is for a group the record of a misdirected statement names as the right one. */
    CORRECT_GROUP
  }

  private final int index;
  private final Role role;
  private final String group;
  private final String name;
  private final String address;
  private final String key;
  private final Side side;

  /**
   * The fact for one role holder of a sending group.
   *
   * @param index its place among the role holders
   * @param role the role; not null
   * @param group the group the role is for, in lower case; null or "" for the Chairs
   * @param name the person's name
   * @param address the person's address
   */
  public RoleHolder(int index, Role role, String group, String name, String address) {
    this(index, role, group, name, address, Side.SENDING);
  }

  /**
   * The fact for one role holder of the given side.
   *
   * @param index its place among the role holders
   * @param role the role; not null
   * @param group the group the role is for, in lower case; null or "" for the Chairs (kept as "")
   * @param name the person's name
   * @param address the person's address; its comparison key is computed here (trimmed, lower case)
   * @param side whose role it is; not null
   */
  public RoleHolder(int index, Role role, String group, String name, String address, Side side) {
    this.index = index;
    this.role = role;
    this.group = group == null ? "" : group;
    this.name = name;
    this.address = address;
    this.key = Addresses.key(address);
    this.side = side;
  }

  /** {@return its place among the role holders, in the directory's order for the bodies' order} */
  @Describe("Its place among the role holders, in the directory's order for the bodies' order (sending, then addressed, then correct groups).")
  public int getIndex() { return index; }
  /**
   * {@return the role: AREA_DIRECTOR, WORKING_GROUP_CHAIR, RESEARCH_GROUP_CHAIR, IETF_CHAIR, IAB_CHAIR or
   * IRTF_CHAIR}
   */
  @Describe("AREA_DIRECTOR, WORKING_GROUP_CHAIR, RESEARCH_GROUP_CHAIR, IETF_CHAIR, IAB_CHAIR or IRTF_CHAIR.")
  public Role getRole() { return role; }
  /**
   * {@return the group the role is for, in lower case: the WG or RG acronym, the area acronym; "" for the
   * Chairs}
   */
  @Describe("The group the role is for, in lower case: the WG or RG acronym, the area acronym; \"\" for the Chairs.")
  public String getGroup() { return group; }
  /** {@return the person's name} */
  @Describe("The person's name.")
  public String getName() { return name; }
  /** {@return the person's address} */
  @Describe("The person's address.")
  public String getAddress() { return address; }
  /** {@return the address trimmed and in lower case, for comparing} */
  @Describe("The address trimmed and in lower case, for comparing.")
  public String getKey() { return key; }
  /** {@return whether the role is held for a sending (From) group} */
  @Describe("The role is held for a sending (From) group.")
  public boolean isSending() { return side == Side.SENDING; }
  /** {@return whether the role is held for an addressed (To) group} */
  @Describe("The role is held for an addressed (To) group: its chairs, an area's ADs, the IETF, IAB or IRTF Chair.")
  public boolean isAddressed() { return side == Side.ADDRESSED; }
  /** {@return whether the role is held for a correct group of a misdirected statement} */
  @Describe("The role is held for a correct group of a misdirected statement (CorrectGroup).")
  public boolean isForCorrectGroup() { return side == Side.CORRECT_GROUP; }
  /**
   * {@return the same person as an approver (name, address, role, group), for {@code report.requireApproval};
   * a new value on each call}
   */
  @Describe("The same person as an approver (name, address, role, group), for report.requireApproval.")
  public Approver getApprover() { return new Approver(name, address, role, group); }

  @Override
  public String toString() {
    return "RoleHolder[" + role + " " + group + ": " + address + (side == Side.SENDING ? "" : ", " + side) + "]";
  }
}
