package io.github.liaisonproject.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What was done about an incoming statement (-05 §3.1, §5.1), as recorded. */
@Value.Immutable
@JsonSerialize(as = ImmutableFollowUp.class)
@JsonDeserialize(as = ImmutableFollowUp.class)
public interface FollowUp {
  /** {@return true when the record is marked "action taken" (the Datatracker's tag); false by default} */
  @Value.Default
  default boolean isActionTaken() {
    return false;
  }

  /**
   * {@return true for a recorded decision not to respond (§1: receipt imposes no obligation to respond);
   * false by default}
   */
  @Value.Default
  default boolean isDecidedNotToRespond() {
    return false;
  }

  /**
   * {@return true when the addressed groups' chairs sought group input on the request on their lists
   * (§4.2.1), which discharges CONSENSUS-SEEK-GROUP-INPUT; false by default}
   */
  @Value.Default
  default boolean isGroupInputSought() {
    return false;
  }

  /**
   * {@return true when the informal communication about the request copied the IAB (§5.1: without a liaison
   * manager the IAB "should be integrated into any additional informal communication"); false by default}
   */
  @Value.Default
  default boolean isInformalReplyCopiedIab() {
    return false;
  }

  /**
   * {@return for a statement received through a central address: whether it was distributed to every
   * To-Contact after recording (-05 §2.1, ROUTE-INCOMING-DISTRIBUTE); UNKNOWN unless the record says}
   */
  @Value.Default
  default Known getDistributed() {
    return Known.UNKNOWN;
  }

  /**
   * Whether the originating organization has been told what, if anything, the IETF decided (§5.1;
   * RELATIONSHIP-MANAGER-COMMUNICATION, RESPONSE-INFORM-ORIGINATOR), as given. A recorded reply is
   * known from the related statements, not from here.
   *
   * @return YES, NO, or UNKNOWN (the default)
   */
  @Value.Default
  default Known getOriginatorInformed() {
    return Known.UNKNOWN;
  }

  /** {@return {@link #getOriginatorInformed()}, or YES when it is unknown and an informal reply is linked} */
  @JsonIgnore
  default Known getEffectiveOriginatorInformed() {
    return getOriginatorInformed() == Known.UNKNOWN ? Known.yesOrUnknown(getInformalReply().isPresent())
        : getOriginatorInformed();
  }

  /** {@return a linked informal reply (a mail in an archive, §5.1), when there is one} */
  Optional<URI> getInformalReply();

  /** {@return other actions taken, each recorded in a linked tool or list (-05 §3.1)} */
  List<@NotBlank @Size(max = 2000) @SingleLine String> getActionsRecorded();

  /** Nothing recorded: every attribute at its default. */
  FollowUp NONE = ImmutableFollowUp.builder().build();

  /** {@return a new builder for a follow-up record} */
  static ImmutableFollowUp.Builder builder() {
    return ImmutableFollowUp.builder();
  }
}
