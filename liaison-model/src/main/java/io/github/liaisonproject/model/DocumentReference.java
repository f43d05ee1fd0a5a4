package io.github.liaisonproject.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document the statement transmits or references (§4.3 "Transmitting (References to)
 * Documents"), with what the statement says about it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDocumentReference.class)
@JsonDeserialize(as = ImmutableDocumentReference.class)
public abstract class DocumentReference {
  /** {@return what the document is: RFC, Internet-Draft or other; required} */
  @NotNull(message = "must say what the document is: RFC, INTERNET_DRAFT or OTHER")
  public abstract DocumentKind getKind();

  /** {@return its name: "RFC 8407", "draft-ietf-netmod-rfc8407bis", "ITU-T G.8275"; required} */
  @NotBlank(message = "must name the document, e.g. \"RFC 8407\" or \"draft-ietf-netmod-foo\"")
  @Size(max = 300)
  @SingleLine
  public abstract String getName();

  /** {@return an RFC's status, or a draft's intended status, when given} */
  public abstract Optional<DocumentStatus> getStatus();

  /** {@return the RFC stream, or for a draft the stream it is intended for, when given} */
  public abstract Optional<Stream> getStream();

  /** {@return for Internet-Drafts: WG document or individual submission, when given} */
  public abstract Optional<DraftKind> getDraftKind();

  /**
   * {@return true for an informational document that represents a WG position or consensus, such as a
   * requirements or architecture document (§4.3: "may also be exchanged readily"); false by default}
   */
  @Value.Default
  public boolean isWorkingGroupPosition() {
    return false;
  }

  /**
   * {@return true when the statement notes the document's status (§4.3 "must be appropriately noted"); false
   * by default}
   */
  @Value.Default
  public boolean isStatusNoted() {
    return false;
  }

  /** {@return true when the statement says a WG draft is only 'Work in Progress' (§4.3); false by default} */
  @Value.Default
  public boolean isMarkedWorkInProgress() {
    return false;
  }

  /**
   * {@return true when the statement includes context saying the document does not represent IETF consensus
   * (§4.3); false by default}
   */
  @Value.Default
  public boolean isNotConsensusContextIncluded() {
    return false;
  }

  /**
   * {@return true when further consensus on the document was developed within the relevant group (§4.3);
   * false by default}
   */
  @Value.Default
  public boolean isFurtherConsensusDeveloped() {
    return false;
  }

  /** {@return the stream given, else IETF for WG drafts, else empty} */
  @JsonIgnore
  public Optional<Stream> getEffectiveStream() {
    if (getStream().isPresent()) {
      return getStream();
    }
    return isWorkingGroupDraft() ? Optional.of(Stream.IETF) : Optional.empty();
  }

  /** {@return true for an Internet-Draft that is a WG document} */
  @JsonIgnore
  public boolean isWorkingGroupDraft() {
    return getKind() == DocumentKind.INTERNET_DRAFT
        && getDraftKind().orElse(null) == DraftKind.WORKING_GROUP_DOCUMENT;
  }

  /** {@return a new builder for a document reference} */
  public static ImmutableDocumentReference.Builder builder() {
    return ImmutableDocumentReference.builder();
  }

  /**
   * {@return the RFC with this number ("RFC 8407"), status and stream}
   * @param number the RFC number
   * @param status its status; not null
   * @param stream its stream; not null
   * @throws NullPointerException when the status or stream is null
   */
  public static DocumentReference rfc(int number, DocumentStatus status, Stream stream) {
    return builder().kind(DocumentKind.RFC).name("RFC " + number).status(status).stream(stream).build();
  }
}
