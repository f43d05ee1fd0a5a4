package io.github.liaisonproject.bench;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.RuleInfo;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What each catalogue ID costs an assessment of the benchmark's statement (the model's outgoing
 * sample): the bytes allocated per assessment with the standard rule set, and with each ID switched
 * off in turn ({@link LiaisonRules.Builder#disable}); the difference is what the ID's rules cost,
 * their matching and firing and, for rules that derive facts (ApprovalNeed, DeliveryAddress), the
 * work of the rules that read those facts. Allocation, not time: the thread's allocation counter
 * gives the same figure to within about 0.1% from run to run, where time on a shared machine
 * drifts by more than one ID's share. Within one JVM the standard set's figure still drifts by a
 * few per cent as the JIT compiles more, so each ID is measured right after the standard set,
 * in the same state, and compared with that. Printed as one JSON object; bench/run --rule-cost writes it to
 * bench/rule-cost.json.
 */
public final class RuleCost {
  private RuleCost() {}

  private static final int WARM_UP = 5_000;
  private static final int MEASURED = 2_000;

  public static void main(String[] args) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Directory directory = Samples.directory();
    LiaisonStatement statement = Samples.statement("outgoing");
    LocalDate asOf = LocalDate.of(2026, 6, 1);
    LiaisonRules standard = LiaisonRules.standard();
    long first = bytesPerAssessment(standard, statement, directory, asOf, threads, WARM_UP);
    TreeSet<String> ids = new TreeSet<>();
    for (RuleInfo r : standard.rules()) {
      ids.add(r.id());
    }
    String text = standard.files().stream().map(f -> f.text()).reduce("", String::concat);
    List<long[]> measured = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      LiaisonRules without = LiaisonRules.builder().disable(id).build();
      long with = bytesPerAssessment(standard, statement, directory, asOf, threads, MEASURED);
      long bytes = bytesPerAssessment(without, statement, directory, asOf, threads, WARM_UP);
      long rules = text.split("@id\\(\"" + java.util.regex.Pattern.quote(id) + "\"\\)", -1).length - 1;
      names.add(id);
      measured.add(new long[] {rules, bytes, with});
    }
    long last = bytesPerAssessment(standard, statement, directory, asOf, threads, MEASURED);
    long all = (first + last) / 2;
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      long[] m = measured.get(i);
      rows.add(new String[] {names.get(i), Long.toString(m[0]), Long.toString(m[1]), Long.toString(m[2] - m[1])});
    }
    rows.sort(Comparator.comparingLong((String[] r) -> -Long.parseLong(r[3])));
    StringBuilder json = new StringBuilder();
    json.append("{\n  \"statement\": \"model sample 'outgoing'\",\n");
    json.append("  \"alloc_bytes_per_assess\": ").append(all).append(",\n");
    json.append("  \"alloc_bytes_per_assess_first_last\": [").append(first).append(", ").append(last).append("],\n");
    json.append("  \"by_id\": [\n");
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      long saved = Long.parseLong(r[3]);
      json.append(String.format(Locale.ROOT,
          "    {\"id\": \"%s\", \"rules\": %s, \"alloc_bytes_without\": %s, \"alloc_bytes_of_id\": %d, \"share\": %.3f}%s%n",
          r[0], r[1], r[2], saved, (double) saved / all, i + 1 < rows.size() ? "," : ""));
    }
    json.append("  ]\n}");
    System.out.println(json);
  }

  private static long bytesPerAssessment(LiaisonRules rules, LiaisonStatement statement, Directory directory,
      LocalDate asOf, com.sun.management.ThreadMXBean threads, int warmUp) {
    for (int i = 0; i < warmUp; i++) {
      rules.assess(statement, directory, asOf);
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < MEASURED; i++) {
      rules.assess(statement, directory, asOf);
    }
    return (threads.getCurrentThreadAllocatedBytes() - before) / MEASURED;
  }
}
