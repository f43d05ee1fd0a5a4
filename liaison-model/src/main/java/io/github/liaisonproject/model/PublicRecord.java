package io.github.liaisonproject.model;

import io.github.liaisonproject.model.validation.NotBlankIfPresent;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The public record of a statement (§3): where it is, when it was made, by whom. */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicRecord.class)
@JsonDeserialize(as = ImmutablePublicRecord.class)
public interface PublicRecord {
  /** {@return where the record is, when known} */
  Optional<URI> getUri();

  /** {@return when it was recorded, when known} */
  Optional<LocalDate> getRecordedOn();

  /** {@return who recorded it, when known} */
  Optional<@NotBlankIfPresent @SingleLine String> getRecordedBy();

  /** {@return a new builder for a record} */
  static ImmutablePublicRecord.Builder builder() {
    return ImmutablePublicRecord.builder();
  }
}
