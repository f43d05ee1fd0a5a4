package io.github.liaisonproject.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.liaisonproject.examples.audit.AuditInput;
import io.github.liaisonproject.examples.audit.DatatrackerMapper;
import io.github.liaisonproject.examples.audit.DatatrackerRecords;
import io.github.liaisonproject.examples.audit.MappedRecord;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.io.LiaisonInputException;
import io.github.liaisonproject.rules.RuleSetDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The statements {@code diff-rules} compares on, from what the command line names:
 * <ul>
 *   <li>a statement file (JSON or YAML, one statement or a list), assessed as of {@code --as-of};
 *   <li>a JSON array of Datatracker records (the shape {@code liaison audit} reads), each mapped
 *       and assessed as of its own submission date;
 *   <li>a folder of responses saved from the Datatracker's API ({@code liaison datatracker fetch}),
 *       read as {@code liaison audit} reads it, each record assessed as of its own date;
 *   <li>any other folder: every {@code .json}, {@code .yaml} and {@code .yml} file in it and below,
 *       each read as one of the above, and its sub-folders likewise;
 *   <li>{@code generated:N[:SEED]} ({@link GeneratedCorpus}).
 * </ul>
 * Statements from files are related by id to each other, as {@code liaison assess} relates the
 * files it is given; records are related within their file, as {@code liaison audit} does.
 */
final class Corpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpus() {}

  static List<RuleSetDiff.Item> read(List<String> specs, Directory directory, LocalDate asOf) {
    return read(specs, directory, false, asOf);
  }

  /**
   * @param givenDirectory true when {@code directory} was given on the command line: a folder of
   *     API responses is then assessed against it, else against the groups and roles saved with it
   */
  static List<RuleSetDiff.Item> read(List<String> specs, Directory directory, boolean givenDirectory, LocalDate asOf) {
    List<RuleSetDiff.Item> items = new ArrayList<>();
    List<LiaisonStatement> fromFiles = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (String spec : specs) {
      if (GeneratedCorpus.matches(spec)) {
        items.addAll(GeneratedCorpus.read(spec, directory));
        continue;
      }
      Path path = Path.of(spec);
      if (!Files.exists(path)) {
        throw new CliException(spec + ": no such file or folder (a CORPUS is a statement file, a folder, a file of "
            + "Datatracker records, or generated:N[:SEED])");
      }
      if (Files.isDirectory(path)) {
        readFolder(path, directory, givenDirectory, items, fromFiles, labels);
      } else {
        readFile(path, directory, items, fromFiles, labels);
      }
    }
    for (int i = 0; i < fromFiles.size(); i++) {
      LiaisonStatement s = fromFiles.get(i);
      items.add(new RuleSetDiff.Item(labels.get(i), s, asOf, Relations.relatedInBatch(s, fromFiles)));
    }
    if (items.isEmpty()) {
      throw new CliException(String.join(" ", specs) + ": no statements found (looked for .json, .yaml and .yml files)");
    }
    return items;
  }

  /** A folder: a folder of saved API responses as a whole, else its files and sub-folders in name order. */
  private static void readFolder(Path folder, Directory directory, boolean givenDirectory, List<RuleSetDiff.Item> items,
      List<LiaisonStatement> fromFiles, List<String> labels) {
    if (isDatatrackerApiFolder(folder)) {
      apiFolder(folder, directory, givenDirectory, items);
      return;
    }
    List<Path> children;
    try (Stream<Path> s = Files.list(folder)) {
      children = s.sorted().toList();
    } catch (IOException e) {
      throw new CliException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
    }
    for (Path p : children) {
      String n = p.getFileName().toString();
      if (Files.isDirectory(p)) {
        readFolder(p, directory, givenDirectory, items, fromFiles, labels);
      } else if (Files.isRegularFile(p) && (n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml"))) {
        readFile(p, directory, items, fromFiles, labels);
      }
    }
  }

  private static void readFile(Path file, Directory directory, List<RuleSetDiff.Item> items,
      List<LiaisonStatement> fromFiles, List<String> labels) {
    JsonNode root = file.getFileName().toString().endsWith(".json") ? jsonRoot(file) : null;
    if (root != null && root.isObject() && root.has("objects")) {
      throw new CliException(file + ": a page of the Datatracker's API; give the folder of saved pages instead");
    }
    if (root != null && root.isArray() && root.size() > 0 && root.get(0).isObject()
        && (root.get(0).has("from_groups") || root.get(0).has("title"))) {
      records(file, directory, items);
      return;
    }
    List<LiaisonStatement> statements = Inputs.statements(file);
    for (int i = 0; i < statements.size(); i++) {
      LiaisonStatement s = statements.get(i);
      fromFiles.add(s);
      labels.add(file + (statements.size() > 1 ? " #" + (i + 1) : "") + s.getId().map(id -> " [" + id + "]").orElse(""));
    }
  }

  private static JsonNode jsonRoot(Path file) {
    try {
      return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return null; // not JSON the records reader would take: the statement reader says what is wrong
    }
  }

  /** A JSON array of Datatracker records: mapped as {@code liaison audit} maps them; unmappable records are left out. */
  private static void records(Path file, Directory directory, List<RuleSetDiff.Item> items) {
    List<JsonNode> records;
    try {
      records = DatatrackerRecords.read(file);
    } catch (LiaisonInputException e) {
      throw new CliException(e.getMessage(), e);
    }
    List<MappedRecord> mapped = new DatatrackerMapper(directory, LocalDate.now()).mapAll(records);
    List<LiaisonStatement> batch = new ArrayList<>();
    mapped.forEach(r -> r.statement().ifPresent(batch::add));
    for (MappedRecord r : mapped) {
      r.statement().ifPresent(s -> items.add(new RuleSetDiff.Item(file.getFileName() + " " + r.id(), s, r.asOf(),
          Relations.relatedInBatch(s, batch))));
    }
  }

  // ---- saved Datatracker API responses ------------------------------------------------------

  /**
   * True for a folder of responses saved from the Datatracker's API (what {@code liaison
   * datatracker fetch} writes): a JSON file in it whose top level has {@code objects} (a list or
   * set page) or {@code resource_uri} (a single object).
   */
  static boolean isDatatrackerApiFolder(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().limit(5)
          .anyMatch(p -> {
            JsonNode root = jsonRoot(p);
            return root != null && root.isObject() && (root.has("objects") || root.has("resource_uri"));
          });
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A folder of saved API responses, read and mapped as {@code liaison audit} reads it
   * ({@link AuditInput}); each record is assessed as of its own date, against the directory given
   * on the command line or else the one built from the folder's saved groups and roles.
   */
  private static void apiFolder(Path folder, Directory directory, boolean givenDirectory, List<RuleSetDiff.Item> items) {
    AuditInput in;
    try {
      in = AuditInput.read(folder, givenDirectory ? Optional.of(directory) : Optional.empty(), "--directory",
          LocalDate.now());
    } catch (LiaisonInputException e) {
      throw new CliException(e.getMessage(), e);
    }
    List<LiaisonStatement> batch = new ArrayList<>();
    in.records().forEach(r -> r.statement().ifPresent(batch::add));
    for (MappedRecord r : in.records()) {
      r.statement().ifPresent(s -> items.add(new RuleSetDiff.Item(folder + " " + r.id(), s, r.asOf(),
          Relations.relatedInBatch(s, batch), in.directory())));
    }
  }
}
