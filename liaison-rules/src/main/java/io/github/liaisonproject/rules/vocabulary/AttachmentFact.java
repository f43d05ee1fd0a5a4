package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Attachment;

/** A fact: one attachment of the statement (a file, or a link), in order. */
@Describe("An attachment of the statement (a file or a link), with its format and name.")
public final class AttachmentFact {
  private final int index;
  private final Attachment attachment;

  public AttachmentFact(int index, Attachment attachment) {
    this.index = index;
    this.attachment = attachment;
  }

  @Describe("Its place among the attachments, from 0.")
  public int getIndex() { return index; }
  @Describe("The model's attachment.")
  public Attachment getAttachment() { return attachment; }
  @Describe("An attached file (not a link).")
  public boolean isFile() { return attachment.isFile(); }
  @Describe("PDF, HTML or plain text.")
  public boolean isGenerallyReadable() { return attachment.isGenerallyReadable(); }
  @Describe("The file name before its extension (\"liaison-2026-03\"); \"\" when none.")
  public String getBaseName() { return attachment.getBaseName(); }
  @Describe("The file name, or \"?\".")
  public String getFileName() { return attachment.getFileName().orElse("?"); }
  @Describe("Its title, or null.")
  public String getTitle() { return attachment.getTitle().orElse(null); }

  @Override
  public String toString() {
    return "AttachmentFact[" + index + ": " + attachment + "]";
  }
}
