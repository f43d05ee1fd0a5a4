package io.github.liaisonproject.rules.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.BodyKind;
import io.github.liaisonproject.model.ConsensusLevel;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.model.DocumentStatus;
import io.github.liaisonproject.model.ImmutableLiaisonStatement;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.testing.StatementGenerators;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.cases.CaseRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The standard rule set and the independent hand-coded oracle ({@link HandCoded}) agree on
 * approval, routing, transmission, consensus and the relationship finding for 10,000 generated
 * statements (5,000 against each of two directories), and for 2,000 more against generated
 * directories: findings by rule ID, approval requirements, delivery, document verdicts. Any
 * difference fails the build, with the statements that differ.
 *
 * <p>Each run prints its seed. Replay (or explore) with
 * {@code -Dliaison.differential.seed=<seed>} (or {@code =random}) on the Maven command line.
 */
class DifferentialTest {
  private static final int STATEMENTS = 10_000;
  private static final int GENERATED_DIRECTORY_STATEMENTS = 2_000;
  private static final String SEED_PROPERTY = "liaison.differential.seed";
  private static final LiaisonRules RULES = LiaisonRules.standard();

  /** One generated statement, what it was assessed with, and the rule set's answer. */
  record Sample(int index, LiaisonStatement statement, Directory directory, LocalDate asOf,
      List<LiaisonStatement> related, Answer rules) {}

  /** The generated statements of one directory (or of generated directories) and seed, assessed by the rule set once. */
  record Corpus(String name, long seed, List<Sample> samples) {}

  private static final Map<String, Corpus> CORPORA = new ConcurrentHashMap<>();

  static Directory casesDirectory() {
    try (InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + "directory.yaml")) {
      return CaseRunner.readDirectory(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed to use: the one given with -Dliaison.differential.seed (or a fresh one for "random"), else the default. */
  static long seed(long defaultSeed) {
    String given = System.getProperty(SEED_PROPERTY, "").trim();
    if (given.isEmpty()) {
      return defaultSeed;
    }
    return given.equalsIgnoreCase("random") ? new Random().nextLong() : Long.parseLong(given);
  }

  static Corpus casesCorpus() {
    Directory directory = casesDirectory();
    return corpus("the cases directory", r -> directory, seed(20260601L), STATEMENTS / 2);
  }

  static Corpus sampleCorpus() {
    Directory directory = StatementGenerators.sampleDirectory();
    return corpus("the sample directory", r -> directory, seed(4053L), STATEMENTS / 2);
  }

  /**
   * Besides the 10,000: statements against generated directories, each its own, which lack what the
   * two fixed directories always have (an IETF, IAB or IRTF Chair, the IESG and IAB addresses, WG
   * lists, relationships), so that decisions on a thin directory are compared too.
   */
  static Corpus generatedDirectoriesCorpus() {
    return corpus("generated directories", StatementGenerators.directories(), seed(1918L), GENERATED_DIRECTORY_STATEMENTS);
  }

  /** Generates and assesses {@code count} statements, once per corpus and seed. */
  static Corpus corpus(String name, Function<Random, Directory> directories, long seed, int count) {
    return CORPORA.computeIfAbsent(name + "#" + seed, k -> {
      Random random = new Random(seed);
      List<Sample> samples = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Directory directory = directories.apply(random);
        Function<Random, LiaisonStatement> gen = StatementGenerators.validStatements(directory);
        LiaisonStatement s = gen.apply(random);
        List<LiaisonStatement> related = List.of();
        if (!s.getRespondsTo().isEmpty() && random.nextInt(3) > 0) {
          // an original at hand, so that a reply's routing has the original's Send Reply To to use
          LiaisonStatement original = ImmutableLiaisonStatement.copyOf(gen.apply(random)).withId(s.getRespondsTo().get(0));
          related = List.of(original);
        }
        LocalDate asOf = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1500));
        Assessment a = RULES.assess(s, directory, asOf, related);
        assertThat(a.failures()).as("no rule throws (statement %d, seed %d)", i, seed).isEmpty();
        samples.add(new Sample(i, s, directory, asOf, related, Answer.of(a)));
      }
      System.out.println("DifferentialTest: " + name + ", seed " + seed + " (replay: -D" + SEED_PROPERTY + "=" + seed + ")");
      return new Corpus(name, seed, List.copyOf(samples));
    });
  }

  /** Every sample on which the oracle's answer differs from the rule set's. */
  static List<Sample> differences(Corpus corpus, HandCoded oracle) {
    List<Sample> out = new ArrayList<>();
    for (Sample x : corpus.samples()) {
      if (!x.rules().equals(oracle.answer(x.statement(), x.directory(), x.asOf(), x.related()))) {
        out.add(x);
      }
    }
    return out;
  }

  /** Every decision the oracle makes, as the coverage map names it: the fixed directories must exercise them all. */
  private static final List<String> EVERY_DECISION = List.of(
      "(approval requirements)", "(approval given)", "(approved by submitting)", "(APPROVAL-WG)", "(APPROVAL-AREA)",
      "(APPROVAL-IETF-IESG)", "(APPROVAL-IAB)", "(APPROVAL-MULTIPLE-GROUPS)", "(IRTF-RESPONSE-VIA-IAB)",
      "(delivery cc)", "(delivery reply-to)", "(reply delivered to the original's Send Reply To)",
      "(misdirected: forwarded)", "(incoming: distributed to the To-Contacts)",
      "(document ELIGIBLE)", "(document NEEDS_CONTEXT)", "(document UNKNOWN)",
      "APPROVAL-MISSING", "APPROVAL-UNKNOWN-AREA", "APPROVAL-IETF-EXPERTS", "IRTF-NO-INITIATE",
      "ROUTE-FROM-CONTACTS-DEFAULT", "ROUTE-REPLY-SEND-TO", "ROUTE-OUTGOING-REPLY-ADDRESS", "ROUTE-REPLY-ADDRESS-ROLE",
      "ROUTE-INCOMING-RECEIVED-FROM", "ROUTE-INCOMING-RECEIVED-AT",
      "TRANSMIT-NEEDS-CONTEXT", "TRANSMIT-STATUS-NOT-NOTED", "TRANSMIT-WG-DRAFT-WORK-IN-PROGRESS",
      "CONSENSUS-NOT-STATED", "CONSENSUS-GROUP-NOT-INFORMED", "CONSENSUS-IESG-IMPLIED", "CONSENSUS-IETF-WIDE-REQUIRED",
      "CONSENSUS-COLLECTED-COMMENTS", "CONSENSUS-CHARTER-CHANGE", "CONSENSUS-WG-DRAFT-COMMENTS",
      "CONSENSUS-NONE-NEEDED", "CONSENSUS-BASE-ON-EXISTING", "RELATIONSHIP-MANAGER-IN-CONTACTS");

  @Test
  void ruleSetAndOracleAgreeWithTheCasesDirectory() {
    agree(casesCorpus(), EVERY_DECISION);
  }

  @Test
  void ruleSetAndOracleAgreeWithTheSampleDirectory() {
    agree(sampleCorpus(), EVERY_DECISION);
  }

  @Test
  void ruleSetAndOracleAgreeWithGeneratedDirectories() {
    // What a thin directory changes: requirements nobody can meet (no IETF or IAB Chair), default
    // From-Contacts that do not exist, relationships with other aliases.
    agree(generatedDirectoriesCorpus(), List.of("(approval requirements)", "(approval given)", "(APPROVAL-MULTIPLE-GROUPS)",
        "(delivery cc)", "(misdirected: forwarded)", "APPROVAL-MISSING", "APPROVAL-UNKNOWN-AREA",
        "ROUTE-FROM-CONTACTS-DEFAULT", "ROUTE-OUTGOING-REPLY-ADDRESS"));
  }

  private static void agree(Corpus corpus, List<String> mustSee) {
    assertThat(corpus.samples()).isNotEmpty();
    Map<String, Integer> seen = coverage(corpus);
    System.out.println("DifferentialTest: " + corpus.name() + ", seed " + corpus.seed() + ": statements per finding / answer " + seen);
    // The comparison is only worth something if the generated statements exercise the decisions.
    assertThat(seen).as("decisions the generated statements exercise").containsKeys(mustSee.toArray(String[]::new));

    List<Sample> differ = differences(corpus, HandCoded.STANDARD);
    List<String> shown = new ArrayList<>();
    for (Sample x : differ.subList(0, Math.min(5, differ.size()))) {
      Answer oracle = HandCoded.assess(x.statement(), x.directory(), x.asOf(), x.related());
      shown.add("statement " + x.index() + " (" + corpus.name() + ", -D" + SEED_PROPERTY + "=" + corpus.seed()
          + ", as of " + x.asOf() + "):\n  rules:  " + x.rules() + "\n  oracle: " + oracle
          + "\n  statement: " + x.statement() + "\n  related: " + x.related()
          + (corpus.name().startsWith("generated") ? "\n  directory: " + x.directory() : ""));
    }
    assertThat(shown).as("%d of %d statements where the rule set and the hand-coded oracle differ", differ.size(),
        corpus.samples().size()).isEmpty();
  }

  /** How many statements exercise each finding and each kind of decision (by the rule set's answers). */
  private static Map<String, Integer> coverage(Corpus corpus) {
    Map<String, Integer> seen = new TreeMap<>();
    for (Sample x : corpus.samples()) {
      Answer rules = x.rules();
      LiaisonStatement s = x.statement();
      rules.findings().forEach(id -> seen.merge(id, 1, Integer::sum));
      if (!rules.approvals().isEmpty()) {
        seen.merge("(approval requirements)", 1, Integer::sum);
      }
      if (rules.approvals().stream().anyMatch(r -> r.contains(" approved by "))) {
        seen.merge("(approval given)", 1, Integer::sum);
      }
      if (rules.approvals().stream().anyMatch(r -> r.endsWith(" by submitting"))) {
        seen.merge("(approved by submitting)", 1, Integer::sum);
      }
      rules.approvals().stream().map(r -> "(" + r.substring(0, r.indexOf(':')) + ")").distinct()
          .forEach(k -> seen.merge(k, 1, Integer::sum));
      if (!rules.cc().isEmpty()) {
        seen.merge("(delivery cc)", 1, Integer::sum);
      }
      if (!rules.replyTo().isEmpty()) {
        seen.merge("(delivery reply-to)", 1, Integer::sum);
      }
      boolean replyWithoutSendTo = s.isOutgoing() && s.getSendTo().isEmpty() && !rules.to().isEmpty()
          && x.related().stream().anyMatch(o -> o.getSendReplyTo().isPresent()
              && rules.to().contains(o.getSendReplyTo().get().toLowerCase(java.util.Locale.ROOT)));
      if (replyWithoutSendTo) {
        seen.merge("(reply delivered to the original's Send Reply To)", 1, Integer::sum);
      }
      if (s.isIncoming() && s.isMisdirected() && !rules.to().isEmpty()) {
        seen.merge("(misdirected: forwarded)", 1, Integer::sum);
      }
      if (s.isIncoming() && !s.isMisdirected() && !rules.to().isEmpty()) {
        seen.merge("(incoming: distributed to the To-Contacts)", 1, Integer::sum);
      }
      for (String d : rules.documents()) {
        for (String e : List.of("ELIGIBLE", "NEEDS_CONTEXT", "UNKNOWN")) {
          if (d.contains(": " + e + " ")) {
            seen.merge("(document " + e + ")", 1, Integer::sum);
          }
        }
      }
    }
    return seen;
  }

  // ---- the comparison can fail ----------------------------------------------------------------

  /**
   * Deliberately wrong oracles, each altering one decision the way a careless reading of the text
   * might: every one of them must disagree with the rule set on some generated statement, or the
   * comparison would not notice such a mistake (in either implementation).
   */
  static Map<String, HandCoded> mutants() {
    Map<String, HandCoded> m = new LinkedHashMap<>();
    m.put("only an area's first AD can approve (§4.1 'AD approval' read as one AD)", new HandCoded() {
      @Override
      protected List<Approver> areaDirectors(Directory dir, String area) {
        List<Approver> all = super.areaDirectors(dir, area);
        return all.isEmpty() ? all : all.subList(0, 1);
      }
    });
    m.put("each WG of one area needs its own approval (APPROVAL-MULTIPLE-GROUPS)", new HandCoded() {
      @Override
      protected List<List<Approver>> approvalAuthorities(Case c, List<io.github.liaisonproject.model.Body> groups) {
        List<List<Approver>> out = new ArrayList<>();
        for (io.github.liaisonproject.model.Body b : groups) {
          out.addAll(super.approvalAuthorities(c, List.of(b)));
        }
        return out;
      }
    });
    m.put("the submitter never approves by submitting (APPROVAL-SELF ignored)", new HandCoded() {
      @Override
      protected void approvalBySubmitting(Case c, Requirement r) {}
    });
    m.put("a research group's response needs no IAB approval (IRTF-RESPONSE-VIA-IAB ignored)", new HandCoded() {
      @Override
      protected List<Requirement> approvalRequirements(Case c) {
        return super.approvalRequirements(c).stream().filter(r -> !r.ruleId().equals("IRTF-RESPONSE-VIA-IAB")).toList();
      }
    });
    m.put("a reply without a Send To goes to the To-Contacts, not the original's Send Reply To", new HandCoded() {
      @Override
      protected List<String> deliveryTo(Case c) {
        if (c.outgoing() && !c.withdrawn() && c.sendTo() == null) {
          return addresses(c.s().getToContacts());
        }
        return super.deliveryTo(c);
      }
    });
    m.put("Cc keeps the To-Contacts among the From-Contacts even with a Send To", new HandCoded() {
      @Override
      protected List<String> deliveryCc(Case c, List<String> to) {
        return addresses(c.s().getFromContacts().stream().filter(a -> !containsIgnoringCase(to, a)).toList());
      }
    });
    m.put("a misdirected statement goes to its To-Contacts (ROUTE-MISDIRECTED's forward ignored)", new HandCoded() {
      @Override
      protected List<String> misdirectedForward(Case c) {
        return List.of();
      }
    });
    m.put("liaison-coordination does not stand in for an existing manager (§2.1 'and/or' read as 'or else')", new HandCoded() {
      @Override
      protected Set<String> relationshipFindings(Case c) {
        boolean managerMissing = c.outgoing() && !c.withdrawn() && c.s().getTo().stream()
            .map(b -> c.dir().relationshipFor(b)).flatMap(java.util.Optional::stream)
            .anyMatch(r -> r.getAddresses().stream().noneMatch(a -> containsIgnoringCase(c.s().getFromContacts(), a)));
        return managerMissing ? Set.of("RELATIONSHIP-MANAGER-IN-CONTACTS") : super.relationshipFindings(c);
      }
    });
    m.put("an Experimental document needs no context (§4.3 second paragraph misread)", new HandCoded() {
      @Override
      protected boolean needsConsensusContext(DocumentReference d) {
        return d.getStatus().orElse(null) != DocumentStatus.EXPERIMENTAL && super.needsConsensusContext(d);
      }
    });
    m.put("a WG draft need not be marked work in progress", new HandCoded() {
      @Override
      protected Verdict verdict(DocumentReference d) {
        Verdict v = super.verdict(d);
        Set<String> fs = new java.util.TreeSet<>(v.findings());
        fs.remove("TRANSMIT-WG-DRAFT-WORK-IN-PROGRESS");
        return new Verdict(v.eligibility(), fs);
      }
    });
    m.put("collected comments do not show the group was informed (CONSENSUS-GROUP-NOT-INFORMED)", new HandCoded() {
      @Override
      protected Set<String> consensusFindings(Case c) {
        Set<String> out = new java.util.TreeSet<>(super.consensusFindings(c));
        if (!c.s().getConsensus().isGroupInformed() && c.declared() == ConsensusLevel.COLLECTED_COMMENTS) {
          out.add("CONSENSUS-GROUP-NOT-INFORMED");
        }
        return out;
      }
    });
    m.put("the IESG is not an IETF-level sender (-05 §4.2)", new HandCoded() {
      @Override
      protected Set<String> consensusFindings(Case c) {
        Set<String> out = new java.util.TreeSet<>(super.consensusFindings(c));
        if (c.from(BodyKind.IESG) && !c.from(BodyKind.AREA) && !c.from(BodyKind.IETF)) {
          out.remove("CONSENSUS-IETF-WIDE-REQUIRED");
          out.remove("CONSENSUS-SENDER-WG");
        }
        return out;
      }
    });
    return m;
  }

  @Test
  void theCorporaHoldTenThousandStatements() {
    assertThat(casesCorpus().samples().size() + sampleCorpus().samples().size()).isEqualTo(STATEMENTS);
  }

  @Test
  void aDeliberatelyWrongOracleIsCaught() {
    Corpus corpus = casesCorpus();
    Map<String, Integer> caught = new LinkedHashMap<>();
    List<String> missed = new ArrayList<>();
    mutants().forEach((name, mutant) -> {
      int n = differences(corpus, mutant).size();
      caught.put(name, n);
      if (n == 0) {
        missed.add(name);
      }
    });
    System.out.println("DifferentialTest: statements on which each wrong oracle is caught (of "
        + corpus.samples().size() + "): " + caught);
    assertThat(missed).as("wrong oracles the comparison does not catch").isEmpty();
  }
}
