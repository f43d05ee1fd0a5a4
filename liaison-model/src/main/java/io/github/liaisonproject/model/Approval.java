package io.github.liaisonproject.model;

import io.github.liaisonproject.model.validation.NotBlankIfPresent;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.MailAddress;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An approval given to an outgoing statement (§4.1): who approved, in which role, for which group,
 * when. The rules check the approver against the directory rather than trusting the role claimed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApproval.class)
@JsonDeserialize(as = ImmutableApproval.class)
public interface Approval {
  /** {@return the approver's name, when given} */
  Optional<@NotBlankIfPresent @SingleLine String> getName();

  /** {@return the approver's mail address; required, and checked against the directory by the rules} */
  @NotNull(message = "must give the mail address, e.g. chair@example.org")
  @MailAddress
  String getAddress();

  /** {@return the role the approval is given in, as claimed; required} */
  @NotNull(message = "must name the role approved in, e.g. AREA_DIRECTOR or IETF_CHAIR")
  Role getRole();

  /** {@return the area (for an AD) or other group the approval is given for, when given} */
  Optional<@NotBlankIfPresent @SingleLine String> getGroup();

  /** {@return when it was given, when known} */
  Optional<LocalDate> getApprovedOn();

  /** {@return a new builder for an approval} */
  static ImmutableApproval.Builder builder() {
    return ImmutableApproval.builder();
  }
}
