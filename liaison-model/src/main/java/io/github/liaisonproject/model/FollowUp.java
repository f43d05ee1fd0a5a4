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
  /** The record is marked "action taken" (the Datatracker's tag). */
  @Value.Default
  default boolean isActionTaken() {
    return false;
  }

  /** A recorded decision not to respond (§1: receipt imposes no obligation to respond). */
  @Value.Default
  default boolean isDecidedNotToRespond() {
    return false;
  }

  /**
   * The addressed groups' chairs sought group input on the request on their lists (§4.2.1);
   * discharges CONSENSUS-SEEK-GROUP-INPUT.
   */
  @Value.Default
  default boolean isGroupInputSought() {
    return false;
  }

  /**
   * The informal communication about the request copied the IAB (§5.1: without a liaison manager
   * the IAB "should be integrated into any additional informal communication").
   */
  @Value.Default
  default boolean isInformalReplyCopiedIab() {
    return false;
  }

  /**
   * Incoming received through a central address: distributed to every To-Contact after recording
   * (-05 §2.1, ROUTE-INCOMING-DISTRIBUTE); UNKNOWN unless the record says.
   */
  @Value.Default
  default Known getDistributed() {
    return Known.UNKNOWN;
  }

  /**
   * The originating organization has been told what, if anything, the IETF decided (§5.1;
   * RELATIONSHIP-MANAGER-COMMUNICATION, RESPONSE-INFORM-ORIGINATOR), as given; UNKNOWN by default.
   * A recorded reply is known from the related statements, not from here.
   */
  @Value.Default
  default Known getOriginatorInformed() {
    return Known.UNKNOWN;
  }

  /** {@link #getOriginatorInformed()}, or YES when it is unknown and an informal reply is linked. */
  @JsonIgnore
  default Known getEffectiveOriginatorInformed() {
    return getOriginatorInformed() == Known.UNKNOWN ? Known.yesOrUnknown(getInformalReply().isPresent())
        : getOriginatorInformed();
  }

  /** A linked informal reply (a mail in an archive, §5.1). */
  Optional<URI> getInformalReply();

  /** Other actions taken, each recorded in a linked tool or list (-05 §3.1). */
  List<@NotBlank @Size(max = 2000) @SingleLine String> getActionsRecorded();

  FollowUp NONE = ImmutableFollowUp.builder().build();

  static ImmutableFollowUp.Builder builder() {
    return ImmutableFollowUp.builder();
  }
}
