package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.model.io.LiaisonInputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code liaison} command: assess statement files, draft replies, audit Datatracker records,
 * list and check rules. One class per subcommand; this class only wires them and maps errors to
 * exit codes (0 nothing blocking, 1 ERROR findings or failing cases, 2 bad input or usage, 3 internal
 * error, 4 a rule failed or went past the firing limit, deadline or allocation limit).
 */
@Command(name = "liaison", mixinStandardHelpOptions = true, version = "liaison 0.1.0-SNAPSHOT",
    description = "Checks IETF liaison statements against the procedure of draft-iab-rfc4053bis.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:nothing blocking", "1:ERROR findings (assess, audit), failing cases (check-rules), flips (diff-rules --fail-on-change)",
        "2:bad input or usage (the message names the file, line and field)", "3:internal error (a bug in the tool)",
        "4:a rule failed, or the rules went past their firing limit, deadline or allocation limit: the answer is incomplete"},
    footer = {"", "Run 'liaison help COMMAND' for a command's options. Example:",
        "  liaison assess liaison-examples/samples/wg-action-to-itu.yaml"})
public final class LiaisonCli implements Callable<Integer> {
  /** Exit code for a failure of the tool itself (a bug), not of its input. */
  public static final int INTERNAL_ERROR = 3;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /**
   * The command line: case-insensitive option values, dates and enum values read with messages
   * that show the expected form, short usage errors, and errors mapped to exit codes.
   */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /** The subcommands, in the order help lists them. */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

  private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
    java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    m.put("assess", AssessCommand::new);
    m.put("reply", ReplyCommand::new);
    m.put("audit", AuditCommand::new);
    m.put("datatracker", DatatrackerCommand::new);
    m.put("rules", RulesCommand::new);
    m.put("check-rules", CheckRulesCommand::new);
    m.put("diff-rules", DiffRulesCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    m.put("completion", CompletionCommand::new);
    return m;
  }

  /**
   * As {@link #commandLine()}; when the first argument names a command that needs no other
   * (everything but help and completion), only that one is built: picocli reads every command's
   * annotations up front, a good part of the tool's start-up.
   */
  static CommandLine commandLine(String firstArgument) {
    CommandLine cl = new CommandLine(new LiaisonCli());
    boolean alone = firstArgument != null && SUBCOMMANDS.containsKey(firstArgument)
        && !firstArgument.equals("help") && !firstArgument.equals("completion");
    SUBCOMMANDS.forEach((name, command) -> {
      if (!alone || name.equals(firstArgument)) {
        cl.addSubcommand(name, command.get());
      }
    });
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(java.time.LocalDate.class, UsageErrors::date);
    cl.registerConverter(AssessCommand.OutputFormat.class, UsageErrors.enumConverter(AssessCommand.OutputFormat.class));
    cl.registerConverter(RulesCommand.ListingFormat.class, UsageErrors.enumConverter(RulesCommand.ListingFormat.class));
    cl.setParameterExceptionHandler(new UsageErrors());
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (ex instanceof CliException || ex instanceof LiaisonInputException) {
        err.println(ex.getMessage());
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      err.println("liaison: internal error: " + ex + " (this is a bug in the tool; set LIAISON_DEBUG=1 for details)");
      if (System.getenv("LIAISON_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      err.flush();
      return INTERNAL_ERROR;
    });
    return cl;
  }

  /** Runs the tool with the given output streams; returns the exit code. For tests and embedding. */
  public static int run(PrintWriter out, PrintWriter rawErr, String... args) {
    CommandLine cl = commandLine(args.length > 0 ? args[0] : null);
    cl.setOut(out);
    // stderr is only ever text (errors, usage, progress): nothing from input prints raw there
    PrintWriter err = TerminalText.writer(rawErr);
    cl.setErr(err);
    int code;
    try {
      code = cl.execute(args);
    } catch (Error e) { // never exit 1 ("ERROR findings") for a crash
      err.println("liaison: internal error: " + e + " (this is a bug in the tool; set LIAISON_DEBUG=1 for details)");
      code = INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Held so that the level sticks: Hibernate Validator announces its version at INFO otherwise. */
  private static final java.util.logging.Logger VALIDATOR_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    Warmup.start(args);
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }
}
