package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.BodyKind;
import io.github.liaisonproject.model.DocumentKind;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.model.DocumentStatus;
import io.github.liaisonproject.model.DraftKind;
import io.github.liaisonproject.model.Stream;
import java.util.ArrayList;
import java.util.List;

/**
 * Formatting for messages: how rules name bodies, documents and requirements in words. Nothing
 * here decides anything; every method only turns facts into text. Static, stateless and
 * thread-safe.
 */
@Describe("Wording of messages: names of bodies, documents and requirements; nothing here decides.")
public final class Words {
  private Words() {}

  /**
   * {@return the bodies' labels, sorted (so the order of the From bodies never changes a message), joined
   * with " and "}
   * @param bodies FromBody or ToBody facts; not null
   */
  @Describe("Words.labels($bodies): \"IETF WG ccamp and IETF WG netconf\", sorted, for a list of FromBody or ToBody.")
  public static String labels(List<? extends BodyFact> bodies) {
    List<String> labels = new ArrayList<>(bodies.size());
    for (BodyFact b : bodies) {
      labels.add(b.getLabel());
    }
    labels.sort(null);
    return String.join(" and ", labels);
  }

  /**
   * For whom an area's approval is given, in words: the bodies' labels, then "(area ops)" unless
   * the area itself is among them, and what the directory lacks when it names no Area Director.
   *
   * @param bodies the bodies of the area; not null
   * @param area the area's acronym
   * @param hasDirectors true when the directory names the area's Area Directors
   * @return "IETF WG netconf and IETF WG netmod (area ops)"
   */
  @Describe("Words.forArea($bodies, area, hasDirectors): \"IETF WG netconf and IETF WG netmod (area ops)\", for an approval requirement.")
  public static String forArea(List<? extends BodyFact> bodies, String area, boolean hasDirectors) {
    String labels = labels(bodies);
    boolean namesTheArea = false;
    for (BodyFact b : bodies) {
      namesTheArea |= b.getKind() == BodyKind.AREA;
    }
    if (hasDirectors) {
      return namesTheArea ? labels : labels + " (area " + area + ")";
    }
    boolean onlyTheArea = bodies.size() == 1 && namesTheArea;
    return onlyTheArea ? labels + " (no Area Director in the directory)"
        : labels + " (area " + area + ": no Area Director in the directory)";
  }

  /**
   * {@return the document in words: "RFC 8407 (Best Current Practice)", "draft-ietf-teas-foo (WG
   * Internet-Draft, intended Proposed Standard)"; "?" for null}
   * @param d the model's document reference; may be null
   */
  @Describe("Words.describe(document): \"RFC 8407 (Best Current Practice)\", for a model document reference.")
  public static String describe(DocumentReference d) {
    if (d == null) {
      return "?";
    }
    List<String> parts = new ArrayList<>();
    if (d.getKind() == DocumentKind.INTERNET_DRAFT) {
      parts.add(d.getDraftKind().map(k -> k == DraftKind.INDIVIDUAL ? "individual Internet-Draft" : "WG Internet-Draft")
          .orElse("Internet-Draft"));
    }
    d.getStatus().ifPresent(st -> parts.add((d.getKind() == DocumentKind.INTERNET_DRAFT ? "intended " : "") + status(st)));
    d.getStream().filter(st -> st != Stream.IETF).ifPresent(st -> parts.add(stream(st) + " stream"));
    return parts.isEmpty() ? d.getName() : d.getName() + " (" + String.join(", ", parts) + ")";
  }

  /**
   * {@return the status's name: "Proposed Standard", "Best Current Practice", "Experimental"}
   * @param status the status; not null
   */
  @Describe("Words.status(status): \"Proposed Standard\", \"Experimental\".")
  public static String status(DocumentStatus status) {
    switch (status) {
      case INTERNET_STANDARD: return "Internet Standard";
      case DRAFT_STANDARD: return "Draft Standard";
      case PROPOSED_STANDARD: return "Proposed Standard";
      case BEST_CURRENT_PRACTICE: return "Best Current Practice";
      case INFORMATIONAL: return "Informational";
      case EXPERIMENTAL: return "Experimental";
      default: return "Historic";
    }
  }

  /**
   * {@return the stream's name: "IETF", "IRTF", "Independent", "Editorial"}
   * @param stream the stream; not null
   */
  @Describe("Words.stream(stream): \"IRTF\", \"Independent\", \"Editorial\".")
  public static String stream(Stream stream) {
    switch (stream) {
      case INDEPENDENT: return "Independent";
      case EDITORIAL: return "Editorial";
      default: return stream.name();
    }
  }

  /**
   * {@return how §4.3's reasons name a document's kind: "RFC", "Internet-Draft (intended status)" or
   * "document"}
   * @param d the document fact; not null
   */
  @Describe("Words.kind($document): \"RFC\", \"Internet-Draft (intended status)\" or \"document\", for reasons.")
  public static String kind(DocumentFact d) {
    return d.getKind() == DocumentKind.RFC ? "RFC"
        : d.getKind() == DocumentKind.INTERNET_DRAFT ? "Internet-Draft (intended status)" : "document";
  }

  /**
   * {@return "an" before a word starting with a vowel ("an Experimental RFC"), else "a" (also for null or
   * "")}
   * @param word the word that follows; may be null
   */
  @Describe("Words.article(word): \"an\" before a vowel, else \"a\".")
  public static String article(String word) {
    return word != null && !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
