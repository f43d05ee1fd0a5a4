package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonproject.model.Approval;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.Role;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.model.testing.StatementGenerators;
import io.github.liaisonproject.rules.engine.FactWords;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Explanations (every answer linked to its rule's match, in words) and why-not answers. */
class ExplanationTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  static final Directory DIRECTORY = Samples.directory();

  /** The README's statement: WG netconf For Action to ITU-T SG15, no approval, no deadline. */
  static LiaisonStatement readme() {
    return LiaisonStatement.builder()
        .addFrom(Body.workingGroup("netconf")).addFromContacts("ines.candidate@example.org")
        .addTo(Body.externalGroup("ITU-T", "Study Group 15")).addToContacts("tsbsg15@itu.int")
        .purpose(Purpose.FOR_ACTION).subject("Review of our YANG module").body("Please review it.")
        .build();
  }

  @Test
  void theExplainedAssessmentIsTheAssessment() {
    Explanation e = LiaisonRules.standard().explain(readme(), DIRECTORY, AS_OF, List.of());
    assertThat(e.assessment()).isEqualTo(LiaisonRules.standard().assess(readme(), DIRECTORY, AS_OF));
  }

  @Test
  void approvalMissingSaysWhichRequirementHasNoApprovalAndWhoCouldGiveIt() {
    Explanation e = LiaisonRules.standard().explain(readme(), DIRECTORY, AS_OF, List.of());
    List<Reason> missing = e.reasons("APPROVAL-MISSING");
    assertThat(missing).hasSize(1);
    Reason r = missing.get(0);
    assertThat(r.kind()).isEqualTo(Reason.Kind.FINDING);
    assertThat(r.ruleName()).isEqualTo("Approval missing");
    assertThat(r.source()).isEqualTo("bundled:approval.drl");
    String text = r.toString();
    assertThat(text).contains("the requirement for IETF WG netconf (area ops)", "from APPROVAL-WG",
        "potential approvers Alice Operand, Bram Netherby", "no ApprovalGiven( need == $n )",
        "there is no ApprovalGiven at all", "outgoing is true", "withdrawn is false", "approvers.isEmpty() is false");
  }

  @Test
  void decisionsAndObligationsHaveReasonsToo() {
    Explanation e = LiaisonRules.standard().explain(readme(), DIRECTORY, AS_OF, List.of());
    Reason requirement = e.reasons("APPROVAL-WG").get(0);
    assertThat(requirement.kind()).isEqualTo(Reason.Kind.DECISION);
    assertThat(requirement.toString()).contains("approval needed for IETF WG netconf (area ops)",
        "$wg : FromBody( kind == BodyKind.WORKING_GROUP ) matched from body (", "kind is WORKING_GROUP",
        "no FromBody( ietfSide, !irtf, this != $wg )");
    assertThat(e.reasons("ROUTE-DELIVERY")).isNotEmpty()
        .allSatisfy(x -> assertThat(x.answer()).matches("(To|Cc|Reply-To): .*"));
    assertThat(e.reasons().stream().filter(x -> x.kind() == Reason.Kind.OBLIGATION)).isNotEmpty();
  }

  @Test
  void everyAnswerOfGeneratedStatementsIsLinkedToTheMatchThatMadeIt() {
    long seed = Long.getLong("liaison.seed", System.nanoTime());
    Random random = new Random(seed);
    Function<Random, LiaisonStatement> valid = StatementGenerators.validStatements(DIRECTORY);
    Function<Random, LiaisonStatement> nearlyReady = StatementGenerators.nearlyReadyOutgoing(DIRECTORY);
    for (int i = 0; i < 150; i++) {
      LiaisonStatement s = (i % 2 == 0 ? valid : nearlyReady).apply(random);
      Explanation e = LiaisonRules.standard().explain(s, DIRECTORY, AS_OF, List.of());
      Assessment a = LiaisonRules.standard().assess(s, DIRECTORY, AS_OF);
      assertThat(e.assessment()).as("seed %d, statement %d", seed, i).isEqualTo(a);
      int answers = a.findings().size() + a.obligations().size() + a.proposals().size()
          + a.delivery().to().size() + a.delivery().cc().size() + a.delivery().replyTo().size()
          + a.approval().required().size() + (int) a.approval().required().stream().filter(r -> r.givenBy().isPresent()).count()
          + (a.approval().notNeededBecause().isPresent() ? 1 : 0);
      assertThat(e.reasons().size()).as("seed %d: a reason per answer", seed).isGreaterThanOrEqualTo(answers);
      for (Reason r : e.reasons()) {
        assertThat(r.because()).as("seed %d: %s", seed, r).isNotEmpty()
            .noneMatch(b -> b.contains("was not recorded"));
      }
    }
  }

  @Test
  void whyNotNamesTheFailingConstraintWithItsValue() {
    LiaisonStatement oneWg = LiaisonStatement.builder().from(List.of(Body.workingGroup("netconf")))
        .addFromContacts("ines.candidate@example.org")
        .addTo(Body.externalGroup("ITU-T", "Study Group 15")).addToContacts("tsbsg15@itu.int")
        .purpose(Purpose.FOR_INFORMATION).subject("Status").body("text").build();
    // APPROVAL-MULTIPLE-GROUPS is four rules, one per kind of approving authority: one answer each.
    List<WhyNot> multiple = LiaisonRules.standard().whyNot("APPROVAL-MULTIPLE-GROUPS", oneWg, DIRECTORY, AS_OF, List.of());
    assertThat(multiple).hasSize(4).allMatch(x -> !x.fired() && x.active());
    WhyNot perArea = multiple.get(0);
    assertThat(perArea.ruleName()).isEqualTo("Approval for a statement from several IETF groups: one per area");
    assertThat(perArea.failing().get().condition()).isEqualTo("exists FromBody( ietfSide, !irtf, this != $first )");
    assertThat(perArea.failing().get().details()).singleElement().asString()
        .startsWith("`this != $first` failed: false for from body (").contains("label \"IETF WG netconf\"");
    assertThat(perArea.conditions().get(4).status()).isEqualTo(WhyNot.Status.NOT_REACHED);
    WhyNot iab = multiple.get(2);
    assertThat(iab.failing().get().condition()).isEqualTo("$iab : FromBody( kind == BodyKind.IAB )");
    assertThat(iab.failing().get().details()).containsExactly("`kind == BodyKind.IAB` failed: kind is WORKING_GROUP");

    WhyNot one = LiaisonRules.standard().whyNot("APPROVAL-IAB", oneWg, DIRECTORY, AS_OF, List.of()).get(0);
    assertThat(one.failing().get().details()).containsExactly("`kind == BodyKind.IAB` failed: kind is WORKING_GROUP");
  }

  @Test
  void whyNotShowsTheFactThatMakesANotConditionFail() {
    LiaisonStatement approved = io.github.liaisonproject.model.ImmutableLiaisonStatement.copyOf(readme()).withApprovals(List.of(
        Approval.builder().address("alice.operand@example.org").role(Role.AREA_DIRECTOR).group("ops").build()));
    WhyNot w = LiaisonRules.standard().whyNot("APPROVAL-MISSING", approved, DIRECTORY, AS_OF, List.of()).get(0);
    assertThat(w.fired()).isFalse();
    assertThat(w.conditions().get(0).status()).isEqualTo(WhyNot.Status.HOLDS);
    assertThat(w.conditions().get(1).status()).isEqualTo(WhyNot.Status.HOLDS);
    assertThat(w.conditions().get(1).details().get(0)).contains("the requirement for IETF WG netconf (area ops)");
    assertThat(w.failing().get().condition()).isEqualTo("not ApprovalGiven( need == $n )");
    assertThat(w.failing().get().details().get(0))
        .contains("there is the approval of Alice Operand for IETF WG netconf (area ops)", "found by APPROVAL-WG");
  }

  @Test
  void whyNotOfARuleThatFiresSaysSo() {
    WhyNot w = LiaisonRules.standard().whyNot("APPROVAL-MISSING", readme(), DIRECTORY, AS_OF, List.of()).get(0);
    assertThat(w.fired()).isTrue();
    assertThat(w.conditions()).allMatch(c -> c.status() == WhyNot.Status.HOLDS);
    assertThat(w.toString()).contains("every condition holds");
  }

  @Test
  void whyNotOfAMissingFactSaysNoneExists() {
    // An incoming statement needs no approval: no rule makes an ApprovalNeed.
    LiaisonStatement incoming = LiaisonStatement.builder().addFrom(Body.externalGroup("3GPP", "SA2"))
        .addFromContacts("sa2-chair@example.com").addTo(Body.workingGroup("netconf"))
        .addToContacts("netconf-chairs@ietf.org").purpose(Purpose.FOR_INFORMATION).subject("Status").body("text")
        .build();
    WhyNot w = LiaisonRules.standard().whyNot("APPROVAL-UNKNOWN-AREA", incoming, DIRECTORY, AS_OF, List.of()).get(0);
    assertThat(w.failing().get().condition()).isEqualTo(
        "$s : Statement( outgoing, !withdrawn, approvedOnRecord != Known.YES, !stageUnknown || approvedOnRecord == Known.NO )");
    assertThat(w.failing().get().details()).containsExactly("`outgoing` failed: outgoing is false");
  }

  @Test
  void anUnknownRuleIdSuggestsTheNearestOne() {
    assertThatThrownBy(() -> LiaisonRules.standard().whyNot("APPROVAL-MISING", readme(), DIRECTORY, AS_OF, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule has the ID APPROVAL-MISING; did you mean APPROVAL-MISSING?");
  }

  @Test
  void aDisabledRuleIsStillChecked() {
    LiaisonRules rules = LiaisonRules.builder().disable("APPROVAL-WG").build();
    WhyNot w = rules.whyNot("APPROVAL-WG", readme(), DIRECTORY, AS_OF, List.of()).get(0);
    assertThat(w.active()).isFalse();
    assertThat(w.fired()).isTrue();
    assertThat(w.toString()).contains("disabled by the settings; were it on, it would fire");
  }

  /** A fact type the describer has never heard of, with its own words. */
  public static final class Described {
    public String describe() {
      return "a fact that says what it is";
    }
  }

  /** A wrapper fact like those the vocabulary inserts: an index and one value. */
  public static final class DeliveryAddressFact {
    public int getIndex() { return 0; }
    public String getAddress() { return "tsbsg15@itu.int"; }
  }

  public record EffectivePurpose(Purpose purpose, boolean legacy) {}

  public static final class PlainThing {
    public int getCount() { return 2; }
    public boolean isOutgoing() { return true; }
    public List<String> getNames() { return List.of("x"); }
  }

  @Test
  void theDescriberWorksForAnyFact() {
    assertThat(FactWords.describe(new Described())).isEqualTo("a fact that says what it is");
    assertThat(FactWords.describe(new DeliveryAddressFact())).isEqualTo("delivery address tsbsg15@itu.int");
    assertThat(FactWords.describe(new EffectivePurpose(Purpose.FOR_ACTION, false)))
        .isEqualTo("effective purpose (purpose For Action, legacy false)");
    assertThat(FactWords.describe(new PlainThing())).isEqualTo("plain thing (count 2, outgoing true)");
    assertThat(FactWords.paths("approvers.isEmpty() && isApprover($s.submitterAddress) || kind == BodyKind.IAB"))
        .containsExactly("approvers.isEmpty()", "$s.submitterAddress", "kind");
    assertThat(FactWords.reading(new PlainThing(), "names.size()", Map.of())).isEqualTo("names.size() is 1");
    assertThat(FactWords.reading(new PlainThing(), "nosuch", Map.of())).isEqualTo("nosuch cannot be read");
  }
}
