package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.model.io.Suggestions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors in two lines instead of the whole usage: what is wrong (naming the option, the
 * expected form and the nearest valid value), then where the command's help is. Exit code 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  /** An example date for messages: the README's. */
  static final String EXAMPLE_DATE = "2026-03-01";

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println(cl.getCommandSpec().qualifiedName() + ": " + message(ex));
    err.println(seeHelp(cl.getCommandSpec()));
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  static String seeHelp(CommandSpec spec) {
    if (spec.parent() == null) {
      return "See 'liaison --help', or 'liaison help COMMAND' for a command.";
    }
    return spec.parent().parent() == null ? "See 'liaison help " + spec.name() + "'."
        : "See '" + spec.qualifiedName() + " --help'.";
  }

  /** The first line: what is wrong and how to put it right. */
  static String message(ParameterException ex) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    if (ex.getCause() instanceof TypeConversionException conversion && ex.getArgSpec() != null) {
      return name(ex.getArgSpec()) + ": " + conversion.getMessage();
    }
    if (ex instanceof UnmatchedArgumentException unmatched) {
      return unmatched(spec, unmatched);
    }
    if (ex instanceof MissingParameterException missing) {
      List<String> parts = new ArrayList<>();
      for (ArgSpec a : missing.getMissing()) {
        String description = String.join(" ", a.description());
        parts.add(name(a) + (description.isEmpty() ? "" : ": " + description));
      }
      return "missing " + String.join("; and ", parts);
    }
    String m = ex.getMessage();
    return m == null ? "bad arguments" : Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }

  private static String unmatched(CommandSpec spec, UnmatchedArgumentException ex) {
    String first = ex.getUnmatched().isEmpty() ? "" : ex.getUnmatched().get(0);
    if (first.startsWith("-")) {
      String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      List<String> names = new ArrayList<>();
      spec.options().forEach(o -> names.addAll(Arrays.asList(o.names())));
      return "unknown option '" + option + "'" + didYouMean(option, names)
          .orElse("; the options are " + spec.options().stream().filter(o -> !o.hidden())
              .map(OptionSpec::longestName).collect(Collectors.joining(", ")));
    }
    if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
      List<String> commands = new ArrayList<>(spec.subcommands().keySet());
      return "unknown command '" + first + "'" + didYouMean(first, commands)
          .orElse("; the commands are " + String.join(", ", commands));
    }
    List<String> extra = ex.getUnmatched();
    return "unexpected argument" + (extra.size() == 1 ? "" : "s") + " " + extra.stream().map(a -> "'" + a + "'")
        .collect(Collectors.joining(" ")) + "; " + spec.name() + " takes "
        + spec.positionalParameters().stream().map(PositionalParamSpec::paramLabel).collect(Collectors.joining(" "))
        + (spec.positionalParameters().isEmpty() ? "no arguments, only options" : "");
  }

  private static Optional<String> didYouMean(String wrong, List<String> known) {
    return Suggestions.nearest(wrong, known).map(s -> "; did you mean '" + s + "'?");
  }

  private static String name(ArgSpec a) {
    return a instanceof OptionSpec o ? o.longestName() : ((PositionalParamSpec) a).paramLabel();
  }

  /** YYYY-MM-DD, with a message that shows the form. */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD, e.g. " + EXAMPLE_DATE);
    }
  }

  /**
   * An enum value, case-insensitive, as the lower-case names picocli shows in help; a wrong one
   * gets the list and the nearest ("'jsn' is not one of text, json; did you mean json?").
   */
  static <E extends Enum<E>> CommandLine.ITypeConverter<E> enumConverter(Class<E> type) {
    return value -> {
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value.trim())) {
          return e;
        }
        names.add(e.name().toLowerCase(Locale.ROOT));
      }
      throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", names)
          + Suggestions.nearest(value.trim(), names).map(s -> "; did you mean " + s + "?").orElse(""));
    };
  }
}
