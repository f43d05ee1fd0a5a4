package io.github.liaisonproject.rules;

/**
 * How long the reliability tests run. The default (CI) mode is lean; the nightly mode runs the
 * full counts:
 *
 * <pre>
 * mvn -o verify -Dliaison.nightly=true                 # long mode: 100,000+ fuzz cases and assessments
 * mvn -o verify -Dliaison.seed=1234                    # replay the laws and stress tests with this seed
 * mvn -o verify -Dliaison.fuzz.seed=1234               # replay the file fuzz test with this seed
 * </pre>
 *
 * Every test prints the seed it used to the test output (target/surefire-reports/*-output.txt).
 */
final class TestMode {
  private TestMode() {}

  /** {@code -Dliaison.nightly=true}. */
  static boolean nightly() {
    return Boolean.getBoolean("liaison.nightly");
  }

  /** The count for this mode. */
  static int count(int ci, int nightly) {
    return nightly() ? nightly : ci;
  }

  /** The seed given by {@code -D<property>=...}, else a fresh one; printed either way. */
  static long seed(String property, String test) {
    Long given = Long.getLong(property);
    long seed = given != null ? given : System.nanoTime() ^ Double.doubleToLongBits(Math.random());
    System.out.println(test + ": seed " + seed + " (replay with -D" + property + "=" + seed + ")"
        + (nightly() ? " [nightly]" : ""));
    return seed;
  }
}
