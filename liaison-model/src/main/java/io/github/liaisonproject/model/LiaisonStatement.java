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

  /** A local identifier; replies name the statements they answer by it ({@link #getRespondsTo()}). */
  public abstract Optional<@NotBlankIfPresent @Size(max = 100) @SingleLine String> getId();

  /** Where the statement stands; by default DRAFT when outgoing and RECEIVED when incoming. */
  @Value.Default
  public Stage getStage() {
    return getDirection() == Direction.INCOMING ? Stage.RECEIVED : Stage.DRAFT;
  }

  /** From (§2.1): the body or bodies it originates from. */
  @NotEmpty(groups = Completeness.class, message = "must name at least one From body (§2.1)")
  @Size(max = 50)
  @SuppressWarnings("immutables:from") // the builder's from(LiaisonStatement) gives way to from(bodies): copyOf does that job
  public abstract List<@NotNull @Valid Body> getFrom();

  /** From-Contacts (§2.1): addresses belonging to the From body. */
  @NotEmpty(groups = Completeness.class, message = "must give at least one From-Contact address (§2.1)")
  @Size(max = 200)
  public abstract List<@NotNull @MailAddress String> getFromContacts();

  /** From-Liaison-Contact, "Send Reply To" (§2.1): where replies go. */
  public abstract Optional<@MailAddress String> getSendReplyTo();

  /** To (§2.1): the body or bodies it is sent to. */
  @NotEmpty(groups = Completeness.class, message = "must name at least one To body (§2.1)")
  @Size(max = 50)
  public abstract List<@NotNull @Valid Body> getTo();

  /** To-Contacts (§2.1): addresses of the receiving body. */
  @Size(max = 200)
  public abstract List<@NotNull @MailAddress String> getToContacts();

  /** To-Liaison-Contact, "Send To" (§2.1): when present, an outgoing statement goes there alone. */
  public abstract Optional<@MailAddress String> getSendTo();

  /** The purpose label (§2.2). */
  public abstract Optional<Purpose> getPurpose();

  /** The deadline by which action is requested (§2.2). */
  public abstract Optional<LocalDate> getDeadline();

  /** The subject (§2.3): usually a short single line. A line break is a CONTENT-SUBJECT-SINGLE-LINE finding. */
  public abstract Optional<@NotBlankIfPresent @Size(max = 10_000)
      @SingleLine(groups = Completeness.class, message = "must be a single line (§2.3); it becomes a mail header") String> getSubject();

  /** The body text (§2.3). */
  public abstract Optional<@Size(max = 2_000_000) String> getBody();

  /** Enclosed documents, as files or URLs (§2.3). */
  @Size(max = 200)
  public abstract List<@NotNull @Valid Attachment> getAttachments();

  /** Documents the statement transmits or references by name (§4.3), besides attached ones. */
  @Size(max = 500)
  public abstract List<@NotNull @Valid DocumentReference> getDocuments();

  /** The ids of the statements this one answers (In Response, §2.2). */
  @Size(max = 100)
  public abstract List<@NotBlank @Size(max = 100) @SingleLine String> getRespondsTo();

  /** The other body's own reference numbers ("SG15-LS123"). */
  @Size(max = 50)
  public abstract List<@NotBlank @Size(max = 200) @SingleLine String> getOtherIdentifiers();

  /** When it was submitted for sending or recording. */
  public abstract Optional<LocalDate> getSubmitted();

  /** Outgoing: when it was sent. */
  public abstract Optional<LocalDate> getSent();

  /** Incoming: when it was received. */
  public abstract Optional<LocalDate> getReceived();

  /** Incoming: the address it was originally received from (-05 §2.1). */
  public abstract Optional<@MailAddress String> getReceivedFrom();

  /** Incoming: the central address it arrived through: liaison-coordination@iab.org or a manager alias (-05 §2.1). */
  public abstract Optional<@MailAddress String> getReceivedAt();

  /**
   * Incoming: received through a central address (liaison-coordination or a manager alias: YES)
   * or directly by the groups or people it names (NO, what §3.1 expects), as given; UNKNOWN by
   * default. Rules read {@link #getEffectiveReceivedCentrally()}.
   */
  @Value.Default
  public Known getReceivedCentrally() {
    return Known.UNKNOWN;
  }

  /** {@link #getReceivedCentrally()}, or YES when it is unknown and {@link #getReceivedAt()} is given. */
  @JsonIgnore
  public Known getEffectiveReceivedCentrally() {
    return getReceivedCentrally() == Known.UNKNOWN ? Known.yesOrUnknown(getReceivedAt().isPresent())
        : getReceivedCentrally();
  }

  /**
   * The content is given as plain text (§2.3), as given; UNKNOWN by default (a record whose content
   * is an attachment does not say how the mail was written). Rules read
   * {@link #getEffectivePlainTextContent()}.
   */
  @Value.Default
  public Known getPlainTextContent() {
    return Known.UNKNOWN;
  }

  /** {@link #getPlainTextContent()}, or YES when it is unknown and there is body text. */
  @JsonIgnore
  public Known getEffectivePlainTextContent() {
    return getPlainTextContent() == Known.UNKNOWN ? Known.yesOrUnknown(getBody().filter(b -> !b.isBlank()).isPresent())
        : getPlainTextContent();
  }

  /**
   * The record does not show where the statement stands (an old record without a state):
   * {@link #getStage()} is then the best reading, not a fact. False by default.
   */
  @Value.Default
  public boolean isStageUnknown() {
    return false;
  }

  /**
   * The record's body text is not available (a saved copy that does not keep it): whether there is
   * body text is unknown, which is not the same as an empty body. False by default.
   */
  @Value.Default
  public boolean isBodyUnknown() {
    return false;
  }

  /**
   * From-Contacts the record names without an address ("Adrian Farrel", a stored copy that hides
   * addresses): a contact is known to exist, its address is not.
   */
  @Size(max = 200)
  public abstract List<@NotBlank @Size(max = 500) @SingleLine String> getFromContactNames();

  /** To-Contacts the record names without an address, as {@link #getFromContactNames()}. */
  @Size(max = 200)
  public abstract List<@NotBlank @Size(max = 500) @SingleLine String> getToContactNames();

  /** What a tool's record shows about its approval, besides {@link #getApprovals()}. */
  public abstract Optional<@Valid RecordedApproval> getRecordedApproval();

  /** Incoming: the person responsible for follow-up (-05 §3.1). */
  public abstract Optional<@MailAddress String> getAssignee();

  /** The public record (§3), once made. */
  public abstract Optional<@Valid PublicRecord> getRecord();

  /** Outgoing: how it is (or was) transmitted (§3.2). */
  public abstract Optional<SendingChannel> getSentVia();

  /** The consensus it declares and how it was reached (§4.2). */
  @Value.Default
  @Valid
  public Consensus getConsensus() {
    return Consensus.NOT_STATED;
  }

  /** For replies: what the reply does with the request (§4.2.1, §5.1). */
  @Value.Default
  @Valid
  public ReplyContent getReply() {
    return ReplyContent.NONE;
  }

  /** For incoming statements: what was done about it (-05 §3.1, §5.1). */
  @Value.Default
  @Valid
  public FollowUp getFollowUp() {
    return FollowUp.NONE;
  }

  /** Approvals given so far (§4.1). */
  @Size(max = 50)
  public abstract List<@NotNull @Valid Approval> getApprovals();

  /** Who submitted it, and the roles they hold. */
  public abstract Optional<@Valid Submitter> getSubmitter();

  /** Incoming: it reached the wrong group (§3.1). */
  @Value.Default
  public boolean isMisdirected() {
    return false;
  }

  /** Incoming and misdirected: the groups it should go to (§3.1). */
  @Size(max = 50)
  public abstract List<@NotNull @Valid Body> getCorrectGroups();

  /** Incoming: relevant to research in the IRTF (§1). */
  @Value.Default
  public boolean isIrtfRelevant() {
    return false;
  }

  /** Incoming and addressed to several groups: the group that takes the lead on a response (§5.1). */
  public abstract Optional<@Valid Body> getLeadGroup();

  /**
   * Incoming: it asks for information beyond existing IETF documents, such as comments on the
   * other body's document or a technical question no RFC answers (§4.2.1).
   */
  @Value.Default
  public boolean isAsksBeyondExistingDocuments() {
    return false;
  }

  /** Outgoing: it solicits comments on the documents it transmits (§4.2). */
  @Value.Default
  public boolean isSolicitsComments() {
    return false;
  }

  // ---- derived -------------------------------------------------------------------------------

  /**
   * Outgoing when a From body is IETF-side; incoming when the From bodies are another
   * organization's. With no From body at all, incoming when a To body is IETF-side.
   */
  @Value.Derived
  @JsonIgnore
  public Direction getDirection() {
    if (!getFrom().isEmpty()) {
      return getFrom().stream().anyMatch(Body::isIetfSide) ? Direction.OUTGOING : Direction.INCOMING;
    }
    return getTo().stream().anyMatch(Body::isIetfSide) ? Direction.INCOMING : Direction.OUTGOING;
  }

  @JsonIgnore
  public boolean isOutgoing() {
    return getDirection() == Direction.OUTGOING;
  }

  @JsonIgnore
  public boolean isIncoming() {
    return getDirection() == Direction.INCOMING;
  }

  @JsonIgnore
  public boolean isRecorded() {
    return getRecord().isPresent();
  }

  /** Every document the §4.3 rules judge: the named ones, then those attached. */
  @JsonIgnore
  public List<DocumentReference> getTransmittedDocuments() {
    if (getAttachments().stream().noneMatch(a -> a.getDocument().isPresent())) {
      return getDocuments();
    }
    List<DocumentReference> all = new ArrayList<>(getDocuments());
    getAttachments().forEach(a -> a.getDocument().ifPresent(all::add));
    return Collections.unmodifiableList(all);
  }

  @AssertTrue(groups = Completeness.class, message = "needs body text or at least one attachment (§2.3)")
  @JsonIgnore
  public boolean isContentPresent() {
    return getBody().filter(b -> !b.isBlank()).isPresent() || !getAttachments().isEmpty();
  }

  @AssertTrue(groups = Completeness.class, message = "needs a purpose: For Information, For Action or In Response (§2.2)")
  @JsonIgnore
  public boolean isPurposePresent() {
    return getPurpose().isPresent();
  }

  /**
   * A builder for a new statement. To change an existing one, use
   * {@code ImmutableLiaisonStatement.copyOf(statement).withSubject(...)}: the builder's
   * {@code from(...)} sets the From bodies (the procedure's "From"), so it is not a copy method.
   */
  public static ImmutableLiaisonStatement.Builder builder() {
    return ImmutableLiaisonStatement.builder();
  }
}
