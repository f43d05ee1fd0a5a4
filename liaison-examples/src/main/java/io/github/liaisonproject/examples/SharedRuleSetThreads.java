package io.github.liaisonproject.examples;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.LiaisonRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** One compiled rule set shared by several threads: build it once, assess concurrently, same answers. */
public final class SharedRuleSetThreads {
  private SharedRuleSetThreads() {}

  public static void main(String[] args) throws Exception {
    LiaisonRules rules = LiaisonRules.standard(); // compiled once, immutable, thread-safe
    Directory directory = Samples.directory();
    LocalDate asOf = LocalDate.of(2026, 6, 1);
    List<LiaisonStatement> statements = List.of(
        LiaisonStatement.builder().addFrom(Body.workingGroup("quic")).addTo(Body.organization("3GPP"))
            .purpose(Purpose.FOR_INFORMATION).subject("QUIC news").build(),
        LiaisonStatement.builder().addFrom(Body.iab()).addFromContacts("iab@iab.org")
            .addTo(Body.externalGroup("ITU-T", "Study Group 15")).addToContacts("tsbsg15@itu.int")
            .purpose(Purpose.FOR_INFORMATION).subject("Managers").body("text").build());
    List<Assessment> expected = statements.stream().map(s -> rules.assess(s, directory, asOf)).toList();

    int threads = 3;
    int rounds = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < statements.size(); k++) {
              if (!rules.assess(statements.get(k), directory, asOf).equals(expected.get(k))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      boolean allEqual = true;
      for (Future<Boolean> f : results) {
        allEqual &= f.get();
      }
      System.out.println(threads + " threads x " + rounds * statements.size() + " assessments: "
          + (allEqual ? "every answer equals the single-threaded one" : "ANSWERS DIFFER"));
    } finally {
      pool.shutdown();
    }
  }
}
