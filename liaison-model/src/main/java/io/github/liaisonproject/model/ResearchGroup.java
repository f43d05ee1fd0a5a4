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

/** An IRTF research group: its chairs and mailing list. */
@Value.Immutable
@JsonSerialize(as = ImmutableResearchGroup.class)
@JsonDeserialize(as = ImmutableResearchGroup.class)
public interface ResearchGroup {
  /** {@return the RG's acronym ("cfrg"); required} */
  @NotBlank(message = "must give the RG's acronym, e.g. \"cfrg\"")
  @SingleLine
  String getAcronym();

  /** {@return the RG's full name, when given} */
  Optional<@NotBlankIfPresent @SingleLine String> getName();

  /** {@return the RG's chairs} */
  List<@NotNull @Valid Person> getChairs();

  /** {@return the RG's mailing list, when known} */
  Optional<@MailAddress String> getListAddress();

  /** {@return a new builder for a research group} */
  static ImmutableResearchGroup.Builder builder() {
    return ImmutableResearchGroup.builder();
  }
}
