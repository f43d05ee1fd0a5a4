package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.model.validation.StatementValidator;
import io.github.liaisonproject.rules.LiaisonRules;
import java.util.List;

/**
 * Start-up in parallel: while the main thread parses the command line and reads the statement
 * files, two daemon threads start what {@code assess} needs next: the reader of statement files
 * (when one is YAML), the validator with the bundled directory, and the standard rule set. Each is a shared,
 * thread-safe singleton, so the command later finds it ready; a failure here is ignored, since the
 * command meets it again on its own thread and reports it there. Only for commands that use them.
 */
final class Warmup {
  private Warmup() {}

  static void start(String[] args) {
    List<String> a = List.of(args);
    if (a.isEmpty() || !a.get(0).equals("assess") || a.contains("-h") || a.contains("--help")) {
      return;
    }
    boolean ownDirectory = a.stream().anyMatch(x -> x.equals("--directory") || x.startsWith("--directory="));
    boolean ownRules = a.stream().anyMatch(x -> x.startsWith("--rules") || x.startsWith("--due-soon-days"));
    boolean yaml = a.stream().anyMatch(x -> x.endsWith(".yaml") || x.endsWith(".yml"));
    daemon("liaison-warmup-validator", () -> {
      if (yaml) {
        // a bundled statement read: the YAML reader's deserializers for statements are then built
        // (and shared) while the main thread is still parsing the command line
        Samples.statement("outgoing");
      }
      StatementValidator.shared();
      if (!ownDirectory) {
        Samples.directory();
      }
    });
    if (!ownRules) {
      daemon("liaison-warmup-rules", LiaisonRules::standard);
    }
  }

  private static void daemon(String name, Runnable task) {
    Thread t = new Thread(() -> {
      try {
        task.run();
      } catch (RuntimeException | LinkageError e) {
        // met again, and reported, by the command itself
      }
    }, name);
    t.setDaemon(true);
    t.start();
  }
}
