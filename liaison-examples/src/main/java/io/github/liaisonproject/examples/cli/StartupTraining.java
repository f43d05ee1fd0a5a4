package io.github.liaisonproject.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The run the build records the start-up archive from (liaison-examples/pom.xml, execution
 * {@code liaison-cds-archive}): the commands people run most, on a bundled sample, with their output
 * discarded. Every class they load goes into {@code target/liaison.jsa}, which {@code ./liaison}
 * then maps instead of loading and verifying those classes again. Not part of the tool's interface.
 */
public final class StartupTraining {
  private StartupTraining() {}

  /** {@code StartupTraining SAMPLE-STATEMENT-FILE}. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: StartupTraining SAMPLE-STATEMENT-FILE");
      System.exit(2);
    }
    String sample = args[0];
    String[][] runs = {
        {"assess", "--as-of", "2026-03-01", sample},
        {"assess", "--format", "json", "--as-of", "2026-03-01", sample},
        {"rules"},
        {"help", "assess"},
        {"assess", "--as-of", "2026-13-01", sample}, // a usage error: the error path's classes too
    };
    for (String[] run : runs) {
      PrintWriter discard = new PrintWriter(Writer.nullWriter());
      LiaisonCli.run(discard, discard, run);
    }
  }
}
