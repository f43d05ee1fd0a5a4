package io.github.liaisonproject.model;

import jakarta.validation.constraints.NotNull;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.MailAddress;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The directory of roles the rules need, supplied by the embedding tool: areas and their ADs,
 * WGs with their area, chairs and lists, the IETF, IAB and IRTF Chairs, the IESG and IAB
 * addresses, the IAB's liaison-coordination address, liaison relationships, and which addresses
 * are personal. Look-ups are by acronym or address, trimmed and ignoring case.
 *
 * <p>Immutable and thread-safe; its look-up indexes are built once, on first use. The look-ups
 * accept a null acronym or address and answer "not found" for it; they never return null.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDirectory.class)
@JsonDeserialize(as = ImmutableDirectory.class)
public abstract class Directory {
  /**
   * The IAB's liaison-coordination address (§2.1), the default of {@link
   * #getLiaisonCoordination()}.
   */
  public static final String LIAISON_COORDINATION = "liaison-coordination@iab.org";

  /** {@return the IETF areas with their Area Directors; empty when the tool supplies none} */
  public abstract List<@NotNull @Valid Area> getAreas();

  /** {@return the IETF working groups with their area, chairs and list} */
  public abstract List<@NotNull @Valid WorkingGroup> getWorkingGroups();

  /** {@return the IRTF research groups with their chairs and list} */
  public abstract List<@NotNull @Valid ResearchGroup> getResearchGroups();

  /**
   * {@return the IETF Chair, who approves statements from the IETF or the IESG (§4.1), when known}
   */
  public abstract Optional<@Valid Person> getIetfChair();

  /** {@return the IAB Chair, who approves on behalf of the IAB (§4.1), when known} */
  public abstract Optional<@Valid Person> getIabChair();

  /** {@return the IRTF Chair, when known} */
  public abstract Optional<@Valid Person> getIrtfChair();

  /** {@return the IESG's mail address, when known} */
  public abstract Optional<@MailAddress String> getIesgAddress();

  /** {@return the IAB's mail address, when known} */
  public abstract Optional<@MailAddress String> getIabAddress();

  /**
   * {@return the address the IAB maintains for liaison management (§2.1); {@value
   * #LIAISON_COORDINATION} unless set}
   */
  @Value.Default
  @NotNull
  @MailAddress
  public String getLiaisonCoordination() {
    return LIAISON_COORDINATION;
  }

  /** {@return the formal liaison relationships with their managers and aliases} */
  public abstract List<@NotNull @Valid LiaisonRelationship> getRelationships();

  /**
   * {@return addresses known to be personal besides those of the people listed here (who are all
   * personal)}
   */
  public abstract List<@NotNull @MailAddress String> getPersonalAddresses();

  // ---- look-ups ------------------------------------------------------------------------------

  @Value.Lazy
  Map<String, Area> areaIndex() {
    Map<String, Area> index = new HashMap<>();
    getAreas().forEach(a -> index.putIfAbsent(key(a.getAcronym()), a));
    return index;
  }

  @Value.Lazy
  Map<String, WorkingGroup> workingGroupIndex() {
    Map<String, WorkingGroup> index = new HashMap<>();
    getWorkingGroups().forEach(g -> index.putIfAbsent(key(g.getAcronym()), g));
    return index;
  }

  @Value.Lazy
  Map<String, ResearchGroup> researchGroupIndex() {
    Map<String, ResearchGroup> index = new HashMap<>();
    getResearchGroups().forEach(g -> index.putIfAbsent(key(g.getAcronym()), g));
    return index;
  }

  @Value.Lazy
  Set<String> personalIndex() {
    Set<String> all = new HashSet<>();
    getPersonalAddresses().forEach(a -> all.add(key(a)));
    getAreas().forEach(a -> a.getDirectors().forEach(p -> all.add(key(p.getAddress()))));
    getWorkingGroups().forEach(g -> g.getChairs().forEach(p -> all.add(key(p.getAddress()))));
    getResearchGroups().forEach(g -> g.getChairs().forEach(p -> all.add(key(p.getAddress()))));
    getIetfChair().ifPresent(p -> all.add(key(p.getAddress())));
    getIabChair().ifPresent(p -> all.add(key(p.getAddress())));
    getIrtfChair().ifPresent(p -> all.add(key(p.getAddress())));
    getRelationships().forEach(r -> r.getManagers().forEach(p -> all.add(key(p.getAddress()))));
    return all;
  }

  /**
   * {@return the area with this acronym (ignoring case), or empty when unknown or null}
   * @param acronym the area's acronym ("ops"); may be null
   */
  public Optional<Area> area(String acronym) {
    return Optional.ofNullable(areaIndex().get(key(acronym)));
  }

  /**
   * {@return the working group with this acronym (ignoring case), or empty when unknown or null}
   * @param acronym the WG's acronym ("netconf"); may be null
   */
  public Optional<WorkingGroup> workingGroup(String acronym) {
    return Optional.ofNullable(workingGroupIndex().get(key(acronym)));
  }

  /**
   * {@return the research group with this acronym (ignoring case), or empty when unknown or null}
   * @param acronym the RG's acronym ("cfrg"); may be null
   */
  public Optional<ResearchGroup> researchGroup(String acronym) {
    return Optional.ofNullable(researchGroupIndex().get(key(acronym)));
  }

  /**
   * {@return the area a WG belongs to, when both the WG and its area are in the directory}
   * @param workingGroupAcronym the WG's acronym; may be null
   */
  public Optional<Area> areaOf(String workingGroupAcronym) {
    return workingGroup(workingGroupAcronym).flatMap(g -> area(g.getArea()));
  }

  /**
   * {@return the Area Directors of an area (unmodifiable); empty when the area is unknown}
   * @param areaAcronym the area's acronym; may be null
   */
  public List<Person> directorsOf(String areaAcronym) {
    return area(areaAcronym).map(Area::getDirectors).orElse(List.of());
  }

  /**
   * The relationship covering a body: one for its own group first, else one for its whole
   * organization.
   *
   * @param body the body; not null
   * @return the relationship, or empty for IETF-side bodies and organizations without one
   */
  public Optional<LiaisonRelationship> relationshipFor(Body body) {
    if (body.isIetfSide()) {
      return Optional.empty();
    }
    return getRelationships().stream()
        .filter(r -> r.covers(body))
        .min(Comparator.comparing(r -> r.getGroup().isPresent() ? 0 : 1));
  }

  /**
   * {@return the first relationship covering any of the bodies, in their order, as {@link
   * #relationshipFor(Body)} finds it}
   * @param bodies the bodies; not null, without null elements
   */
  public Optional<LiaisonRelationship> relationshipFor(List<Body> bodies) {
    for (Body b : bodies) {
      Optional<LiaisonRelationship> r = relationshipFor(b);
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  /**
   * {@return true when the address is a person's own (an AD's, a chair's, a manager's, one listed
   * as personal); false for null}
   * @param address the address, compared trimmed and ignoring case; may be null
   */
  public boolean isPersonal(String address) {
    return address != null && personalIndex().contains(key(address));
  }

  /**
   * {@return the liaison manager aliases of every relationship that has one, in the relationships'
   * order (a new list)}
   */
  public List<String> managerAliases() {
    List<String> all = new ArrayList<>();
    getRelationships().forEach(r -> r.getAlias().ifPresent(all::add));
    return all;
  }

  /**
   * {@return true for liaison-coordination or any manager alias, the central addresses of -05 §2.1;
   * false for null}
   * @param address the address, compared trimmed and ignoring case; may be null
   */
  public boolean isCentralAddress(String address) {
    if (address == null) {
      return false;
    }
    String k = key(address);
    return k.equals(key(getLiaisonCoordination()))
        || getRelationships().stream().anyMatch(r -> r.getAlias().map(a -> key(a).equals(k)).orElse(false));
  }

  /**
   * {@return every role the directory gives this address (Area Director, chair, Chair, manager), in
   * a new list; empty for null}
   * @param address the address, compared trimmed and ignoring case; may be null
   */
  public List<RoleHolding> rolesOf(String address) {
    List<RoleHolding> roles = new ArrayList<>();
    if (address == null) {
      return roles;
    }
    String k = key(address);
    for (Area a : getAreas()) {
      if (a.getDirectors().stream().anyMatch(p -> key(p.getAddress()).equals(k))) {
        roles.add(RoleHolding.of(Role.AREA_DIRECTOR, a.getAcronym()));
      }
    }
    for (WorkingGroup g : getWorkingGroups()) {
      if (g.getChairs().stream().anyMatch(p -> key(p.getAddress()).equals(k))) {
        roles.add(RoleHolding.of(Role.WORKING_GROUP_CHAIR, g.getAcronym()));
      }
    }
    for (ResearchGroup g : getResearchGroups()) {
      if (g.getChairs().stream().anyMatch(p -> key(p.getAddress()).equals(k))) {
        roles.add(RoleHolding.of(Role.RESEARCH_GROUP_CHAIR, g.getAcronym()));
      }
    }
    getIetfChair().filter(p -> key(p.getAddress()).equals(k)).ifPresent(p -> roles.add(RoleHolding.of(Role.IETF_CHAIR)));
    getIabChair().filter(p -> key(p.getAddress()).equals(k)).ifPresent(p -> roles.add(RoleHolding.of(Role.IAB_CHAIR)));
    getIrtfChair().filter(p -> key(p.getAddress()).equals(k)).ifPresent(p -> roles.add(RoleHolding.of(Role.IRTF_CHAIR)));
    for (LiaisonRelationship r : getRelationships()) {
      if (r.getManagers().stream().anyMatch(p -> key(p.getAddress()).equals(k))) {
        roles.add(RoleHolding.of(Role.LIAISON_MANAGER, r.getOrganization() + r.getGroup().map(g -> " " + g).orElse("")));
      }
    }
    return roles;
  }

  /**
   * {@return true when the directory gives this address the role, for the group when one is given}
   * @param address the address; may be null (then false)
   * @param role the role; not null
   * @param group the area, WG or RG acronym, or null for any group
   */
  public boolean holds(String address, Role role, String group) {
    return rolesOf(address).stream().anyMatch(h -> h.getRole() == role
        && (group == null || h.getGroup().map(g -> key(g).equals(key(group))).orElse(false)));
  }

  static String key(String s) {
    return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
  }

  /** {@return a directory that knows nobody (only the default liaison-coordination address)} */
  public static Directory empty() {
    return ImmutableDirectory.builder().build();
  }

  /** {@return a new builder for a directory} */
  public static ImmutableDirectory.Builder builder() {
    return ImmutableDirectory.builder();
  }
}
