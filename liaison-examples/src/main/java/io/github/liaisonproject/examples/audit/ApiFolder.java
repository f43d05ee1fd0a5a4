package io.github.liaisonproject.examples.audit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.liaisonproject.model.io.LiaisonInputException;
import io.github.liaisonproject.model.io.LiaisonInputException.Problem;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of saved Datatracker API responses (spec/datatracker-api.md), read as it is: any mix of
 * list pages ({@code meta} + {@code objects}), {@code set/} responses ({@code objects}) and single
 * objects, in any file names ending in {@code .json}. Each object's type comes from its
 * {@code resource_uri}; objects are merged and de-duplicated by it (the first saved copy wins).
 * A file that is not such a response is bad input naming the file and field; what the objects
 * say is the mapping's business.
 */
public final class ApiFolder {
  /** The API's path prefix; references are paths below it. */
  public static final String API_PREFIX = "/api/v1/";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION, StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200)
        .maxStringLength(10_000_000).build());
  }

  private final Map<String, Map<String, JsonNode>> byType = new LinkedHashMap<>();
  private final Map<String, String> sourceOf = new LinkedHashMap<>();
  private int files;
  private int duplicates;

  private ApiFolder() {}

  public static ApiFolder read(Path dir) throws LiaisonInputException {
    if (!Files.isDirectory(dir)) {
      throw new LiaisonInputException(new Problem(dir.toString(), 0, 0, "", "not a folder of saved API responses"), null);
    }
    List<Path> jsonFiles;
    try (Stream<Path> s = Files.list(dir)) {
      jsonFiles = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new LiaisonInputException(new Problem(dir.toString(), 0, 0, "", "cannot list the folder (" + e.getMessage() + ")"), e);
    }
    if (jsonFiles.isEmpty()) {
      throw new LiaisonInputException(new Problem(dir.toString(), 0, 0, "",
          "holds no .json file; save the Datatracker's responses there with `liaison datatracker fetch --out "
              + dir + "`"), null);
    }
    ApiFolder folder = new ApiFolder();
    for (Path f : jsonFiles) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new LiaisonInputException(new Problem(f.toString(), 0, 0, "", "cannot read the file ("
            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"), e);
      }
      folder.add(text, f.toString());
    }
    return folder;
  }

  /** Reads one saved response (for tests and for the fetch command's own pages). */
  public static ApiFolder of(Map<String, String> responsesBySource) throws LiaisonInputException {
    ApiFolder folder = new ApiFolder();
    for (Map.Entry<String, String> e : responsesBySource.entrySet()) {
      folder.add(e.getValue(), e.getKey());
    }
    return folder;
  }

  /** Parses one response: a list page, a set response or a single object. */
  public static JsonNode parse(String text, String source) throws LiaisonInputException {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.isBlank()) {
      throw new LiaisonInputException(new Problem(source, 1, 1, "", "the file is empty; it must hold one API response"), null);
    }
    try {
      return JSON.readTree(t);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new LiaisonInputException(new Problem(source, loc == null ? 0 : Math.max(loc.getLineNr(), 0),
          loc == null ? 0 : Math.max(loc.getColumnNr(), 0), "", "not valid JSON: " + e.getOriginalMessage()), e);
    }
  }

  private void add(String text, String source) throws LiaisonInputException {
    JsonNode root = parse(text, source);
    files++;
    if (root.isArray()) {
      throw new LiaisonInputException(new Problem(source, 1, 1, "", "a JSON array is the older record shape, not an API "
          + "response: give that file to `liaison audit FILE` on its own"), null);
    }
    if (!root.isObject()) {
      throw new LiaisonInputException(new Problem(source, 1, 1, "", "must hold an API response (a JSON object), not a "
          + root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)), null);
    }
    JsonNode objects = root.get("objects");
    if (objects != null) {
      if (!objects.isArray()) {
        throw new LiaisonInputException(new Problem(source, 1, 1, "objects", "objects: must be an array of objects, not "
            + objects.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)), null);
      }
      for (int i = 0; i < objects.size(); i++) {
        addObject(objects.get(i), source, "objects[" + i + "]");
      }
      return;
    }
    if (root.has("meta")) {
      throw new LiaisonInputException(new Problem(source, 1, 1, "objects", "objects: missing; a list page with meta must have objects"), null);
    }
    addObject(root, source, "");
  }

  private void addObject(JsonNode o, String source, String field) throws LiaisonInputException {
    String where = field.isEmpty() ? "resource_uri" : field + ".resource_uri";
    if (o == null || !o.isObject()) {
      throw new LiaisonInputException(new Problem(source, 0, 0, field.isEmpty() ? "(root)" : field,
          (field.isEmpty() ? "" : field + ": ") + "must be an API object with a resource_uri"), null);
    }
    JsonNode uri = o.get("resource_uri");
    if (uri == null || !uri.isTextual() || uri.asText().isBlank()) {
      throw new LiaisonInputException(new Problem(source, 0, 0, where, where + ": missing: every API object has a resource_uri "
          + "(e.g. \"/api/v1/liaisons/liaisonstatement/2042/\"); is this a saved Datatracker response?"), null);
    }
    Optional<String> path = normalise(uri.asText());
    if (path.isEmpty()) {
      throw new LiaisonInputException(new Problem(source, 0, 0, where, where + ": \"" + Addresses.oneLine(uri.asText())
          + "\" is not an API path (/api/v1/<app>/<resource>/<key>/)"), null);
    }
    String type = type(path.get());
    String key = key(path.get());
    Map<String, JsonNode> ofType = byType.computeIfAbsent(type, k -> new LinkedHashMap<>());
    if (ofType.containsKey(key)) {
      duplicates++;
      return;
    }
    ofType.put(key, o);
    sourceOf.put(path.get(), source);
  }

  /**
   * The path of a reference, as {@code /api/v1/<app>/<resource>/<key>/}: a full URL loses its host,
   * a query is dropped, a missing trailing slash added; empty when it is not an API path.
   */
  public static Optional<String> normalise(String reference) {
    String r = reference.trim();
    int api = r.indexOf(API_PREFIX);
    if (api < 0) {
      return Optional.empty();
    }
    r = r.substring(api);
    int q = r.indexOf('?');
    if (q >= 0) {
      r = r.substring(0, q);
    }
    if (!r.endsWith("/")) {
      r = r + "/";
    }
    String[] parts = r.substring(API_PREFIX.length()).split("/");
    if (parts.length < 3 || Stream.of(parts).anyMatch(String::isBlank)) {
      return Optional.empty();
    }
    return Optional.of(r);
  }

  /** "liaisons/liaisonstatement" for "/api/v1/liaisons/liaisonstatement/2042/". */
  static String type(String path) {
    String inner = path.substring(API_PREFIX.length(), path.length() - 1);
    return inner.substring(0, inner.lastIndexOf('/'));
  }

  /** "2042" for "/api/v1/liaisons/liaisonstatement/2042/" (URL-decoded: addresses may be %40-encoded). */
  static String key(String path) {
    String inner = path.substring(API_PREFIX.length(), path.length() - 1);
    return URLDecoder.decode(inner.substring(inner.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
  }

  /** The key of a reference ("action" for a purpose URI), or empty when it is not an API path. */
  public static Optional<String> keyOf(String reference) {
    return normalise(reference).map(ApiFolder::key);
  }

  /** The saved object a reference points at. */
  public Optional<JsonNode> get(String reference) {
    Optional<String> path = normalise(reference);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    Map<String, JsonNode> ofType = byType.get(type(path.get()));
    return ofType == null ? Optional.empty() : Optional.ofNullable(ofType.get(key(path.get())));
  }

  /** Every saved object of a type ("liaisons/liaisonstatement"), in the order first saved. */
  public Collection<JsonNode> all(String type) {
    return byType.getOrDefault(type, Map.of()).values();
  }

  /** The types saved, with their object counts. */
  public Map<String, Integer> counts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    byType.forEach((k, v) -> out.put(k, v.size()));
    return out;
  }

  public int files() {
    return files;
  }

  /** Objects saved more than once (the live site returns duplicates), counted once each time. */
  public int duplicates() {
    return duplicates;
  }

  /** The file an object was read from. */
  public Optional<String> sourceOf(String reference) {
    return normalise(reference).map(sourceOf::get);
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(n -> {
        if (n.isTextual()) {
          out.add(n.asText());
        }
      });
    }
    return out;
  }
}
