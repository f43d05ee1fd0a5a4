package io.github.liaisonproject.examples.audit;

import io.github.liaisonproject.examples.cli.Relations;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.Finding;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Assesses mapped records together: each as of its own submission date, with the records it
 * answers and those answering it (so a reply discharges its original's response).
 */
public final class Audit {
  /** One record's outcome: its assessment, or why there is none. */
  public record Entry(MappedRecord record, Optional<Assessment> assessment, Optional<String> failure) {
    public boolean ready() {
      return assessment.map(Assessment::readyToSend).orElse(false);
    }

    public int count(Severity severity) {
      return assessment.map(a -> a.findings(severity).size()).orElse(0);
    }
  }

  private Audit() {}

  public static List<Entry> run(List<MappedRecord> records, LiaisonRules rules, Directory directory) {
    List<LiaisonStatement> batch = new ArrayList<>();
    records.forEach(r -> r.statement().ifPresent(batch::add));
    List<Entry> out = new ArrayList<>();
    for (MappedRecord r : records) {
      if (r.statement().isEmpty()) {
        out.add(new Entry(r, Optional.empty(), r.unmappable()));
        continue;
      }
      LiaisonStatement s = r.statement().get();
      try {
        Assessment a = rules.assess(s, directory, r.asOf(), Relations.relatedInBatch(s, batch));
        out.add(new Entry(r, Optional.of(a), Optional.empty()));
      } catch (RuntimeException e) {
        out.add(new Entry(r, Optional.empty(), Optional.of("cannot assess: " + e.getMessage())));
      }
    }
    return out;
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

  /** Statement counts by "DIRECTION purpose". */
  public static Map<String, Integer> byDirectionAndPurpose(List<Entry> entries) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Entry e : entries) {
      e.record().statement().ifPresent(s -> counts.merge(s.getDirection() + " "
          + s.getPurpose().map(Object::toString).orElse("(no purpose)"), 1, Integer::sum));
    }
    return counts;
  }
}
