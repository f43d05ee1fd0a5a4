package io.github.liaisonproject.bench;

import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.LiaisonRules;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Measurements that need a fresh JVM each, printed as {@code key=value} for bench/run:
 * <ul>
 *   <li>{@code author}: the bundled files plus one author file compiled at run time
 *       ({@code author_compile_ms}, the build() call, first in the JVM);</li>
 *   <li>{@code heap}: the heap one compiled standard rule set retains, with its session pool warmed
 *       by one assessment ({@code retained_heap_mb}: used heap after full GCs, with it minus without,
 *       including what Drools and the generated model classes keep in static fields), and what a
 *       second one adds ({@code retained_heap_next_mb}).</li>
 * </ul>
 */
public final class Startup {
  private Startup() {}

  static final String AUTHOR_FILE = """
      package liaison.local;

      import io.github.liaisonproject.rules.vocabulary.Statement;
      import io.github.liaisonproject.rules.vocabulary.Report;

      global Report report;

      rule "Local: subjects name the group"
        @id("LOCAL-SUBJECT-GROUP") @section("§2.2") @severity("INFO")
        @explanation("A local policy: the subject of an outgoing statement names its sending group.")
      when
        $s : Statement( outgoing, subject != null, subject.length() < 12 )
      then
        report.finding(kcontext, "A short subject: name the sending group in it");
      end
      """;

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "author" -> {
        long t0 = System.nanoTime();
        LiaisonRules rules = LiaisonRules.builder().ruleFile("local.drl", AUTHOR_FILE, "local.drl").build();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (rules.rules().stream().noneMatch(r -> r.id().equals("LOCAL-SUBJECT-GROUP"))) {
          throw new IllegalStateException("the author rule is missing");
        }
        System.out.println("author_compile_ms=" + ms);
        System.out.println("jvm_uptime_ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
      }
      case "heap" -> {
        LiaisonStatement s = Samples.statement("outgoing");
        io.github.liaisonproject.model.Directory d = Samples.directory();
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        io.github.liaisonproject.model.validation.StatementValidator.shared().requireWellFormed(s);
        long none = used();
        // the first rule set: also what Drools and the generated model classes keep in static fields
        LiaisonRules first = LiaisonRules.builder().build();
        first.assess(s, d, asOf);
        long one = used();
        // a second one: what each further compiled standard rule set costs
        LiaisonRules second = LiaisonRules.builder().build();
        Assessment a = second.assess(s, d, asOf);
        long two = used();
        System.out.println("retained_heap_mb=" + mb(one - none));
        System.out.println("retained_heap_next_mb=" + mb(two - one));
        System.out.println("(" + a.findings().size() + " findings; " + first.rules().size() + " rules)");
      }
      case "assess" -> {
        // the fallback cold start: read a statement file, print its first assessment
        LiaisonStatement s = io.github.liaisonproject.model.io.LiaisonFiles.readStatement(Path.of(args[1]));
        Assessment a = LiaisonRules.standard().assess(s, Samples.directory(), LocalDate.now());
        System.out.println(a.findings());
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static String mb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
  }

  static long used() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      best = Math.min(best, rt.totalMemory() - rt.freeMemory());
    }
    return best;
  }

  static boolean exists(Path p) {
    return Files.exists(p);
  }
}
