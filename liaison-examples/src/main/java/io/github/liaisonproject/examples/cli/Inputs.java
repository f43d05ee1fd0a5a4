package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.io.LiaisonFiles;
import io.github.liaisonproject.model.io.LiaisonInputException;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.model.validation.InvalidStatementException;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.RuleProblem;
import io.github.liaisonproject.rules.RuleSetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reading what the commands are given, each failure turned into a {@link CliException} naming the file. */
final class Inputs {
  private Inputs() {}

  /** The statements of a file (one statement or a list). */
  static List<LiaisonStatement> statements(Path file) {
    requireFile(file, "statement file");
    try {
      return LiaisonFiles.readStatements(file);
    } catch (LiaisonInputException e) {
      throw new CliException(e.getMessage(), e);
    }
  }

  /** The directory in the file, or the bundled sample directory when none is given. */
  static Directory directory(Path file) {
    if (file == null) {
      return Samples.directory();
    }
    requireFile(file, "directory file");
    try {
      return LiaisonFiles.readDirectory(file);
    } catch (LiaisonInputException e) {
      throw new CliException(e.getMessage(), e);
    }
  }

  static void requireFile(Path file, String what) {
    if (!Files.exists(file)) {
      throw new CliException(file + ": no such file (the " + what + " given)");
    }
    if (Files.isDirectory(file)) {
      throw new CliException(file + ": is a directory, not a " + what);
    }
  }

  static void requireFolder(Path dir, String what) {
    if (!Files.exists(dir)) {
      throw new CliException(dir + ": no such directory (the " + what + " given)");
    }
    if (!Files.isDirectory(dir)) {
      throw new CliException(dir + ": is a file, not a directory (the " + what + " given)");
    }
  }

  /** The files in a folder whose names end with the suffix, sorted by name. */
  static List<Path> filesEndingWith(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new CliException(dir + ": cannot list the directory (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The rule set: the standard one, or the bundled files with an author folder's {@code *.drl}
   * added (a file named like a bundled one replaces it) and its {@code settings.yaml} applied.
   *
   * @throws RuleSetException when the files do not compile; callers report its problems
   */
  static LiaisonRules rules(Path authorFolder, Integer dueSoonDays) {
    if (authorFolder == null && dueSoonDays == null) {
      return LiaisonRules.standard();
    }
    LiaisonRules.Builder builder = LiaisonRules.builder();
    if (dueSoonDays != null) {
      if (dueSoonDays < 0) {
        throw new CliException("--due-soon-days must be 0 or more, was " + dueSoonDays);
      }
      builder.dueSoonDays(dueSoonDays);
    }
    if (authorFolder != null) {
      requireFolder(authorFolder, "rules folder");
      // settings.yaml first, so that a wrong ID or severity is reported at its line with the nearest
      // valid one rather than by the library's plainer message.
      List<RuleProblem> settings = SettingsCheck.check(authorFolder);
      if (!settings.isEmpty()) {
        throw new RuleSetException(settings);
      }
      // *.drl files replace or add rules; settings.yaml disables rules and changes severities by ID.
      builder.authorFolder(authorFolder);
    }
    return builder.build();
  }

  /** Rules for commands that only use them: compile problems become a {@link CliException}. */
  static LiaisonRules rulesOrFail(Path authorFolder, Integer dueSoonDays) {
    try {
      return rules(authorFolder, dueSoonDays);
    } catch (RuleSetException e) {
      throw new CliException(problems(e), e);
    }
  }

  static String problems(RuleSetException e) {
    List<String> lines = new ArrayList<>();
    for (RuleProblem p : e.problems()) {
      lines.add(p.toString());
    }
    return String.join("\n", lines);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read the file (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + ")", e);
    }
  }

  /** Invalid statement or directory content found late (by the rules' own validation). */
  static CliException invalid(String source, InvalidStatementException e) {
    return new CliException(source + ": " + e.getMessage(), e);
  }
}
