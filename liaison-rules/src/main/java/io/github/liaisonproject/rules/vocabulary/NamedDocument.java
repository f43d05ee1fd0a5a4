package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.DocumentKind;

/**
 * A fact: an RFC or Internet-Draft the subject or body names ("RFC 8407", "RFC8407",
 * "draft-ietf-netconf-foo-03"), one per distinct document, in the order of first mention. Finding
 * the mentions, and whether the statement's documents list one by the same name, is a look-up;
 * what to do about an unlisted one is TRANSMIT-NAMED-IN-TEXT's (transmission.drl).
 */
@Describe("An RFC or Internet-Draft named in the subject or body, with whether the statement's documents list it.")
public final class NamedDocument {
  private final int index;
  private final DocumentKind kind;
  private final String name;
  private final boolean listed;

  /**
   * The fact for one named document.
   *
   * @param index its place among the named documents, from 0
   * @param kind RFC or INTERNET_DRAFT
   * @param name its name as the facts write it ("RFC 8407", a draft without its version)
   * @param listed true when the statement's documents list a document of this name
   */
  public NamedDocument(int index, DocumentKind kind, String name, boolean listed) {
    this.index = index;
    this.kind = kind;
    this.name = name;
    this.listed = listed;
  }

  /** {@return its place among the named documents, from 0} */
  @Describe("Its place among the named documents, from 0.")
  public int getIndex() { return index; }
  /** {@return its kind: RFC or INTERNET_DRAFT} */
  @Describe("RFC or INTERNET_DRAFT.")
  public DocumentKind getKind() { return kind; }
  /** {@return its name: "RFC 8407", "draft-ietf-netconf-foo" (a draft without its version number)} */
  @Describe("\"RFC 8407\", \"draft-ietf-netconf-foo\" (a draft without its version number).")
  public String getName() { return name; }
  /**
   * {@return true when the statement's documents list a document of this name (RFC number, or draft name
   * without version)}
   */
  @Describe("The statement's documents list a document of this name (RFC number, or draft name without version).")
  public boolean isListed() { return listed; }

  @Override
  public String toString() {
    return "NamedDocument[" + index + ": " + name + (listed ? ", listed" : "") + "]";
  }
}
