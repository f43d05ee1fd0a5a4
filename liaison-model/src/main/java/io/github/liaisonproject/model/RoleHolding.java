package io.github.liaisonproject.model;

import io.github.liaisonproject.model.validation.NotBlankIfPresent;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/** A role held for a group: Area Director of "ops", chair of "netconf", IETF Chair (no group). */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleHolding.class)
@JsonDeserialize(as = ImmutableRoleHolding.class)
public interface RoleHolding {
  /** {@return the role; required} */
  @NotNull(message = "must name the role, e.g. AREA_DIRECTOR")
  Role getRole();

  /** {@return the area, WG, RG acronym or relationship the role is held for; empty for chairs of bodies} */
  Optional<@NotBlankIfPresent @SingleLine String> getGroup();

  /**
   * {@return the role held for a group}
   * @param role the role; not null
   * @param group the group; null for none
   * @throws NullPointerException when the role is null
   */
  static RoleHolding of(Role role, String group) {
    return ImmutableRoleHolding.builder().role(role).group(Optional.ofNullable(group)).build();
  }

  /**
   * {@return the role held for no group (the IETF Chair, say)}
   * @param role the role; not null
   * @throws NullPointerException when the role is null
   */
  static RoleHolding of(Role role) {
    return of(role, null);
  }
}
