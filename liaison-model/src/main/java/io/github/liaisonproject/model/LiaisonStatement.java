package io.github.liaisonproject.model;

import jakarta.validation.constraints.NotNull;
import io.github.liaisonproject.model.validation.NotBlankIfPresent;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.Completeness;
import io.github.liaisonproject.model.validation.MailAddress;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A liaison statement (§2): who it is from and to, where replies go, its purpose and deadline,
 * subject, body and attachments, the documents it transmits, the consensus it declares, its
 * approvals, and what happened to it (sent or received, recorded, answered).
 *
 * <p>Everything the procedure calls for is optional here, because a statement being written, or
 * an old record, may lack it: the rules say what is missing. Constraints of the default validation
 * group say what makes a statement unsafe to process at all (a malformed address, a line break in
 * a name); the {@link Completeness} group mirrors the procedure's must-haves for form checks.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLiaisonStatement.class)
@JsonDeserialize(as = ImmutableLiaisonStatement.class)
@JsonPropertyOrder({"id", "stage", "from", "fromContacts", "sendReplyTo", "to", "toContacts", "sendTo",
    "purpose", "deadline", "subject", "body", "attachments", "documents", "respondsTo"})
public abstract class LiaisonStatement {

  /**
   * {@return a local identifier, when given; replies name the statements they answer by it ({@link
   * #getRespondsTo()})}
   */
  public abstract Optional<@NotBlankIfPresent @Size(max = 100) @SingleLine String> getId();

  /** {@return where the statement stands; DRAFT by default when outgoing and RECEIVED when incoming} */
  @Value.Default
  public Stage getStage() {
    return getDirection() == Direction.INCOMING ? Stage.RECEIVED : Stage.DRAFT;
  }

  /** {@return From (§2.1): the body or bodies it originates from; empty while not given} */
  @NotEmpty(groups = Completeness.class, message = "must name at least one From body (§2.1)")
  @Size(max = 50)
  @SuppressWarnings("immutables:from") // the builder's from(LiaisonStatement) gives way to from(bodies): copyOf does that job
  public abstract List<@NotNull @Valid Body> getFrom();

  /** {@return From-Contacts (§2.1): addresses belonging to the From body, in the order given} */
  @NotEmpty(groups = Completeness.class, message = "must give at least one From-Contact address (§2.1)")
  @Size(max = 200)
  public abstract List<@NotNull @MailAddress String> getFromContacts();

  /** {@return From-Liaison-Contact, "Send Reply To" (§2.1): where replies go, when given} */
  public abstract Optional<@MailAddress String> getSendReplyTo();

  /** {@return To (§2.1): the body or bodies it is sent to; empty while not given} */
  @NotEmpty(groups = Completeness.class, message = "must name at least one To body (§2.1)")
  @Size(max = 50)
  public abstract List<@NotNull @Valid Body> getTo();

  /** {@return To-Contacts (§2.1): addresses of the receiving body, in the order given} */
  @Size(max = 200)
  public abstract List<@NotNull @MailAddress String> getToContacts();

  /**
   * {@return To-Liaison-Contact, "Send To" (§2.1), when given: an outgoing statement then goes there alone}
   */
  public abstract Optional<@MailAddress String> getSendTo();

  /** {@return the purpose label (§2.2), when given} */
  public abstract Optional<Purpose> getPurpose();

  /** {@return the deadline by which action is requested (§2.2), when given} */
  public abstract Optional<LocalDate> getDeadline();

  /**
   * {@return the subject (§2.3), when given: usually a short single line (a line break is a
   * CONTENT-SUBJECT-SINGLE-LINE finding)}
   */
  public abstract Optional<@NotBlankIfPresent @Size(max = 10_000)
      @SingleLine(groups = Completeness.class, message = "must be a single line (§2.3); it becomes a mail header") String> getSubject();

  /** {@return the body text (§2.3), when given} */
  public abstract Optional<@Size(max = 2_000_000) String> getBody();

  /** {@return the enclosed documents, as files or URLs (§2.3), in order} */
  @Size(max = 200)
  public abstract List<@NotNull @Valid Attachment> getAttachments();

  /** {@return the documents the statement transmits or references by name (§4.3), besides attached ones} */
  @Size(max = 500)
  public abstract List<@NotNull @Valid DocumentReference> getDocuments();

  /** {@return the ids of the statements this one answers (In Response, §2.2)} */
  @Size(max = 100)
  public abstract List<@NotBlank @Size(max = 100) @SingleLine String> getRespondsTo();

  /** {@return the other body's own reference numbers ("SG15-LS123")} */
  @Size(max = 50)
  public abstract List<@NotBlank @Size(max = 200) @SingleLine String> getOtherIdentifiers();

  /** {@return when it was submitted for sending or recording, when known} */
  public abstract Optional<LocalDate> getSubmitted();

  /** {@return outgoing: when it was sent, when known} */
  public abstract Optional<LocalDate> getSent();

  /** {@return incoming: when it was received, when known} */
  public abstract Optional<LocalDate> getReceived();

  /** {@return incoming: the address it was originally received from (-05 §2.1), when known} */
  public abstract Optional<@MailAddress String> getReceivedFrom();

  /**
   * {@return incoming: the central address it arrived through (liaison-coordination@iab.org or a manager
   * alias, -05 §2.1), when known}
   */
  public abstract Optional<@MailAddress String> getReceivedAt();

  /**
   * Incoming: received through a central address (liaison-coordination or a manager alias: YES)
   * or directly by the groups or people it names (NO, what §3.1 expects), as given. Rules read
   * {@link #getEffectiveReceivedCentrally()}.
   *
   * @return YES, NO, or UNKNOWN (the default)
   */
  @Value.Default
  public Known getReceivedCentrally() {
    return Known.UNKNOWN;
  }

  /**
   * {@return {@link #getReceivedCentrally()}, or YES when it is unknown and {@link #getReceivedAt()} is
   * given}
   */
  @JsonIgnore
  public Known getEffectiveReceivedCentrally() {
    return getReceivedCentrally() == Known.UNKNOWN ? Known.yesOrUnknown(getReceivedAt().isPresent())
        : getReceivedCentrally();
  }

  /**
   * The content is given as plain text (§2.3), as given (a record whose content is an attachment
   * does not say how the mail was written). Rules read {@link #getEffectivePlainTextContent()}.
   *
   * @return YES, NO, or UNKNOWN (the default)
   */
  @Value.Default
  public Known getPlainTextContent() {
    return Known.UNKNOWN;
  }

  /** {@return {@link #getPlainTextContent()}, or YES when it is unknown and there is body text} */
  @JsonIgnore
  public Known getEffectivePlainTextContent() {
    return getPlainTextContent() == Known.UNKNOWN ? Known.yesOrUnknown(getBody().filter(b -> !b.isBlank()).isPresent())
        : getPlainTextContent();
  }

  /**
   * {@return true when the record does not show where the statement stands (an old record without a state):
   * {@link #getStage()} is then the best reading, not a fact; false by default}
   */
  @Value.Default
  public boolean isStageUnknown() {
    return false;
  }

  /**
   * {@return true when the record's body text is not available (a saved copy that does not keep it): whether
   * there is body text is unknown, which is not the same as an empty body; false by default}
   */
  @Value.Default
  public boolean isBodyUnknown() {
    return false;
  }

  /**
   * {@return From-Contacts the record names without an address ("Adrian Farrel", a stored copy that hides
   * addresses): a contact is known to exist, its address is not}
   */
  @Size(max = 200)
  public abstract List<@NotBlank @Size(max = 500) @SingleLine String> getFromContactNames();

  /** {@return To-Contacts the record names without an address, as {@link #getFromContactNames()}} */
  @Size(max = 200)
  public abstract List<@NotBlank @Size(max = 500) @SingleLine String> getToContactNames();

  /**
   * {@return what a tool's record shows about its approval, besides {@link #getApprovals()}, when the record
   * says}
   */
  public abstract Optional<@Valid RecordedApproval> getRecordedApproval();

  /** {@return incoming: the person responsible for follow-up (-05 §3.1), when assigned} */
  public abstract Optional<@MailAddress String> getAssignee();

  /** {@return the public record (§3), once made} */
  public abstract Optional<@Valid PublicRecord> getRecord();

  /** {@return outgoing: how it is (or was) transmitted (§3.2), when known} */
  public abstract Optional<SendingChannel> getSentVia();

  /**
   * {@return the consensus it declares and how it was reached (§4.2); {@link Consensus#NOT_STATED} by
   * default}
   */
  @Value.Default
  @Valid
  public Consensus getConsensus() {
    return Consensus.NOT_STATED;
  }

  /**
   * {@return for replies: what the reply does with the request (§4.2.1, §5.1); {@link ReplyContent#NONE} by
   * default}
   */
  @Value.Default
  @Valid
  public ReplyContent getReply() {
    return ReplyContent.NONE;
  }

  /**
   * {@return for incoming statements: what was done about it (-05 §3.1, §5.1); {@link FollowUp#NONE} by
   * default}
   */
  @Value.Default
  @Valid
  public FollowUp getFollowUp() {
    return FollowUp.NONE;
  }

  /** {@return the approvals given so far (§4.1)} */
  @Size(max = 50)
  public abstract List<@NotNull @Valid Approval> getApprovals();

  /** {@return who submitted it, and the roles they hold, when known} */
  public abstract Optional<@Valid Submitter> getSubmitter();

  /** {@return incoming: true when it reached the wrong group (§3.1); false by default} */
  @Value.Default
  public boolean isMisdirected() {
    return false;
  }

  /** {@return incoming and misdirected: the groups it should go to (§3.1)} */
  @Size(max = 50)
  public abstract List<@NotNull @Valid Body> getCorrectGroups();

  /** {@return incoming: true when it is relevant to research in the IRTF (§1); false by default} */
  @Value.Default
  public boolean isIrtfRelevant() {
    return false;
  }

  /**
   * {@return incoming and addressed to several groups: the group that takes the lead on a response (§5.1),
   * when chosen}
   */
  public abstract Optional<@Valid Body> getLeadGroup();

  /**
   * {@return incoming: true when it asks for information beyond existing IETF documents, such as comments on
   * the other body's document or a technical question no RFC answers (§4.2.1); false by default}
   */
  @Value.Default
  public boolean isAsksBeyondExistingDocuments() {
    return false;
  }

  /**
   * {@return outgoing: true when it solicits comments on the documents it transmits (§4.2); false by default}
   */
  @Value.Default
  public boolean isSolicitsComments() {
    return false;
  }

  // ---- derived -------------------------------------------------------------------------------

  /**
   * Outgoing when a From body is IETF-side; incoming when the From bodies are another
   * organization's. With no From body at all, incoming when a To body is IETF-side. Derived once,
   * when the statement is built.
   *
   * @return OUTGOING or INCOMING, never null
   */
  @Value.Derived
  @JsonIgnore
  public Direction getDirection() {
    if (!getFrom().isEmpty()) {
      return getFrom().stream().anyMatch(Body::isIetfSide) ? Direction.OUTGOING : Direction.INCOMING;
    }
    return getTo().stream().anyMatch(Body::isIetfSide) ? Direction.INCOMING : Direction.OUTGOING;
  }

  /** {@return true when {@link #getDirection()} is OUTGOING: the IETF sends it} */
  @JsonIgnore
  public boolean isOutgoing() {
    return getDirection() == Direction.OUTGOING;
  }

  /** {@return true when {@link #getDirection()} is INCOMING: the IETF receives it} */
  @JsonIgnore
  public boolean isIncoming() {
    return getDirection() == Direction.INCOMING;
  }

  /** {@return true once the public record is made ({@link #getRecord()} is present)} */
  @JsonIgnore
  public boolean isRecorded() {
    return getRecord().isPresent();
  }

  /** {@return every document the §4.3 rules judge, unmodifiable: the named ones, then those attached} */
  @JsonIgnore
  public List<DocumentReference> getTransmittedDocuments() {
    if (getAttachments().stream().noneMatch(a -> a.getDocument().isPresent())) {
      return getDocuments();
    }
    List<DocumentReference> all = new ArrayList<>(getDocuments());
    getAttachments().forEach(a -> a.getDocument().ifPresent(all::add));
    return Collections.unmodifiableList(all);
  }

  /**
   * {@return true when there is non-blank body text or at least one attachment (§2.3); a {@link Completeness}
   * constraint}
   */
  @AssertTrue(groups = Completeness.class, message = "needs body text or at least one attachment (§2.3)")
  @JsonIgnore
  public boolean isContentPresent() {
    return getBody().filter(b -> !b.isBlank()).isPresent() || !getAttachments().isEmpty();
  }

  /** {@return true when a purpose is given (§2.2); a {@link Completeness} constraint} */
  @AssertTrue(groups = Completeness.class, message = "needs a purpose: For Information, For Action or In Response (§2.2)")
  @JsonIgnore
  public boolean isPurposePresent() {
    return getPurpose().isPresent();
  }

  /**
   * A builder for a new statement. To change an existing one, use
   * {@code ImmutableLiaisonStatement.copyOf(statement).withSubject(...)}: the builder's
   * {@code from(...)} sets the From bodies (the procedure's "From"), so it is not a copy method.
   *
   * @return a new builder, not thread-safe
   */
  public static ImmutableLiaisonStatement.Builder builder() {
    return ImmutableLiaisonStatement.builder();
  }
}
