package io.github.liaisonproject.rules;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What changing a rule set does to real statements: the same statements assessed by a baseline
 * rule set (the bundled one, say) and a candidate (an author folder), compared rule by rule. For
 * each rule ID and each kind of answer (finding, decision, obligation), how many statements gain
 * an answer the baseline did not give and how many lose one, with up to three example statements;
 * and every statement whose verdict flips between ready and not ready.
 *
 * <p>Answers are compared by content: a finding by severity and message, a decision by what it
 * decides (an approval requirement and its approvers, an approval given, a delivery address and
 * header, a document verdict, a proposal), an obligation by who, what, due and whether discharged.
 * A changed message is therefore one answer lost and one gained.
 *
 * <p>Immutable and thread-safe, as are its records; every list is unmodifiable.
 */
public final class RuleSetDiff {
  /** How many examples each count keeps: {@value}. */
  public static final int EXAMPLES = 3;

  /**
   * One statement of the corpus: an immutable value.
   *
   * @param label a label for people ("samples/x.yaml", "dt-241", "generated #12"); not null
   * @param statement the statement; not null
   * @param asOf the day it is assessed as of; not null
   * @param related its related statements; copied
   * @param directory the directory to assess it against when it is not the one given to {@link #compare}
   *     (records saved with their own groups and roles); null for that one
   */
  public record Item(String label, LiaisonStatement statement, LocalDate asOf, List<LiaisonStatement> related,
      Directory directory) {
    /**
     * Checks the components and copies the related statements.
     *
     * @param label a label for people; not null
     * @param statement the statement; not null
     * @param asOf the day it is assessed as of; not null
     * @param related its related statements; copied
     * @param directory its own directory, or null
     * @throws NullPointerException when label, statement, asOf or related is null
     */
    public Item {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(statement, "statement");
      Objects.requireNonNull(asOf, "asOf");
      related = List.copyOf(related);
    }

    /**
     * An item assessed against the directory given to {@link #compare}.
     *
     * @param label a label for people; not null
     * @param statement the statement; not null
     * @param asOf the day it is assessed as of; not null
     * @param related its related statements; not null
     */
    public Item(String label, LiaisonStatement statement, LocalDate asOf, List<LiaisonStatement> related) {
      this(label, statement, asOf, related, null);
    }
  }

  /** The kind of answer. */
  public enum Kind {
    /** A {@link Finding}. */
    FINDING,
    /** A decision (approval, delivery, document verdict, proposal). */
    DECISION,
    /** An {@link Obligation}. */
    OBLIGATION
  }

  /**
   * Statements that gained, and that lost, one rule's answers of one kind, with examples: an
   * immutable value.
   *
   * @param ruleId the rule's catalogue ID
   * @param kind the kind of answer
   * @param gained how many statements gained an answer
   * @param gainedExamples up to {@value RuleSetDiff#EXAMPLES} of their labels; unmodifiable
   * @param lost how many statements lost one
   * @param lostExamples up to {@value RuleSetDiff#EXAMPLES} of their labels; unmodifiable
   */
  public record Change(String ruleId, Kind kind, int gained, List<String> gainedExamples, int lost,
      List<String> lostExamples) {
    /**
     * Copies the example lists.
     *
     * @param ruleId the rule's catalogue ID
     * @param kind the kind of answer
     * @param gained how many statements gained an answer
     * @param gainedExamples their labels; copied
     * @param lost how many statements lost one
     * @param lostExamples their labels; copied
     */
    public Change {
      gainedExamples = List.copyOf(gainedExamples);
      lostExamples = List.copyOf(lostExamples);
    }
  }

  /**
   * A statement whose verdict differs: ready to send under one rule set, not under the other. An
   * immutable value.
   *
   * @param label the statement's label
   * @param readyBefore ready under the baseline
   * @param readyAfter ready under the candidate
   * @param errorsBefore the baseline's ERROR findings, as text; unmodifiable
   * @param errorsAfter the candidate's ERROR findings, as text; unmodifiable
   */
  public record Flip(String label, boolean readyBefore, boolean readyAfter, List<String> errorsBefore,
      List<String> errorsAfter) {
    /**
     * Copies the lists.
     *
     * @param label the statement's label
     * @param readyBefore ready under the baseline
     * @param readyAfter ready under the candidate
     * @param errorsBefore the baseline's ERROR findings; copied
     * @param errorsAfter the candidate's ERROR findings; copied
     */
    public Flip {
      errorsBefore = List.copyOf(errorsBefore);
      errorsAfter = List.copyOf(errorsAfter);
    }
  }

  private final int statements;
  private final List<Change> changes;
  private final List<Flip> flips;

  private RuleSetDiff(int statements, List<Change> changes, List<Flip> flips) {
    this.statements = statements;
    this.changes = List.copyOf(changes);
    this.flips = List.copyOf(flips);
  }

  /**
   * Assesses every item with both rule sets and compares. Takes as long as assessing the corpus
   * twice.
   *
   * @param baseline  the rule set in use (the bundled one, when comparing an author folder); not null
   * @param candidate the changed rule set; not null
   * @param corpus    the statements; not null
   * @param directory the directory for items without their own; not null
   * @return the comparison
   * @throws io.github.liaisonproject.model.validation.InvalidStatementException when an item or the directory
   *     is malformed
   */
  public static RuleSetDiff compare(LiaisonRules baseline, LiaisonRules candidate, Collection<Item> corpus,
      Directory directory) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(directory, "directory");
    Map<String, Map<Kind, Tally>> tallies = new TreeMap<>();
    List<Flip> flips = new ArrayList<>();
    for (Item item : corpus) {
      Directory d = item.directory() != null ? item.directory() : directory;
      Assessment before = baseline.assess(item.statement(), d, item.asOf(), item.related());
      Assessment after = candidate.assess(item.statement(), d, item.asOf(), item.related());
      Map<String, Map<Kind, List<String>>> a = answers(before);
      Map<String, Map<Kind, List<String>>> b = answers(after);
      java.util.Set<String> ids = new java.util.TreeSet<>(a.keySet());
      ids.addAll(b.keySet());
      for (String id : ids) {
        for (Kind kind : Kind.values()) {
          List<String> was = a.getOrDefault(id, Map.of()).getOrDefault(kind, List.of());
          List<String> is = b.getOrDefault(id, Map.of()).getOrDefault(kind, List.of());
          boolean gained = !minus(is, was).isEmpty();
          boolean lost = !minus(was, is).isEmpty();
          if (gained || lost) {
            Tally t = tallies.computeIfAbsent(id, k -> new EnumMap<>(Kind.class)).computeIfAbsent(kind, k -> new Tally());
            if (gained) {
              t.gained++;
              if (t.gainedExamples.size() < EXAMPLES) {
                t.gainedExamples.add(item.label());
              }
            }
            if (lost) {
              t.lost++;
              if (t.lostExamples.size() < EXAMPLES) {
                t.lostExamples.add(item.label());
              }
            }
          }
        }
      }
      if (before.readyToSend() != after.readyToSend()) {
        flips.add(new Flip(item.label(), before.readyToSend(), after.readyToSend(), errors(before), errors(after)));
      }
    }
    List<Change> changes = new ArrayList<>();
    tallies.forEach((id, byKind) -> byKind.forEach((kind, t) ->
        changes.add(new Change(id, kind, t.gained, t.gainedExamples, t.lost, t.lostExamples))));
    return new RuleSetDiff(corpus.size(), changes, flips);
  }

  private static final class Tally {
    int gained;
    int lost;
    final List<String> gainedExamples = new ArrayList<>();
    final List<String> lostExamples = new ArrayList<>();
  }

  /** {@return how many statements were compared} */
  public int statements() { return statements; }

  /**
   * {@return per rule ID (sorted) and kind, the statements that gained or lost answers; rules without change
   * are left out}
   */
  public List<Change> changes() { return changes; }

  /** {@return the statements whose verdict flips, in corpus order} */
  public List<Flip> flips() { return flips; }

  /** {@return the statements that were ready under the baseline and are not under the candidate} */
  public List<Flip> nowBlocked() {
    return flips.stream().filter(f -> f.readyBefore() && !f.readyAfter()).toList();
  }

  /** {@return the statements that were not ready under the baseline and are under the candidate} */
  public List<Flip> nowReady() {
    return flips.stream().filter(f -> !f.readyBefore() && f.readyAfter()).toList();
  }

  /**
   * {@return one rule's changes}
   * @param ruleId the catalogue ID; not null
   */
  public List<Change> changes(String ruleId) {
    return changes.stream().filter(c -> c.ruleId().equals(ruleId)).toList();
  }

  /** {@return true when some statement gains or loses an answer} */
  public boolean anyChange() {
    return !changes.isEmpty() || !flips.isEmpty();
  }

  /** Every answer of an assessment, as text, by rule ID and kind. */
  static Map<String, Map<Kind, List<String>>> answers(Assessment a) {
    Map<String, Map<Kind, List<String>>> out = new HashMap<>();
    for (Finding f : a.findings()) {
      put(out, f.ruleId(), Kind.FINDING, f.severity() + " " + f.message());
    }
    for (ApprovalRequirement r : a.approval().required()) {
      List<String> addresses = r.approvers().stream().map(Approver::address).sorted().toList();
      put(out, r.citation().ruleId(), Kind.DECISION, "approval for " + r.forWhom() + " from one of " + addresses);
      r.givenBy().ifPresent(c -> put(out, c.ruleId(), Kind.DECISION, "approved for " + r.forWhom() + " by "
          + r.approvedBy().map(Approver::address).orElse("?")));
    }
    a.approval().notNeededBecause().ifPresent(c -> put(out, c.ruleId(), Kind.DECISION, "no approval needed"));
    a.delivery().to().forEach(r -> put(out, r.citation().ruleId(), Kind.DECISION, "To " + r.address()));
    a.delivery().cc().forEach(r -> put(out, r.citation().ruleId(), Kind.DECISION, "Cc " + r.address()));
    a.delivery().replyTo().forEach(r -> put(out, r.citation().ruleId(), Kind.DECISION, "Reply-To " + r.address()));
    for (TransmissionVerdict v : a.transmission()) {
      for (Citation c : v.citations()) {
        put(out, c.ruleId(), Kind.DECISION, "document " + v.document().getName() + " " + v.eligibility());
      }
    }
    for (Proposal p : a.proposals()) {
      put(out, p.citation().ruleId(), Kind.DECISION, "propose " + p.field() + " = " + p.value());
    }
    for (Obligation o : a.obligations()) {
      put(out, o.ruleId(), Kind.OBLIGATION, o.who() + ": " + o.what() + "; due " + o.dueBy()
          + (o.discharged() ? " [discharged]" : ""));
    }
    for (RuleFailure f : a.failures()) {
      put(out, f.ruleId(), Kind.FINDING, "FAILED " + f.error());
    }
    return out;
  }

  private static void put(Map<String, Map<Kind, List<String>>> out, String id, Kind kind, String answer) {
    out.computeIfAbsent(id, k -> new EnumMap<>(Kind.class)).computeIfAbsent(kind, k -> new ArrayList<>()).add(answer);
  }

  /** Multiset difference: what {@code a} has more of than {@code b}. */
  private static List<String> minus(List<String> a, List<String> b) {
    List<String> rest = new ArrayList<>(b);
    List<String> out = new ArrayList<>();
    for (String x : a) {
      if (!rest.remove(x)) {
        out.add(x);
      }
    }
    return out;
  }

  private static List<String> errors(Assessment a) {
    List<String> ids = new ArrayList<>();
    for (Finding f : a.findings(Severity.ERROR)) {
      if (!ids.contains(f.ruleId())) {
        ids.add(f.ruleId());
      }
    }
    a.failures().forEach(f -> ids.add("failed: " + f.ruleId()));
    if (a.statement().getStage() == io.github.liaisonproject.model.Stage.WITHDRAWN) {
      ids.add("withdrawn");
    }
    return ids;
  }
}
