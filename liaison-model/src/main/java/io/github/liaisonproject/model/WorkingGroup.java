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
  @NotBlank(message = "must give the WG's acronym, e.g. \"netconf\"")
  @SingleLine
  String getAcronym();

  Optional<@NotBlankIfPresent @SingleLine String> getName();

  /** The acronym of the area the WG belongs to. */
  @NotBlank(message = "must name the WG's area, e.g. \"ops\"")
  @SingleLine
  String getArea();

  List<@NotNull @Valid Person> getChairs();

  /** The WG's mailing list. */
  Optional<@MailAddress String> getListAddress();

  static ImmutableWorkingGroup.Builder builder() {
    return ImmutableWorkingGroup.builder();
  }
}
