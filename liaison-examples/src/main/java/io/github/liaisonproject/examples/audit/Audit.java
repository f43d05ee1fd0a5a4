package io.github.liaisonproject.examples.audit;

import io.github.liaisonproject.examples.cli.Relations;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.Known;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.Stage;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.Finding;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Assesses mapped records together, all as of one day (what is open now: what is overdue), with
 * the records they answer and those answering them (so a reply discharges its original's
 * response), and names each record's standing in words that fit it: an outgoing record is
 * pending approval, approved, sent or conformant; an incoming one recorded, distributed, answered
 * or open. "Ready to send" is for statements being prepared, never for a record.
 */
public final class Audit {
  /** One record's outcome: its assessment, or why there is none. */
  public record Entry(MappedRecord record, Optional<Assessment> assessment, Optional<String> failure, String verdict) {
    public int count(Severity severity) {
      return assessment.map(a -> a.findings(severity).size()).orElse(0);
    }

    /** ERROR and WARNING findings: what a liaison manager would have to look at. */
    public int problems() {
      return count(Severity.ERROR) + count(Severity.WARNING);
    }

    /** The year of the record's date (submitted, else sent or received), or "unknown". */
    public String year() {
      return record.statement().flatMap(s -> s.getSubmitted().or(s::getSent).or(s::getReceived))
          .map(d -> String.valueOf(d.getYear())).orElse("unknown");
    }
  }

  private Audit() {}

  public static List<Entry> run(List<MappedRecord> records, LiaisonRules rules, Directory directory, LocalDate asOf) {
    List<LiaisonStatement> batch = new ArrayList<>();
    records.forEach(r -> r.statement().ifPresent(batch::add));
    List<Entry> out = new ArrayList<>();
    for (MappedRecord r : records) {
      if (r.statement().isEmpty()) {
        out.add(new Entry(r, Optional.empty(), r.unmappable(), "not mapped"));
        continue;
      }
      LiaisonStatement s = r.statement().get();
      try {
        List<LiaisonStatement> related = Relations.relatedInBatch(s, batch);
        Assessment a = rules.assess(s, directory, asOf, related);
        out.add(new Entry(r, Optional.of(a), Optional.empty(), verdict(s, a, batch, asOf)));
      } catch (RuntimeException e) {
        out.add(new Entry(r, Optional.empty(), Optional.of("cannot assess: " + e.getMessage()), "not assessed"));
      }
    }
    return out;
  }

  /**
   * The record's standing. Outgoing: withdrawn, draft, pending approval, approved (not yet
   * posted), sent, or conformant (sent, and no ERROR or WARNING finding). Incoming: withdrawn,
   * answered (a reply names it, or the record says the originator was informed or the action
   * taken), open (it asks for action by a deadline and nothing shows it answered; "overdue" once
   * the deadline has passed), distributed, recorded, or received (not recorded). A record whose
   * stage is unknown says so.
   */
  static String verdict(LiaisonStatement s, Assessment a, List<LiaisonStatement> batch, LocalDate asOf) {
    String unknownStage = s.isStageUnknown() ? " (state not shown)" : "";
    if (s.getStage() == Stage.WITHDRAWN) {
      return "withdrawn";
    }
    if (s.isOutgoing()) {
      switch (s.getStage()) {
        case DRAFT:
          return "draft";
        case PENDING_APPROVAL:
          return s.getRecordedApproval().map(x -> x.getApproved() == Known.YES).orElse(false) ? "approved" : "pending approval";
        default:
          boolean clean = a.findings(Severity.ERROR).isEmpty() && a.findings(Severity.WARNING).isEmpty();
          return (clean ? "conformant" : "sent") + unknownStage;
      }
    }
    boolean answered = s.getId().map(id -> batch.stream().anyMatch(o -> o.getRespondsTo().contains(id))).orElse(false)
        || s.getFollowUp().getEffectiveOriginatorInformed() == Known.YES || s.getFollowUp().isActionTaken()
        || s.getFollowUp().isDecidedNotToRespond();
    if (answered) {
      return "answered" + unknownStage;
    }
    if (asksForAction(s)) {
      boolean overdue = s.getDeadline().map(d -> d.isBefore(asOf)).orElse(false);
      return (overdue ? "open, overdue since " + s.getDeadline().get() : "open") + unknownStage;
    }
    if (s.getFollowUp().getDistributed() == Known.YES) {
      return "distributed" + unknownStage;
    }
    return (s.isRecorded() ? "recorded" : "received, not recorded") + unknownStage;
  }

  /** For Action, or the legacy For Comment with a deadline (revision 2's effective purpose). */
  static boolean asksForAction(LiaisonStatement s) {
    Optional<Purpose> p = s.getPurpose();
    return p.isPresent() && (p.get() == Purpose.FOR_ACTION || (p.get() == Purpose.FOR_COMMENT && s.getDeadline().isPresent()));
  }

  /** Finding counts by rule ID, sorted by ID. */
  public static Map<String, Integer> findingsByRule(List<Entry> entries) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Entry e : entries) {
      e.assessment().ifPresent(a -> {
        for (Finding f : a.findings()) {
          counts.merge(f.ruleId(), 1, Integer::sum);
        }
      });
    }
    return counts;
  }

  /** Finding counts by rule ID and severity ("ERROR APPROVAL-MISSING"), sorted. */
  public static Map<String, Integer> findingsByRuleAndSeverity(List<Entry> entries) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Entry e : entries) {
      e.assessment().ifPresent(a -> a.findings().forEach(f -> counts.merge(f.ruleId() + " " + f.severity(), 1, Integer::sum)));
    }
    return counts;
  }

  /** Per year: records, ERROR and WARNING findings. */
  public static Map<String, int[]> byYear(List<Entry> entries) {
    Map<String, int[]> out = new TreeMap<>();
    for (Entry e : entries) {
      int[] c = out.computeIfAbsent(e.year(), k -> new int[3]);
      c[0]++;
      c[1] += e.count(Severity.ERROR);
      c[2] += e.count(Severity.WARNING);
    }
    return out;
  }

  /** Records by verdict word ("sent", "open"), the overdue ones counted under "open, overdue". */
  public static Map<String, Integer> byVerdict(List<Entry> entries) {
    Map<String, Integer> out = new TreeMap<>();
    for (Entry e : entries) {
      String v = e.verdict().startsWith("open, overdue") ? "open, overdue" : e.verdict().replace(" (state not shown)", "");
      out.merge((e.record().statement().map(LiaisonStatement::isOutgoing).orElse(false) ? "outgoing " : "incoming ") + v, 1,
          Integer::sum);
    }
    return out;
  }

  /** Statement counts by "DIRECTION purpose". */
  public static Map<String, Integer> byDirectionAndPurpose(List<Entry> entries) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Entry e : entries) {
      e.record().statement().ifPresent(s -> counts.merge(s.getDirection() + " "
          + s.getPurpose().map(Object::toString).orElse("(no purpose)"), 1, Integer::sum));
    }
    return counts;
  }

  /** The median of the records' ERROR+WARNING counts (assessed records only). */
  public static double medianProblems(List<Entry> entries) {
    List<Integer> counts = entries.stream().filter(e -> e.assessment().isPresent()).map(Entry::problems).sorted().toList();
    if (counts.isEmpty()) {
      return 0;
    }
    int n = counts.size();
    return n % 2 == 1 ? counts.get(n / 2) : (counts.get(n / 2 - 1) + counts.get(n / 2)) / 2.0;
  }
}
