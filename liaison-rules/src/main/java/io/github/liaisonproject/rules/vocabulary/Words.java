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
 * here decides anything; every method only turns facts into text.
 */
@Describe("Wording of messages: names of bodies, documents and requirements; nothing here decides.")
public final class Words {
  private Words() {}

  /** The bodies' labels, sorted (so the order of the From bodies never changes a message), joined with " and ". */
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

  /** "RFC 8407 (Best Current Practice)", "draft-ietf-teas-foo (WG Internet-Draft, intended Proposed Standard)". */
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

  /** "Proposed Standard", "Best Current Practice", "Experimental". */
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

  /** "IRTF", "Independent", "Editorial". */
  @Describe("Words.stream(stream): \"IRTF\", \"Independent\", \"Editorial\".")
  public static String stream(Stream stream) {
    switch (stream) {
      case INDEPENDENT: return "Independent";
      case EDITORIAL: return "Editorial";
      default: return stream.name();
    }
  }

  /** "an RFC", "an Internet-Draft (intended status)", "a document": how §4.3's reasons name a kind. */
  @Describe("Words.kind($document): \"RFC\", \"Internet-Draft (intended status)\" or \"document\", for reasons.")
  public static String kind(DocumentFact d) {
    return d.getKind() == DocumentKind.RFC ? "RFC"
        : d.getKind() == DocumentKind.INTERNET_DRAFT ? "Internet-Draft (intended status)" : "document";
  }

  /** "a" or "an" before the word, as English wants it ("an Experimental RFC", "a Historic RFC"). */
  @Describe("Words.article(word): \"an\" before a vowel, else \"a\".")
  public static String article(String word) {
    return word != null && !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
