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

/**
 * The person who submits an outgoing statement, and the roles they claim. A submitter who holds
 * the approving role approves by submitting (APPROVAL-SELF); the rules confirm the role against
 * the directory.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubmitter.class)
@JsonDeserialize(as = ImmutableSubmitter.class)
public interface Submitter {
  /** {@return the submitter's name, when given} */
  Optional<@NotBlankIfPresent @SingleLine String> getName();

  /** {@return the submitter's mail address; required} */
  @NotNull(message = "must give the mail address, e.g. chair@example.org")
  @MailAddress
  String getAddress();

  /** {@return the roles the submitter claims; the rules confirm each against the directory} */
  List<@NotNull @Valid RoleHolding> getRoles();

  /** {@return a new builder for a submitter} */
  static ImmutableSubmitter.Builder builder() {
    return ImmutableSubmitter.builder();
  }
}
