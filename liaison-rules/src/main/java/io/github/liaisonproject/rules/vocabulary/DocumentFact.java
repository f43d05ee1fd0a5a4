package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.DocumentKind;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.model.DocumentStatus;
import io.github.liaisonproject.model.DraftKind;
import io.github.liaisonproject.model.Stream;

/**
 * A fact: one of the documents §4.3 judges (those the statement names and those attached), inserted
 * once per assessment, with plain properties (null when not given). The index keeps two equal
 * documents two facts. Immutable.
 */
@Describe("A document the statement transmits or references (named or attached), with its kind, status, stream and what the statement notes about it.")
public final class DocumentFact {
  private final int index;
  private final DocumentReference document;

  /**
   * The fact for one document.
   *
   * @param index its place among the statement's transmitted documents, from 0
   * @param document the model's document reference; not null
   */
  public DocumentFact(int index, DocumentReference document) {
    this.index = index;
    this.document = document;
  }

  /** {@return its place among the statement's documents, from 0} */
  @Describe("Its place among the statement's documents, from 0.")
  public int getIndex() { return index; }
  /** {@return the model's document reference} */
  @Describe("The model's document reference.")
  public DocumentReference getDocument() { return document; }
  /** {@return its name: "RFC 8407", "draft-ietf-netconf-foo"} */
  @Describe("\"RFC 8407\", \"draft-ietf-netconf-foo\".")
  public String getName() { return document.getName(); }
  /** {@return its kind: RFC, INTERNET_DRAFT or OTHER} */
  @Describe("RFC, INTERNET_DRAFT or OTHER.")
  public DocumentKind getKind() { return document.getKind(); }
  /**
   * {@return its status (intended status for a draft): PROPOSED_STANDARD, ..., EXPERIMENTAL, HISTORIC; null
   * when not given}
   */
  @Describe("Its status (intended status for a draft): PROPOSED_STANDARD, ..., EXPERIMENTAL, HISTORIC; null when not given.")
  public DocumentStatus getStatus() { return document.getStatus().orElse(null); }
  /**
   * {@return true when the status is Proposed, Draft or Internet Standard, or Best Current Practice; false
   * when not given}
   */
  @Describe("The status is Proposed, Draft or Internet Standard, or Best Current Practice.")
  public boolean isStandardsTrack() { return document.getStatus().map(DocumentStatus::isStandardsTrack).orElse(false); }
  /**
   * {@return its stream (IETF, IRTF, IAB, INDEPENDENT, EDITORIAL), a WG draft's being IETF; null when not
   * given}
   */
  @Describe("Its stream (IETF, IRTF, IAB, INDEPENDENT, EDITORIAL); a WG draft's is IETF; null when not given.")
  public Stream getStream() { return document.getEffectiveStream().orElse(null); }
  /** {@return a draft's kind: WORKING_GROUP_DOCUMENT or INDIVIDUAL; null when not given} */
  @Describe("A draft's kind: WORKING_GROUP or INDIVIDUAL; null when not given.")
  public DraftKind getDraftKind() { return document.getDraftKind().orElse(null); }
  /** {@return true for a WG Internet-Draft} */
  @Describe("A WG Internet-Draft.")
  public boolean isWorkingGroupDraft() { return document.isWorkingGroupDraft(); }
  /** {@return true when the statement says the document represents a WG position} */
  @Describe("The statement says the document represents a WG position.")
  public boolean isWorkingGroupPosition() { return document.isWorkingGroupPosition(); }
  /** {@return true when the statement notes the document's status} */
  @Describe("The statement notes the document's status.")
  public boolean isStatusNoted() { return document.isStatusNoted(); }
  /** {@return true when the statement marks the document as work in progress} */
  @Describe("The statement marks the document as work in progress.")
  public boolean isMarkedWorkInProgress() { return document.isMarkedWorkInProgress(); }
  /** {@return true when further consensus on the document was developed in the relevant group} */
  @Describe("Further consensus on the document was developed in the relevant group.")
  public boolean isFurtherConsensusDeveloped() { return document.isFurtherConsensusDeveloped(); }
  /** {@return true when the statement says the document does not represent IETF consensus} */
  @Describe("The statement says the document does not represent IETF consensus.")
  public boolean isNotConsensusContextIncluded() { return document.isNotConsensusContextIncluded(); }
  /**
   * {@return for messages: "RFC 8407 (Best Current Practice)", "draft-x (individual Internet-Draft, intended
   * Proposed Standard)"}
   */
  @Describe("For messages: \"RFC 8407 (Best Current Practice)\", \"draft-x (individual Internet-Draft, intended Proposed Standard)\".")
  public String getDescription() { return Words.describe(document); }
  /** {@return for messages: the stream's name ("IRTF", "Independent", "Editorial"), or "" when not given} */
  @Describe("For messages: the stream's name (\"IRTF\", \"Independent\", \"Editorial\"), or \"\".")
  public String getStreamLabel() { return getStream() == null ? "" : Words.stream(getStream()); }
  /** {@return for messages: the status's name ("Experimental"), or "" when not given} */
  @Describe("For messages: the status's name (\"Experimental\"), or \"\".")
  public String getStatusLabel() { return getStatus() == null ? "" : Words.status(getStatus()); }

  @Override
  public String toString() {
    return "DocumentFact[" + index + ": " + document + "]";
  }
}
