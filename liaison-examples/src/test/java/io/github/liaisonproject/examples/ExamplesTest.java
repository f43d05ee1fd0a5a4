package io.github.liaisonproject.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every example's output: exact where it depends on the model only, key lines where rules answer. */
class ExamplesTest {
  interface Main {
    void run() throws Exception;
  }

  static String output(Main main) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(old);
    }
    return buffer.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  @Test
  void assessStatement() throws Exception {
    String out = output(() -> AssessStatement.main(new String[0]));
    assertThat(out).startsWith("ready to send: false\n")
        .contains("ERROR CONTENT-BODY-REQUIRED (§2.3): No content")
        .contains("ERROR CONTENT-DELIVERY-ADDRESS-REQUIRED (§2.1): Nowhere to deliver it")
        .contains("WARNING CONTENT-TO-CONTACT-MISSING (-05 §2.1)");
  }

  @Test
  void draftReply() throws Exception {
    assertThat(output(() -> DraftReply.main(new String[0]))).isEqualTo("""
        stage: DRAFT
        from:
          - organization: IETF
            kind: WORKING_GROUP
            name: quic
        fromContacts:
          - sami.handshake@example.org
        sendReplyTo: 3gpp-liaison@iab.org
        to:
          - organization: 3GPP
            kind: EXTERNAL_GROUP
            name: SA2
        toContacts:
          - sa2-chair@example.com
        sendTo: 3gppliaison@example.com
        purpose: In Response
        subject: "Re: LS on QUIC multipath"
        respondsTo:
          - 3gpp-sa2-S2-2601234
        """);
  }

  @Test
  void customDirectory() throws Exception {
    String out = output(() -> CustomDirectory.main(new String[0]));
    assertThat(out).startsWith("""
        area of 6man: int
        ADs of int: [Person{name=Ada Internet, address=ada.ad@example.org}]
        roles of ben.chair@example.org: [RoleHolding{role=WORKING_GROUP_CHAIR, group=6man}]
        ready to send:\s""").contains("findings: ");
  }

  @Test
  void authorFolder() throws Exception {
    assertThat(output(() -> AuthorFolder.main(new String[0]))).isEqualTo("""
        WARNING LOCAL-SUBJECT-LS (§2.3): Start the subject with "LS" so that the receiving secretariat files it (house style)
        local rule from: <folder>/local.drl
        """);
  }

  @Test
  void bulkAudit() throws Exception {
    String out = output(() -> BulkAudit.main(new String[0]));
    assertThat(out).startsWith("12 records, 1 not mapped\n")
        .contains("\n4242 ").contains("\n#11 not mapped: record #11 is not a JSON object (string)\n")
        .containsPattern("\n4310 recorded, [1-9]\\d* error\\(s\\), 1 note\\(s\\)\n")
        // posted, so approved on its record (revision 2): no APPROVAL-MISSING from the sample directory's ADs
        .contains("\n4250 sent, 0 error(s), 1 note(s)\n")
        .doesNotContain("ready");
  }

  @Test
  void sharedRuleSetThreads() throws Exception {
    assertThat(output(() -> SharedRuleSetThreads.main(new String[0])))
        .isEqualTo("3 threads x 20 assessments: every answer equals the single-threaded one\n");
  }
}
