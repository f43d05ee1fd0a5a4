package io.github.liaisonproject.model;

import jakarta.validation.constraints.NotNull;
import io.github.liaisonproject.model.validation.NotBlankIfPresent;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An IETF area and its Area Directors. */
@Value.Immutable
@JsonSerialize(as = ImmutableArea.class)
@JsonDeserialize(as = ImmutableArea.class)
public interface Area {
  /** {@return the area's acronym ("ops"); required} */
  @NotBlank(message = "must give the area's acronym, e.g. \"ops\"")
  @SingleLine
  String getAcronym();

  /** {@return the area's full name, when given} */
  Optional<@NotBlankIfPresent @SingleLine String> getName();

  /** {@return the Area Directors, who approve statements of the area and its WGs (§4.1)} */
  List<@NotNull @Valid Person> getDirectors();

  /** {@return a new builder for an area} */
  static ImmutableArea.Builder builder() {
    return ImmutableArea.builder();
  }
}
