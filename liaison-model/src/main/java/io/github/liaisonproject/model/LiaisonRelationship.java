package io.github.liaisonproject.model;

import jakarta.validation.constraints.NotNull;
import io.github.liaisonproject.model.validation.NotBlankIfPresent;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.MailAddress;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A formal liaison relationship (§1, RFC 4052bis): an external organization, optionally one of
 * its groups, and the IAB-appointed liaison manager(s) with their alias address.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLiaisonRelationship.class)
@JsonDeserialize(as = ImmutableLiaisonRelationship.class)
public abstract class LiaisonRelationship {
  /** {@return the external organization ("ITU-T"); required} */
  @NotBlank(message = "must name the organization, e.g. \"ITU-T\"")
  @SingleLine
  public abstract String getOrganization();

  /**
   * {@return the group within it the relationship is with ("Study Group 15"); empty for the whole
   * organization}
   */
  public abstract Optional<@NotBlankIfPresent @SingleLine String> getGroup();

  /** {@return the IAB-appointed liaison managers} */
  public abstract List<@NotNull @Valid Person> getManagers();

  /** {@return the managers' alias address ("itu-t-sg15-liaison@iab.org"), when there is one} */
  public abstract Optional<@MailAddress String> getAlias();

  /**
   * {@return true when the organization requires a form of submission other than mail (§3.2); false by
   * default}
   */
  @Value.Default
  public boolean isRequiresSubmissionForm() {
    return false;
  }

  /**
   * {@return true when the relationship covers this body: the same organization (ignoring case) and, if the
   * relationship names a group, the same group}
   * @param body the body; not null
   */
  public boolean covers(Body body) {
    if (!getOrganization().trim().equalsIgnoreCase(body.getOrganization().trim())) {
      return false;
    }
    return getGroup().map(g -> g.trim().toLowerCase(Locale.ROOT).equals(body.getKey())).orElse(true);
  }

  /** {@return every address of the relationship, in a new list: the alias, then the managers' own} */
  @JsonIgnore
  public List<String> getAddresses() {
    List<String> all = new java.util.ArrayList<>();
    getAlias().ifPresent(all::add);
    getManagers().forEach(m -> all.add(m.getAddress()));
    return all;
  }

  /** {@return true when the relationship has an address: an alias or a manager (getAddresses() is not empty), without building the list} */
  public boolean hasAddresses() {
    return getAlias().isPresent() || !getManagers().isEmpty();
  }

  /** {@return a new builder for a relationship} */
  public static ImmutableLiaisonRelationship.Builder builder() {
    return ImmutableLiaisonRelationship.builder();
  }
}
