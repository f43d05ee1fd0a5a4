package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.RuleListing;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code liaison rules}: lists the active rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Lists the active rules: ID, severity, section, explanation, source file.")
final class RulesCommand implements Callable<Integer> {
  enum ListingFormat { TEXT, JSON, MARKDOWN }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or markdown (default: text)")
  ListingFormat format = ListingFormat.TEXT;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "an author folder: its *.drl files are added (a file named like a bundled one replaces it)")
  Path rules;

  @Override
  public Integer call() {
    LiaisonRules liaisonRules = Inputs.rulesOrFail(rules, null);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> out.print(RuleListing.json(liaisonRules.rules()));
      case MARKDOWN -> out.print(TerminalText.lines(RuleListing.markdown(liaisonRules.rules()), false));
      default -> out.print(TerminalText.lines(RuleListing.text(liaisonRules.rules()), false));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
