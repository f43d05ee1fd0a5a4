package io.github.liaisonproject.examples;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.Replies;
import io.github.liaisonproject.model.io.Format;
import io.github.liaisonproject.model.io.LiaisonFiles;
import io.github.liaisonproject.model.samples.Samples;
import java.time.LocalDate;

/** Drafts the reply to an incoming 3GPP statement and prints it as YAML, ready to complete. */
public final class DraftReply {
  private DraftReply() {}

  public static void main(String[] args) {
    LiaisonStatement incoming = LiaisonStatement.builder()
        .id("3gpp-sa2-S2-2601234")
        .addFrom(Body.externalGroup("3GPP", "SA2"))
        .addFromContacts("sa2-chair@example.com")
        .sendReplyTo("3gppliaison@example.com")
        .addTo(Body.workingGroup("quic"))
        .addToContacts("sami.handshake@example.org")
        .purpose(Purpose.FOR_ACTION)
        .deadline(LocalDate.of(2026, 8, 15))
        .subject("LS on QUIC multipath")
        .body("SA2 asks the QUIC WG about multipath QUIC.")
        .build();
    LiaisonStatement reply = Replies.draft(incoming, Samples.directory());
    System.out.print(LiaisonFiles.write(reply, Format.YAML));
  }
}
