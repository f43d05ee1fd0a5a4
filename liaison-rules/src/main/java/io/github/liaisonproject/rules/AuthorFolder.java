package io.github.liaisonproject.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
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
 * severities by ID.
 */
public final class AuthorFolder {
  /** The settings file's name in an author folder. */
  public static final String SETTINGS = "settings.yaml";

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

  public Path folder() {
    return folder;
  }

  /** The folder's rule file names, sorted. */
  public List<String> ruleFileNames() {
    return List.copyOf(ruleFiles.keySet());
  }

  /** The folder's cases files, sorted. */
  public List<Path> casesFiles() {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".cases.yaml")).sorted().toList();
    } catch (IOException e) {
      throw new RuleSetException(List.of(new RuleProblem(folder.toString(), 0, 0, "cannot list the folder: " + e.getMessage())));
    }
  }

  /**
   * Reads a folder.
   *
   * @throws RuleSetException when it is not a readable folder, or its settings are wrong
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
          files.put(p.getFileName().toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
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
    if (Files.exists(settings)) {
      String where = settings.toString();
      try {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root = yaml.readTree(Files.readString(settings, StandardCharsets.UTF_8));
        if (root != null && !root.isNull() && !root.isMissingNode()) {
          if (!root.isObject()) {
            problems.add(new RuleProblem(where, 1, 1, "settings must be a map with disable, severity and dueSoonDays"));
          } else {
            for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
              String key = it.next();
              if (!SETTINGS_KEYS.contains(key)) {
                problems.add(new RuleProblem(where, lineOf(settings, key), 1, "unknown setting \"" + key
                    + "\"; use disable, severity or dueSoonDays"));
              }
            }
            JsonNode d = root.get("disable");
            if (d != null) {
              if (!d.isArray()) {
                problems.add(new RuleProblem(where, lineOf(settings, "disable"), 1, "disable must be a list of rule IDs"));
              } else {
                d.forEach(id -> disable.add(id.asText()));
              }
            }
            JsonNode sev = root.get("severity");
            if (sev != null) {
              if (!sev.isObject()) {
                problems.add(new RuleProblem(where, lineOf(settings, "severity"), 1,
                    "severity must map rule IDs to ERROR, WARNING or INFO"));
              } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = sev.properties().iterator(); it.hasNext();) {
                  Map.Entry<String, JsonNode> e = it.next();
                  try {
                    severities.put(e.getKey(), Severity.valueOf(e.getValue().asText().trim().toUpperCase(Locale.ROOT)));
                  } catch (IllegalArgumentException x) {
                    problems.add(new RuleProblem(where, lineOf(settings, e.getKey()), 1, "severity of " + e.getKey()
                        + " is \"" + e.getValue().asText() + "\"; use ERROR, WARNING or INFO"));
                  }
                }
              }
            }
            JsonNode days = root.get("dueSoonDays");
            if (days != null) {
              if (!days.canConvertToInt() || days.asInt() < 0 || !days.isIntegralNumber()) {
                problems.add(new RuleProblem(where, lineOf(settings, "dueSoonDays"), 1,
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

  private static int lineOf(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).matches("^\\s*(-\\s*)?\"?" + java.util.regex.Pattern.quote(key) + "\"?\\s*:.*")) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }
}
