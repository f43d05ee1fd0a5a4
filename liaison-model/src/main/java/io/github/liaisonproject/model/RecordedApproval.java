package io.github.liaisonproject.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.MailAddress;
import io.github.liaisonproject.model.validation.NotBlankIfPresent;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a tool's record shows about an outgoing statement's approval (the Datatracker: state
 * {@code approved} or {@code posted}, and the {@code by} of its {@code approved} event), as
 * opposed to {@link Approval}s given in the statement itself. A record can show that approval was
 * given without showing by whom (events synthesized for imported records name the "(System)"
 * person): then {@link #getApproved()} is YES and {@link #getBy()} is empty.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordedApproval.class)
@JsonDeserialize(as = ImmutableRecordedApproval.class)
public interface RecordedApproval {
  /**
   * {@return YES when the record shows it approved, NO when awaiting approval, UNKNOWN (the default) when it
   * does not say}
   */
  @Value.Default
  default Known getApproved() {
    return Known.UNKNOWN;
  }

  /** {@return the approver's name as the record gives it; empty when the record does not say who} */
  Optional<@NotBlankIfPresent @Size(max = 500) @SingleLine String> getBy();

  /** {@return the approver's address, when the record gives one} */
  Optional<@MailAddress String> getByAddress();

  /** {@return when it was approved, when the record says} */
  Optional<LocalDate> getOn();

  /** {@return a new builder for a recorded approval} */
  static ImmutableRecordedApproval.Builder builder() {
    return ImmutableRecordedApproval.builder();
  }
}
