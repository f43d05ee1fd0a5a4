package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Attachment;

/** A fact: one attachment of the statement (a file, or a link), in order. Immutable. */
@Describe("An attachment of the statement (a file or a link), with its format and name.")
public final class AttachmentFact {
  private final int index;
  private final Attachment attachment;

  /**
   * The fact for one attachment.
   *
   * @param index its place among the attachments, from 0
   * @param attachment the model's attachment; not null
   */
  public AttachmentFact(int index, Attachment attachment) {
    this.index = index;
    this.attachment = attachment;
  }

  /** {@return its place among the attachments, from 0} */
  @Describe("Its place among the attachments, from 0.")
  public int getIndex() { return index; }
  /** {@return the model's attachment} */
  @Describe("The model's attachment.")
  public Attachment getAttachment() { return attachment; }
  /** {@return true for an attached file, false for a link} */
  @Describe("An attached file (not a link).")
  public boolean isFile() { return attachment.isFile(); }
  /**
   * {@return true for PDF, HTML or plain text, and for a link (see {@link Attachment#isGenerallyReadable()})}
   */
  @Describe("PDF, HTML or plain text.")
  public boolean isGenerallyReadable() { return attachment.isGenerallyReadable(); }
  /** {@return the file name before its extension, lower case ("liaison-2026-03"); "" when there is none} */
  @Describe("The file name before its extension (\"liaison-2026-03\"); \"\" when none.")
  public String getBaseName() { return attachment.getBaseName(); }
  /** {@return the file name, or "?" for a link} */
  @Describe("The file name, or \"?\".")
  public String getFileName() { return attachment.getFileName().orElse("?"); }
  /** {@return its title, or null when it has none} */
  @Describe("Its title, or null.")
  public String getTitle() { return attachment.getTitle().orElse(null); }

  @Override
  public String toString() {
    return "AttachmentFact[" + index + ": " + attachment + "]";
  }
}
