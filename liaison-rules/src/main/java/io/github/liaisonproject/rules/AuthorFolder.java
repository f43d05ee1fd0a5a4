package io.github.liaisonproject.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import io.github.liaisonproject.model.io.SafeFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A policy author's folder: rule files ({@code *.drl}), cases files ({@code *.cases.yaml}, run by
 * {@code check-rules}) and an optional {@code settings.yaml} that disables rules and changes
 * severities by ID. Immutable once read: the rule files and settings are read by {@link #read};
 * {@link #casesFiles()} lists the folder each time it is called. Files are read only when they are
 * regular files inside the folder, up to 1 MB each.
 */
public final class AuthorFolder {
  /** The settings file's name in an author folder: {@value}. */
  public static final String SETTINGS = "settings.yaml";

  /** The largest rule or settings file read: 1 MB (the bundled files are under 40 KB each). */
  static final long MAX_FILE_BYTES = 1024 * 1024;

  private static final Set<String> SETTINGS_KEYS = Set.of("disable", "severity", "dueSoonDays");

  private final Path folder;
  private final Map<String, String> ruleFiles; // name -> text
  private final List<String> disable;
  private final Map<String, Severity> severities;
  private final Integer dueSoonDays;

  private AuthorFolder(Path folder, Map<String, String> ruleFiles, List<String> disable,
      Map<String, Severity> severities, Integer dueSoonDays) {
    this.folder = folder;
    this.ruleFiles = ruleFiles;
    this.disable = disable;
    this.severities = severities;
    this.dueSoonDays = dueSoonDays;
  }

  /** {@return the folder as given to {@link #read}} */
  public Path folder() {
    return folder;
  }

  /** {@return the folder's rule file names ({@code *.drl}), sorted; unmodifiable} */
  public List<String> ruleFileNames() {
    return List.copyOf(ruleFiles.keySet());
  }

  /**
   * {@return the folder's cases files ({@code *.cases.yaml}), sorted, listed anew on each call}
   * @throws RuleSetException when the folder cannot be listed, or a cases file is not a regular file inside
   *     it
   */
  public List<Path> casesFiles() {
    try (Stream<Path> s = Files.list(folder)) {
      List<Path> found = new ArrayList<>();
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".cases.yaml")).sorted().toList()) {
        try {
          SafeFiles.requireInside(folder, p);
          SafeFiles.requireRegular(p);
        } catch (IOException e) {
          throw new RuleSetException(List.of(new RuleProblem(p.toString(), 0, 0, "refused: " + e.getMessage())));
        }
        found.add(p);
      }
      return found;
    } catch (IOException e) {
      throw new RuleSetException(List.of(new RuleProblem(folder.toString(), 0, 0, "cannot list the folder: " + e.getMessage())));
    }
  }

  /**
   * Reads a folder: its rule files and settings, checked for every problem at once.
   *
   * @param folder the folder; not null
   * @return the folder's content
   * @throws RuleSetException when it is not a readable folder, a file cannot be read safely, or its settings
   *     are wrong (each problem with its line)
   */
  public static AuthorFolder read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new RuleSetException(List.of(new RuleProblem(folder.toString(), 0, 0,
          "not a folder: give the folder that holds your .drl files")));
    }
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
        try {
          // only regular files inside the folder, read through a bounded stream
          SafeFiles.requireInside(folder, p);
          files.put(p.getFileName().toString(), new String(SafeFiles.read(p, MAX_FILE_BYTES), StandardCharsets.UTF_8));
        } catch (SafeFiles.UnsafeFileException e) {
          problems.add(new RuleProblem(p.toString(), 0, 0, "refused: " + e.getMessage()));
        } catch (IOException e) {
          problems.add(new RuleProblem(p.toString(), 0, 0, "cannot read: " + e.getMessage()));
        }
      }
    } catch (IOException e) {
      problems.add(new RuleProblem(folder.toString(), 0, 0, "cannot list the folder: " + e.getMessage()));
    }
    List<String> disable = new ArrayList<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    Integer dueSoon = null;
    Path settings = folder.resolve(SETTINGS);
    String[] settingsLines = new String[0];
    if (Files.exists(settings) || Files.isSymbolicLink(settings)) {
      String where = settings.toString();
      try {
        SafeFiles.requireInside(folder, settings);
        String settingsText = new String(SafeFiles.read(settings, MAX_FILE_BYTES), StandardCharsets.UTF_8);
        settingsLines = settingsText.split("\\R", -1);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root = yaml.readTree(settingsText);
        if (root != null && !root.isNull() && !root.isMissingNode()) {
          if (!root.isObject()) {
            problems.add(new RuleProblem(where, 1, 1, "settings must be a map with disable, severity and dueSoonDays"));
          } else {
            for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
              String key = it.next();
              if (!SETTINGS_KEYS.contains(key)) {
                problems.add(new RuleProblem(where, lineOf(settingsLines, key), 1, "unknown setting \"" + key
                    + "\"; use disable, severity or dueSoonDays"));
              }
            }
            JsonNode d = root.get("disable");
            if (d != null) {
              if (!d.isArray()) {
                problems.add(new RuleProblem(where, lineOf(settingsLines, "disable"), 1, "disable must be a list of rule IDs"));
              } else {
                d.forEach(id -> disable.add(id.asText()));
              }
            }
            JsonNode sev = root.get("severity");
            if (sev != null) {
              if (!sev.isObject()) {
                problems.add(new RuleProblem(where, lineOf(settingsLines, "severity"), 1,
                    "severity must map rule IDs to ERROR, WARNING or INFO"));
              } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = sev.properties().iterator(); it.hasNext();) {
                  Map.Entry<String, JsonNode> e = it.next();
                  try {
                    severities.put(e.getKey(), Severity.valueOf(e.getValue().asText().trim().toUpperCase(Locale.ROOT)));
                  } catch (IllegalArgumentException x) {
                    problems.add(new RuleProblem(where, lineOf(settingsLines, e.getKey()), 1, "severity of " + e.getKey()
                        + " is \"" + e.getValue().asText() + "\"; use ERROR, WARNING or INFO"));
                  }
                }
              }
            }
            JsonNode days = root.get("dueSoonDays");
            if (days != null) {
              if (!days.canConvertToInt() || days.asInt() < 0 || !days.isIntegralNumber()) {
                problems.add(new RuleProblem(where, lineOf(settingsLines, "dueSoonDays"), 1,
                    "dueSoonDays must be a whole number of days, 0 or more"));
              } else {
                dueSoon = days.asInt();
              }
            }
          }
        }
      } catch (JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        problems.add(new RuleProblem(where, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
            "not valid YAML: " + e.getOriginalMessage()));
      } catch (SafeFiles.UnsafeFileException e) {
        problems.add(new RuleProblem(where, 0, 0, "refused: " + e.getMessage()));
      } catch (IOException e) {
        problems.add(new RuleProblem(where, 0, 0, "cannot read: " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new AuthorFolder(folder, files, disable, severities, dueSoon);
  }

  void applyTo(LiaisonRules.Builder builder) {
    ruleFiles.forEach((name, text) -> builder.ruleFile(name, text, folder.resolve(name).toString()));
    disable.forEach(builder::disable);
    severities.forEach(builder::severity);
    if (dueSoonDays != null) {
      builder.dueSoonDays(dueSoonDays);
    }
  }

  private static int lineOf(String[] lines, String key) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].matches("^\\s*(-\\s*)?\"?" + java.util.regex.Pattern.quote(key) + "\"?\\s*:.*")) {
        return i + 1;
      }
    }
    return 0;
  }
}
