package io.github.liaisonproject.model;

import jakarta.validation.constraints.NotNull;
import io.github.liaisonproject.model.validation.NotBlankIfPresent;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.MailAddress;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An IETF working group: its area, chairs and mailing list. */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkingGroup.class)
@JsonDeserialize(as = ImmutableWorkingGroup.class)
public interface WorkingGroup {
  /** {@return the WG's acronym ("netconf"); required} */
  @NotBlank(message = "must give the WG's acronym, e.g. \"netconf\"")
  @SingleLine
  String getAcronym();

  /** {@return the WG's full name, when given} */
  Optional<@NotBlankIfPresent @SingleLine String> getName();

  /** {@return the acronym of the area the WG belongs to; required} */
  @NotBlank(message = "must name the WG's area, e.g. \"ops\"")
  @SingleLine
  String getArea();

  /** {@return the WG's chairs} */
  List<@NotNull @Valid Person> getChairs();

  /** {@return the WG's mailing list, when known} */
  Optional<@MailAddress String> getListAddress();

  /** {@return a new builder for a working group} */
  static ImmutableWorkingGroup.Builder builder() {
    return ImmutableWorkingGroup.builder();
  }
}
