package io.github.liaisonproject.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code liaison completion}: prints the shell completion script picocli generates from the
 * commands' own definitions (bash; zsh after {@code autoload -U bashcompinit && bashcompinit}).
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Prints a bash/zsh completion script for liaison's commands, options and values.",
        "Load it in the current shell:   source <(./liaison completion)",
        "or for every shell:             ./liaison completion > ~/.liaison-completion.bash",
        "                                (and 'source ~/.liaison-completion.bash' in ~/.bashrc)",
        "zsh: run 'autoload -U +X bashcompinit && bashcompinit' first.",
        "The script completes the command name 'liaison': put the launcher on the PATH under that name,",
        "or alias liaison=/path/to/liaison."})
final class CompletionCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    out.flush();
    return ExitCodes.OK;
  }
}
