package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Role;
import io.github.liaisonproject.rules.Approver;

/**
 * A fact from the directory: someone holding a role the statement touches. Inserted for the From
 * groups: the chairs of each WG and research group, the Area Directors of each area involved, the
 * IETF Chair when the IETF or IESG sends, the IAB Chair when the IAB sends, the IRTF Chair when the
 * IRTF sends. A lookup: what the role means for the statement is for the rules to say. Immutable.
 */
@Describe("Directory lookup: someone holding a role for the From groups (WG and RG chairs, ADs of their areas, the IETF, IAB or IRTF Chair when those send).")
public final class RoleHolder {
  private final int index;
  private final Role role;
  private final String group;
  private final String name;
  private final String address;
  private final String key;

  /**
   * The fact for one role holder.
   *
   * @param index its place among the role holders
   * @param role the role; not null
   * @param group the group the role is for, in lower case; null or "" for the Chairs
   * @param name the person's name
   * @param address the person's address
   */
  public RoleHolder(int index, Role role, String group, String name, String address) {
    this.index = index;
    this.role = role;
    this.group = group == null ? "" : group;
    this.name = name;
    this.address = address;
    this.key = Addresses.key(address);
  }

  /** {@return its place among the role holders, in the directory's order for the From bodies' order} */
  @Describe("Its place among the role holders, in the directory's order for the From bodies' order.")
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
  /**
   * {@return the same person as an approver (name, address, role, group), for {@code report.requireApproval};
   * a new value on each call}
   */
  @Describe("The same person as an approver (name, address, role, group), for report.requireApproval.")
  public Approver getApprover() { return new Approver(name, address, role, group); }

  @Override
  public String toString() {
    return "RoleHolder[" + role + " " + group + ": " + address + "]";
  }
}
