package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.testing.Gens;
import io.github.liaisonproject.model.testing.StatementGenerators;
import io.github.liaisonproject.model.validation.InvalidStatementException;
import io.github.liaisonproject.model.validation.MailAddressValidator;
import io.github.liaisonproject.model.validation.SingleLineValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mail header safety: nothing that becomes a mail header can carry a line break or a non-address
 * into a delivery plan. Over statements whose subject, contacts, Send To, Send Reply To,
 * received-from, approval addresses or body names are replaced by hostile strings
 * ({@link StatementGenerators#headerHostileStatements}):
 * <ul>
 *   <li>an address that is not a bare mail address, or a group or organization name with a line
 *       break, is refused before any rule runs: {@link InvalidStatementException};
 *   <li>a subject with a line break is assessed, with a CONTENT-SUBJECT-SINGLE-LINE ERROR, so it is
 *       not ready to send;
 *   <li>every address in every delivery (To, Cc, Reply-To) and every approver is a valid mail address
 *       with no CR or LF.
 * </ul>
 * 2,000 statements by default, 40,000 with {@code -Dliaison.nightly=true}; {@code -Dliaison.seed=N}.
 */
class MailHeaderSafetyTest {
  static final LocalDate AS_OF = StatementGenerators.NEARLY_READY_AS_OF;
  static LiaisonRules rules;
  static long seed;

  @BeforeAll
  static void build() {
    rules = LiaisonRules.standard();
    seed = TestMode.seed("liaison.seed", "MailHeaderSafetyTest");
  }

  record Input(LiaisonStatement statement, Directory directory) {
    @Override
    public String toString() {
      return statement.toString();
    }
  }

  static boolean hasLineBreak(String s) {
    return s != null && (s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0 || !SingleLineValidator.isSingleLine(s));
  }

  static boolean badAddress(String s) {
    return s != null && !MailAddressValidator.isMailAddress(s);
  }

  static Stream<String> addresses(LiaisonStatement s) {
    List<String> all = new ArrayList<>(s.getFromContacts());
    all.addAll(s.getToContacts());
    Stream.of(s.getSendTo(), s.getSendReplyTo(), s.getReceivedFrom(), s.getReceivedAt(), s.getAssignee())
        .flatMap(Optional::stream).forEach(all::add);
    s.getApprovals().forEach(a -> all.add(a.getAddress()));
    s.getSubmitter().ifPresent(x -> all.add(x.getAddress()));
    return all.stream();
  }

  static Stream<String> names(LiaisonStatement s) {
    return Stream.concat(s.getFrom().stream(), s.getTo().stream())
        .flatMap(b -> Stream.of(Optional.of(b.getOrganization()), b.getName()).flatMap(Optional::stream));
  }

  @Test
  void hostileHeaderValuesNeverReachADelivery() {
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger subjectBlocked = new AtomicInteger();
    AtomicInteger assessed = new AtomicInteger();
    QuickTheoryDefaults.qt(seed, TestMode.count(2_000, 40_000))
        .forAll(Gens.shrinking(r -> {
          Directory d = r.nextInt(3) == 0 ? StatementGenerators.directories().apply(r) : StatementGenerators.sampleDirectory();
          return new Input(StatementGenerators.headerHostileStatements(d).apply(r), d);
        }))
        .checkAssert(in -> {
          LiaisonStatement s = in.statement();
          boolean mustRefuse = addresses(s).anyMatch(MailHeaderSafetyTest::badAddress)
              || names(s).anyMatch(MailHeaderSafetyTest::hasLineBreak);
          Assessment[] out = new Assessment[1];
          Throwable t = catchThrowable(() -> out[0] = rules.assess(s, in.directory(), AS_OF));
          if (mustRefuse) {
            refused.incrementAndGet();
            assertThat(t).as("a bad address or a name with a line break is refused").isInstanceOf(InvalidStatementException.class);
            return;
          }
          if (!io.github.liaisonproject.model.validation.StatementValidator.shared().malformations(s).isEmpty()) {
            refused.incrementAndGet(); // malformed for another reason (a name too long, say): refused too
            assertThat(t).isInstanceOf(InvalidStatementException.class);
            return;
          }
          assertThat(t).as("assessed").isNull();
          assessed.incrementAndGet();
          Assessment a = out[0];
          if (hasLineBreak(s.getSubject().orElse(null))) {
            subjectBlocked.incrementAndGet();
            assertThat(a.findings("CONTENT-SUBJECT-SINGLE-LINE")).extracting(Finding::severity).containsExactly(Severity.ERROR);
            assertThat(a.readyToSend()).isFalse();
          }
          List<Recipient> recipients = new ArrayList<>(a.delivery().to());
          recipients.addAll(a.delivery().cc());
          recipients.addAll(a.delivery().replyTo());
          for (Recipient rcpt : recipients) {
            assertThat(rcpt.address()).doesNotContain("\r").doesNotContain("\n");
            assertThat(MailAddressValidator.isMailAddress(rcpt.address())).as("recipient %s", rcpt.address()).isTrue();
          }
          a.approval().potentialApprovers().forEach(ap ->
              assertThat(MailAddressValidator.isMailAddress(ap.address())).as("approver %s", ap.address()).isTrue());
        });
    System.out.println("MailHeaderSafetyTest: refused " + refused + ", assessed " + assessed
        + " (of which " + subjectBlocked + " with a multi-line subject, all blocked)");
    assertThat(refused.get()).isPositive();
    assertThat(subjectBlocked.get()).isPositive();
  }

  @Test
  void theClassicInjectionsAreRefused() {
    LiaisonStatement base = StatementGenerators.nearlyReadyOutgoing(StatementGenerators.sampleDirectory()).apply(new java.util.Random(1));
    var im = io.github.liaisonproject.model.ImmutableLiaisonStatement.copyOf(base);
    Directory d = StatementGenerators.sampleDirectory();
    for (LiaisonStatement bad : List.<LiaisonStatement>of(
        im.withSendTo("liaisons@example.org\r\nBcc: eve@example.org"),
        im.withToContacts("liaisons@example.org\nBcc: eve@example.org"),
        im.withFromContacts("Chair <chair@example.org>"),
        im.withSendReplyTo("liaison-coordination@iab.org\r\n"),
        im.withFrom(Body.workingGroup("netconf\r\nBcc: eve@example.org")),
        im.withTo(Body.externalGroup("ITU-T\nX-Injected: 1", "SG15")))) {
      assertThat(catchThrowable(() -> rules.assess(bad, d, AS_OF))).isInstanceOf(InvalidStatementException.class);
    }
    Assessment a = rules.assess(im.withSubject("Review\r\nBcc: eve@example.org"), d, AS_OF);
    assertThat(a.hasFinding("CONTENT-SUBJECT-SINGLE-LINE")).isTrue();
    assertThat(a.readyToSend()).isFalse();
  }
}
