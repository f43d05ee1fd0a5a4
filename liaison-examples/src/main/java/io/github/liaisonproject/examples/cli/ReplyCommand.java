package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Replies;
import io.github.liaisonproject.model.io.Format;
import io.github.liaisonproject.model.io.LiaisonFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code liaison reply FILE}: prints a drafted reply to the statement in FILE, as YAML to edit. */
@Command(name = "reply", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Prints a drafted reply (YAML) to the statement in FILE, ready to edit.",
        "From and To swapped, In Response naming the original, Send To = the original's Send Reply To."})
final class ReplyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the statement to answer (.json, .yaml, .yml)")
  Path file;

  @Option(names = "--id", paramLabel = "ID", description = "which statement to answer when FILE holds a list")
  String id;

  @Option(names = "--directory", paramLabel = "FILE",
      description = "the directory of roles (default: the bundled sample directory)")
  Path directory;

  @Override
  public Integer call() {
    List<LiaisonStatement> statements = Inputs.statements(file);
    LiaisonStatement original;
    if (id != null) {
      original = statements.stream().filter(s -> s.getId().map(id::equals).orElse(false)).findFirst()
          .orElseThrow(() -> new CliException(file + ": no statement with id \"" + id + "\"; ids are "
              + statements.stream().map(s -> s.getId().orElse("(none)")).collect(Collectors.joining(", "))));
    } else if (statements.size() == 1) {
      original = statements.get(0);
    } else {
      throw new CliException(file + ": holds " + statements.size() + " statements; say which to answer with --id ("
          + statements.stream().map(s -> s.getId().orElse("(no id)")).collect(Collectors.joining(", ")) + ")");
    }
    LiaisonStatement reply = Replies.draft(original, Inputs.directory(directory));
    PrintWriter out = spec.commandLine().getOut();
    out.println("# Draft reply to " + original.getId().map(i -> "\"" + TerminalText.escape(i) + "\"").orElse("the statement")
        + " in " + TerminalText.escape(file)
        + ": fill in the body, check the contacts, then run `liaison assess` on it.");
    out.print(LiaisonFiles.write(reply, Format.YAML));
    out.flush();
    return ExitCodes.OK;
  }
}
