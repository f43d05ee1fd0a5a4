package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.DocumentReference;

/**
 * A fact: one of the documents §4.3 judges ({@link Statement#getDocuments()}), inserted once per
 * assessment so that rules match it directly: {@code DocumentFact( $d : document, !document.statusNoted )}.
 * The index (its place in {@code getDocuments()}) keeps two equal documents two facts, as
 * {@code from $s.documents} would.
 */
public final class DocumentFact {
  private final int index;
  private final DocumentReference document;

  public DocumentFact(int index, DocumentReference document) {
    this.index = index;
    this.document = document;
  }

  public int getIndex() { return index; }
  public DocumentReference getDocument() { return document; }

  @Override
  public String toString() {
    return "DocumentFact[" + index + ": " + document + "]";
  }
}
