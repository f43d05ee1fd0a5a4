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

  /** The organization of every IETF-side body: {@value}. */
  public static final String IETF_ORGANIZATION = "IETF";

  /**
   * {@return the organization: "IETF" for every IETF-side body (the default), else the other body's name
   * ("ITU-T")}
   */
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

  /** {@return what kind of group it is; required by the builder} */
  @NotNull(message = "must say what kind of group this is, e.g. WORKING_GROUP or EXTERNAL_GROUP")
  public abstract BodyKind getKind();

  /**
   * The group: an acronym for IETF areas, WGs and research groups ("netconf"), a name for an
   * external group ("Study Group 15").
   *
   * @return the name, or empty for the IETF, IESG, IAB, IRTF and whole organizations
   */
  public abstract Optional<@NotBlankIfPresent @Size(max = 200) @SingleLine String> getName();

  /** {@return a human-readable label: "IETF WG netconf", "ITU-T Study Group 15", "IESG"} */
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

  /**
   * {@return the group's acronym or name trimmed and in lower case, for directory look-ups; "" when it has
   * none}
   */
  @Value.Derived
  @JsonIgnore
  public String getKey() {
    return getName().map(n -> n.trim().toLowerCase(Locale.ROOT)).orElse("");
  }

  /**
   * {@return true for the IETF, IESG, IAB, IRTF, areas, WGs and research groups (see {@link
   * BodyKind#isIetfSide()})}
   */
  @JsonIgnore
  public boolean isIetfSide() {
    return getKind() != null && getKind().isIetfSide();
  }

  @Override
  public String toString() {
    return getLabel();
  }

  /** {@return the IETF as a whole} */
  public static Body ietf() { return of(BodyKind.IETF, null); }
  /** {@return the IESG} */
  public static Body iesg() { return of(BodyKind.IESG, null); }
  /** {@return the IAB} */
  public static Body iab() { return of(BodyKind.IAB, null); }
  /** {@return the IRTF as a whole} */
  public static Body irtf() { return of(BodyKind.IRTF, null); }
  /**
   * {@return the IETF area with this acronym}
   * @param acronym the area's acronym ("ops"); not blank (a null gives a body without a name, which
   *     validation refuses)
   */
  public static Body area(String acronym) { return of(BodyKind.AREA, acronym); }
  /**
   * {@return the IETF working group with this acronym}
   * @param acronym the WG's acronym ("netconf"), as for {@link #area(String)}
   */
  public static Body workingGroup(String acronym) { return of(BodyKind.WORKING_GROUP, acronym); }
  /**
   * {@return the IRTF research group with this acronym}
   * @param acronym the RG's acronym ("cfrg"), as for {@link #area(String)}
   */
  public static Body researchGroup(String acronym) { return of(BodyKind.RESEARCH_GROUP, acronym); }
  /**
   * {@return another standards body as a whole ("3GPP")}
   * @param organization its name; not null
   * @throws NullPointerException when it is null
   */
  public static Body organization(String organization) {
    return ImmutableBody.builder().organization(organization).kind(BodyKind.ORGANIZATION).build();
  }
  /**
   * {@return a group within another standards body ("ITU-T", "Study Group 15")}
   * @param organization the organization's name; not null
   * @param group the group's name; not null
   * @throws NullPointerException when an argument is null
   */
  public static Body externalGroup(String organization, String group) {
    return ImmutableBody.builder().organization(organization).kind(BodyKind.EXTERNAL_GROUP).name(group).build();
  }

  private static Body of(BodyKind kind, String name) {
    return ImmutableBody.builder().kind(kind).name(Optional.ofNullable(name)).build();
  }

  /** {@return a new builder for a body} */
  public static ImmutableBody.Builder builder() {
    return ImmutableBody.builder();
  }
}
