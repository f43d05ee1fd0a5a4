package io.github.liaisonproject.rules.vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * A derived fact: a document §4.3 (or §1) holds back unless the statement gives further consensus
 * or context ({@code report.contextNeeded}); one per document, with every reason a rule gave. The
 * verdict rules (TRANSMIT-NEEDS-CONTEXT, TRANSMIT-ELIGIBLE) read it; {@code report.transmitWithoutContext}
 * withdraws it. Not immutable: {@code report} adds reasons while the assessment's session runs (one
 * thread); the getters return copies.
 */
@Describe("Derived: a document held back unless further consensus or context is given, with the reasons and sections of the rules that held it back.")
public final class ContextNeeded {
  private final DocumentFact document;
  private final List<String> reasons = new ArrayList<>(2);
  private final List<String> sections = new ArrayList<>(2);

  ContextNeeded(DocumentFact document) {
    this.document = document;
  }

  /** {@return the document held back} */
  @Describe("The document.")
  public DocumentFact getDocument() { return document; }
  /**
   * {@return why it is held back, one reason per rule that held it back, sorted: ["an Experimental RFC"]; a
   * copy}
   */
  @Describe("Why it is held back, one reason per rule that held it back, sorted: [\"an Experimental RFC\"].")
  public List<String> getReasons() { return List.copyOf(reasons); }
  /** {@return for messages: the reasons joined with " and "} */
  @Describe("For messages: the reasons joined with \" and \".")
  public String getReason() { return String.join(" and ", reasons); }
  /** {@return for messages: the sections those rules cite, sorted, without repeats: "§1, §4.3"} */
  @Describe("For messages: the sections those rules cite, without repeats: \"§1, §4.3\".")
  public String getSections() { return String.join(", ", sections); }

  void add(String reason, String section) {
    if (reason != null && !reasons.contains(reason)) {
      reasons.add(reason);
      reasons.sort(null);
    }
    for (String s : section.split(",")) {
      String t = s.trim();
      if (!t.isEmpty() && !sections.contains(t)) {
        sections.add(t);
      }
    }
    sections.sort(null);
  }

  @Override
  public String toString() {
    return "ContextNeeded[" + document.getName() + ": " + reasons + "]";
  }
}
