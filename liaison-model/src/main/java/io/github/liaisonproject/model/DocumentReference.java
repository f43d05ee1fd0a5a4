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
  @NotNull(message = "must say what the document is: RFC, INTERNET_DRAFT or OTHER")
  public abstract DocumentKind getKind();

  /** "RFC 8407", "draft-ietf-netmod-rfc8407bis", "ITU-T G.8275". */
  @NotBlank(message = "must name the document, e.g. \"RFC 8407\" or \"draft-ietf-netmod-foo\"")
  @Size(max = 300)
  @SingleLine
  public abstract String getName();

  /** An RFC's status, or a draft's intended status. */
  public abstract Optional<DocumentStatus> getStatus();

  /** The RFC stream; for drafts the stream they are intended for. */
  public abstract Optional<Stream> getStream();

  /** For Internet-Drafts: WG document or individual submission. */
  public abstract Optional<DraftKind> getDraftKind();

  /**
   * An informational document that represents a WG position or consensus, such as a requirements
   * or architecture document (§4.3: "may also be exchanged readily").
   */
  @Value.Default
  public boolean isWorkingGroupPosition() {
    return false;
  }

  /** The statement notes the document's status (§4.3 "must be appropriately noted"). */
  @Value.Default
  public boolean isStatusNoted() {
    return false;
  }

  /** The statement says a WG draft is only 'Work in Progress' (§4.3). */
  @Value.Default
  public boolean isMarkedWorkInProgress() {
    return false;
  }

  /** The statement includes context saying the document does not represent IETF consensus (§4.3). */
  @Value.Default
  public boolean isNotConsensusContextIncluded() {
    return false;
  }

  /** Further consensus on the document was developed within the relevant group (§4.3). */
  @Value.Default
  public boolean isFurtherConsensusDeveloped() {
    return false;
  }

  /** The effective stream: the one given, else IETF for WG drafts and unknown otherwise. */
  @JsonIgnore
  public Optional<Stream> getEffectiveStream() {
    if (getStream().isPresent()) {
      return getStream();
    }
    return isWorkingGroupDraft() ? Optional.of(Stream.IETF) : Optional.empty();
  }

  @JsonIgnore
  public boolean isWorkingGroupDraft() {
    return getKind() == DocumentKind.INTERNET_DRAFT
        && getDraftKind().orElse(null) == DraftKind.WORKING_GROUP_DOCUMENT;
  }

  public static ImmutableDocumentReference.Builder builder() {
    return ImmutableDocumentReference.builder();
  }

  public static DocumentReference rfc(int number, DocumentStatus status, Stream stream) {
    return builder().kind(DocumentKind.RFC).name("RFC " + number).status(status).stream(stream).build();
  }
}
