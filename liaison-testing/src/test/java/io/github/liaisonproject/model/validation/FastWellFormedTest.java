package io.github.liaisonproject.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.DocumentKind;
import io.github.liaisonproject.model.ImmutableApproval;
import io.github.liaisonproject.model.ImmutableAttachment;
import io.github.liaisonproject.model.ImmutableBody;
import io.github.liaisonproject.model.ImmutableDocumentReference;
import io.github.liaisonproject.model.ImmutableFollowUp;
import io.github.liaisonproject.model.ImmutableLiaisonStatement;
import io.github.liaisonproject.model.ImmutablePublicRecord;
import io.github.liaisonproject.model.ImmutableRoleHolding;
import io.github.liaisonproject.model.ImmutableSubmitter;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Role;
import io.github.liaisonproject.model.testing.StatementGenerators;
import java.net.URI;
import java.util.Collections;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link StatementValidator#isWellFormedFast} says true exactly when Hibernate Validator finds no
 * malformation (default group), on thousands of generated statements, well-formed and not.
 */
class FastWellFormedTest {
  private static final int CASES = 3000;

  private static void check(Function<Random, LiaisonStatement> gen, long seed) {
    Random r = new Random(seed);
    int wellFormed = 0;
    for (int i = 0; i < CASES; i++) {
      LiaisonStatement s = gen.apply(r);
      boolean hv = StatementValidator.shared().malformationsByHibernateValidator(s).isEmpty();
      assertThat(StatementValidator.isWellFormedFast(s)).as("case %d: %s", i, s).isEqualTo(hv);
      wellFormed += hv ? 1 : 0;
    }
    assertThat(wellFormed).as("well-formed cases, of %d", CASES).isPositive().isLessThan(CASES);
  }

  @Test
  void validStatements() {
    Directory d = StatementGenerators.sampleDirectory();
    Random r = new Random(1);
    Function<Random, LiaisonStatement> gen = StatementGenerators.validStatements(d);
    for (int i = 0; i < CASES; i++) {
      LiaisonStatement s = gen.apply(r);
      assertThat(StatementValidator.isWellFormedFast(s)).as("%s", s)
          .isEqualTo(StatementValidator.shared().malformationsByHibernateValidator(s).isEmpty());
    }
  }

  @Test
  void anyStatements() {
    check(StatementGenerators.anyStatements(), 2);
  }

  @Test
  void headerHostileStatements() {
    check(StatementGenerators.headerHostileStatements(StatementGenerators.sampleDirectory()), 3);
  }

  @Test
  void everyConstrainedFieldMutated() {
    check(mutated(), 4);
  }

  private static final String[] TEXTS = {"", " ", "\t", "\u2003", "\u00a0", "x", "a\nb", "a\rb", "a\u2028b", "a\u0085b",
      "a\u000bb", "a\u000cb", "a\u0000b", "chair@example.org", "chair@example", "Chair <chair@example.org>",
      " chair@example.org", "x".repeat(100), "x".repeat(101), "x".repeat(200), "x".repeat(201), "x".repeat(255),
      "x".repeat(256), "x".repeat(300), "x".repeat(301), "x".repeat(500), "x".repeat(501), "x".repeat(2000),
      "x".repeat(2001), "x".repeat(10_000), "x".repeat(10_001), "x".repeat(242) + "@example.org",
      "x".repeat(243) + "@example.org"};

  private static String text(Random r) {
    return TEXTS[r.nextInt(TEXTS.length)];
  }

  /** Valid statements with one or two constrained fields set to a text near a limit or just past it. */
  private static Function<Random, LiaisonStatement> mutated() {
    Function<Random, LiaisonStatement> valid = StatementGenerators.validStatements(StatementGenerators.sampleDirectory());
    return r -> {
      ImmutableLiaisonStatement s = ImmutableLiaisonStatement.copyOf(valid.apply(r));
      for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
        switch (r.nextInt(27)) {
          case 0 -> s = s.withId(text(r));
          case 1 -> s = s.withFrom(ImmutableBody.builder().kind(Body.workingGroup("x").getKind()).organization(text(r)).build());
          case 2 -> s = s.withTo(ImmutableBody.copyOf(Body.externalGroup("ITU-T", "SG15")).withName(text(r)));
          case 3 -> s = s.withFromContacts(Collections.nCopies(r.nextBoolean() ? 200 : 201, "chair@example.org"));
          case 4 -> s = s.withToContacts(text(r));
          case 5 -> s = s.withSendReplyTo(text(r));
          case 6 -> s = s.withSendTo(text(r));
          case 7 -> s = s.withSubject(text(r));
          case 8 -> s = s.withBody(r.nextBoolean() ? "x".repeat(2_000_000) : "x".repeat(2_000_001));
          case 9 -> s = s.withAttachments(ImmutableAttachment.builder().title(text(r)).fileName("a.pdf").build());
          case 10 -> s = s.withAttachments(ImmutableAttachment.builder().fileName(text(r)).mediaType("text/plain").build());
          case 11 -> s = s.withAttachments(r.nextBoolean() ? ImmutableAttachment.builder().mediaType(text(r)).build()
              : ImmutableAttachment.builder().uri(URI.create("https://example.org/a")).mediaType(text(r)).build());
          case 12 -> s = s.withAttachments(ImmutableAttachment.builder().fileName("a.pdf")
              .document(ImmutableDocumentReference.builder().kind(DocumentKind.RFC).name(text(r)).build()).build());
          case 13 -> s = s.withDocuments(ImmutableDocumentReference.builder().kind(DocumentKind.OTHER).name(text(r)).build());
          case 14 -> s = s.withRespondsTo(r.nextBoolean() ? Collections.nCopies(100 + r.nextInt(2), "LS-1") : java.util.List.of(text(r)));
          case 15 -> s = s.withOtherIdentifiers(r.nextBoolean() ? Collections.nCopies(50 + r.nextInt(2), "x") : java.util.List.of(text(r)));
          case 16 -> s = s.withReceivedFrom(text(r));
          case 17 -> s = s.withReceivedAt(text(r));
          case 18 -> s = s.withAssignee(text(r));
          case 19 -> s = s.withRecord(ImmutablePublicRecord.builder().recordedBy(text(r)).build());
          case 20 -> s = s.withFollowUp(ImmutableFollowUp.copyOf(s.getFollowUp()).withActionsRecorded(text(r)));
          case 21 -> s = s.withApprovals(ImmutableApproval.builder().address("ad@example.org").role(Role.AREA_DIRECTOR)
              .name(text(r)).group(r.nextBoolean() ? "ops" : text(r)).build());
          case 22 -> s = s.withApprovals(Collections.nCopies(50 + r.nextInt(2),
              ImmutableApproval.builder().address(r.nextBoolean() ? "ad@example.org" : text(r)).role(Role.AREA_DIRECTOR).build()));
          case 23 -> s = s.withSubmitter(ImmutableSubmitter.builder().address(r.nextBoolean() ? "ad@example.org" : text(r))
              .name(text(r)).build());
          case 24 -> s = s.withSubmitter(ImmutableSubmitter.builder().address("ad@example.org")
              .addRoles(ImmutableRoleHolding.builder().role(Role.AREA_DIRECTOR).group(text(r)).build()).build());
          case 25 -> s = s.withCorrectGroups(r.nextBoolean() ? Collections.nCopies(50 + r.nextInt(2), Body.workingGroup("netconf"))
              : java.util.List.of(Body.workingGroup(text(r))));
          default -> s = s.withLeadGroup(Body.area(text(r)));
        }
      }
      return s;
    };
  }
}
