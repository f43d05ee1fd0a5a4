package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Attachment;

/**
 * A fact: an attached file neither generally readable nor accompanied by a readable version
 * ({@link Statement#getUnreadableAttachments()}), inserted once per assessment so that rules match
 * it directly: {@code UnreadableAttachmentFact( $a : attachment )}. The index is its place in
 * {@code getUnreadableAttachments()}, so two equal attachments stay two facts.
 */
public final class UnreadableAttachmentFact {
  private final int index;
  private final Attachment attachment;

  public UnreadableAttachmentFact(int index, Attachment attachment) {
    this.index = index;
    this.attachment = attachment;
  }

  public int getIndex() { return index; }
  public Attachment getAttachment() { return attachment; }

  @Override
  public String toString() {
    return "UnreadableAttachmentFact[" + index + ": " + attachment + "]";
  }
}
