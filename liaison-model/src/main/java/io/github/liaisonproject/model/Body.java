package io.github.liaisonproject.model;

import io.github.liaisonproject.model.validation.NotBlankIfPresent;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body that sends or receives a statement: an organization and, within it, a group of a given
 * kind (§2.1 "it may be from an IETF Area or WG, an ITU-T Study Group, Working Party, or
 * Question"). IETF-side bodies have organization "IETF" and, below the IETF level, the group's
 * acronym as {@link #getName()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBody.class)
@JsonDeserialize(as = ImmutableBody.class)
public abstract class Body {

  public static final String IETF_ORGANIZATION = "IETF";

  /** The organization: "IETF" for every IETF-side body, else the other body's name ("ITU-T"). */
  @Value.Default
  @NotBlank(message = "must name the organization, e.g. \"ITU-T\" or \"IETF\"")
  @Size(max = 200)
  @SingleLine
  public String getOrganization() {
    // null-safe: Immutables computes defaults before the kind is checked, and a Body without a kind
    // must reach validation ("must say what kind of group this is") rather than fail with an NPE
    BodyKind kind = getKind();
    return kind != null && kind.isIetfSide() ? IETF_ORGANIZATION : "";
  }

  @NotNull(message = "must say what kind of group this is, e.g. WORKING_GROUP or EXTERNAL_GROUP")
  public abstract BodyKind getKind();

  /**
   * The group: an acronym for IETF areas, WGs and research groups ("netconf"), a name for an
   * external group ("Study Group 15"). Empty for the IETF, IESG, IAB, IRTF and whole organizations.
   */
  public abstract Optional<@NotBlankIfPresent @Size(max = 200) @SingleLine String> getName();

  /** A human-readable label: "IETF WG netconf", "ITU-T Study Group 15", "IESG". */
  @Value.Derived
  @JsonIgnore
  public String getLabel() {
    if (getKind() == null) {
      return getOrganization() + getName().map(n -> " " + n).orElse("");
    }
    switch (getKind()) {
      case IETF: case IESG: case IAB: case IRTF:
        return getKind().name();
      case AREA:
        return "IETF area " + getName().orElse("?");
      case WORKING_GROUP:
        return "IETF WG " + getName().orElse("?");
      case RESEARCH_GROUP:
        return "IRTF RG " + getName().orElse("?");
      case ORGANIZATION:
        return getOrganization();
      default:
        return getOrganization() + getName().map(n -> " " + n).orElse("");
    }
  }

  /** The group's acronym or name in lower case, for directory look-ups; "" when it has none. */
  @Value.Derived
  @JsonIgnore
  public String getKey() {
    return getName().map(n -> n.trim().toLowerCase(Locale.ROOT)).orElse("");
  }

  @JsonIgnore
  public boolean isIetfSide() {
    return getKind() != null && getKind().isIetfSide();
  }

  @Override
  public String toString() {
    return getLabel();
  }

  public static Body ietf() { return of(BodyKind.IETF, null); }
  public static Body iesg() { return of(BodyKind.IESG, null); }
  public static Body iab() { return of(BodyKind.IAB, null); }
  public static Body irtf() { return of(BodyKind.IRTF, null); }
  public static Body area(String acronym) { return of(BodyKind.AREA, acronym); }
  public static Body workingGroup(String acronym) { return of(BodyKind.WORKING_GROUP, acronym); }
  public static Body researchGroup(String acronym) { return of(BodyKind.RESEARCH_GROUP, acronym); }
  public static Body organization(String organization) {
    return ImmutableBody.builder().organization(organization).kind(BodyKind.ORGANIZATION).build();
  }
  public static Body externalGroup(String organization, String group) {
    return ImmutableBody.builder().organization(organization).kind(BodyKind.EXTERNAL_GROUP).name(group).build();
  }

  private static Body of(BodyKind kind, String name) {
    return ImmutableBody.builder().kind(kind).name(Optional.ofNullable(name)).build();
  }

  public static ImmutableBody.Builder builder() {
    return ImmutableBody.builder();
  }
}
