package io.github.liaisonproject.examples.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.liaisonproject.model.io.LiaisonInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Saves the Datatracker's liaison records as its REST API gives them (spec/datatracker-api.md):
 * the statements, their events, attachment rows and related rows, and the documents, groups (with
 * their parents), roles (AD, chair, liaison manager), persons, emails and name tables they
 * reference. One file per response, exactly as received, so {@code liaison audit DIR} reads the
 * folder as it is.
 *
 * <p>Lists are walked with {@code order_by=id}, following {@code meta.next} to null. HTTP 429 is
 * retried after its {@code Retry-After} (seconds or an HTTP date; 0 means at once); a 404 on a
 * list page is re-fetched as smaller pages (a fifth of the size, down to single objects, a missing
 * one skipped with a warning); other failures are retried a few times, then stop the run.
 *
 * <p>Resumable: every response goes to a file named after its request (written to a temporary
 * file, then moved, so an interrupted run leaves no half file); a file already in the folder is
 * read instead of fetched. Re-running the same command continues where the last one stopped, and
 * fetches nothing already saved. To refresh, fetch into an empty folder.
 */
public final class DatatrackerFetch {
  /** Waits, so tests can count instead of sleeping. */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /** What a run did. */
  public record Result(int requests, int reused, int saved, int statements, List<String> warnings) {}

  public static final URI DEFAULT_BASE = URI.create("https://datatracker.ietf.org");
  static final List<String> NAME_TABLES = List.of("liaisonstatementpurposename", "liaisonstatementstate",
      "liaisonstatementtagname", "liaisonstatementeventtypename", "docrelationshipname", "doctypename", "grouptypename",
      "groupstatename", "rolename");
  static final List<String> ROLE_NAMES = List.of("ad", "chair", "liaiman");
  private static final int SET_CHUNK = 50;
  private static final int MAX_RETRIES = 8;
  private static final Duration MAX_WAIT = Duration.ofMinutes(5);

  private final URI base;
  private final Path out;
  private final Optional<LocalDate> since;
  private final int pageSize;
  private final PrintStream progress;
  private final Sleeper sleeper;
  private final HttpClient client;
  private int requests;
  private int reused;
  private int saved;
  private final List<String> warnings = new ArrayList<>();

  public DatatrackerFetch(URI base, Path out, Optional<LocalDate> since, int pageSize, PrintStream progress, Sleeper sleeper) {
    this.base = base;
    this.out = out;
    this.since = since;
    this.pageSize = Math.max(1, Math.min(pageSize, 1000));
    this.progress = progress;
    this.sleeper = sleeper;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  public Result run() throws IOException, InterruptedException {
    Files.createDirectories(out);
    for (String table : NAME_TABLES) {
      walk("name/" + table, Map.of(), "name-" + table);
    }
    List<JsonNode> statements = new ArrayList<>();
    List<JsonNode> events = new ArrayList<>();
    List<JsonNode> attachmentRows = new ArrayList<>();
    if (since.isEmpty()) {
      statements.addAll(walk("liaisons/liaisonstatement", Map.of(), "liaisonstatement"));
      events.addAll(walk("liaisons/liaisonstatementevent", Map.of(), "liaisonstatementevent"));
      attachmentRows.addAll(walk("liaisons/liaisonstatementattachment", Map.of(), "liaisonstatementattachment"));
      walk("liaisons/relatedliaisonstatement", Map.of(), "relatedliaisonstatement");
    } else {
      // the statements carry no date: select them by their events, then fetch each one's rows
      Set<String> ids = new LinkedHashSet<>();
      String from = since.get() + "T00:00:00";
      for (JsonNode e : walk("liaisons/liaisonstatementevent", Map.of("time__gte", from), "liaisonstatementevent-since-" + since.get())) {
        if (e.path("time").asText("").compareTo(from.substring(0, 10)) >= 0) { // the server may ignore the filter
          ApiFolder.keyOf(e.path("statement").asText("")).ifPresent(ids::add);
        }
      }
      progress.println("since " + since.get() + ": " + ids.size() + " statement(s) with events on or after it");
      statements.addAll(set("liaisons/liaisonstatement", ids, "liaisonstatement"));
      for (String id : ids) {
        events.addAll(walk("liaisons/liaisonstatementevent", Map.of("statement", id), "liaisonstatementevent-statement-" + id));
        attachmentRows.addAll(walk("liaisons/liaisonstatementattachment", Map.of("statement", id),
            "liaisonstatementattachment-statement-" + id));
        walk("liaisons/relatedliaisonstatement", Map.of("source", id), "relatedliaisonstatement-source-" + id);
        walk("liaisons/relatedliaisonstatement", Map.of("target", id), "relatedliaisonstatement-target-" + id);
      }
    }
    progress.println("statements: " + statements.size() + ", events: " + events.size());

    Set<String> documents = new LinkedHashSet<>();
    Set<String> groups = new LinkedHashSet<>();
    Set<String> persons = new LinkedHashSet<>();
    Set<String> emails = new LinkedHashSet<>();
    for (JsonNode s : statements) {
      ApiFolder.texts(s.get("attachments")).forEach(d -> ApiFolder.keyOf(d).ifPresent(documents::add));
      ApiFolder.texts(s.get("from_groups")).forEach(g -> ApiFolder.keyOf(g).ifPresent(groups::add));
      ApiFolder.texts(s.get("to_groups")).forEach(g -> ApiFolder.keyOf(g).ifPresent(groups::add));
      String fc = s.path("from_contact").asText("");
      if (fc.contains(ApiFolder.API_PREFIX + "person/email/")) {
        ApiFolder.keyOf(fc).ifPresent(emails::add);
      }
    }
    attachmentRows.forEach(a -> ApiFolder.keyOf(a.path("document").asText("")).ifPresent(documents::add));
    events.forEach(e -> ApiFolder.keyOf(e.path("by").asText("")).ifPresent(persons::add));
    set("doc/document", documents, "document");

    // groups, then their parents up the tree (a WG's area, an SDO group's parent SDO)
    Set<String> fetchedGroups = new LinkedHashSet<>();
    Set<String> wanted = new LinkedHashSet<>(groups);
    for (int depth = 0; depth < 6 && !wanted.isEmpty(); depth++) {
      Set<String> next = new LinkedHashSet<>();
      for (JsonNode g : set("group/group", wanted, "group")) {
        ApiFolder.keyOf(g.path("parent").asText("")).filter(p -> !fetchedGroups.contains(p) && !wanted.contains(p))
            .ifPresent(next::add);
      }
      fetchedGroups.addAll(wanted);
      wanted.clear();
      wanted.addAll(next);
    }
    for (String role : ROLE_NAMES) {
      // today's holders of each role (the API has no history); persons only for the groups saved
      for (JsonNode r : walk("group/role", Map.of("name", role), "role-" + role)) {
        String group = ApiFolder.keyOf(r.path("group").asText("")).orElse("");
        if (fetchedGroups.contains(group)) {
          ApiFolder.keyOf(r.path("person").asText("")).ifPresent(persons::add);
        }
      }
    }
    set("person/person", persons, "person");
    set("person/email", emails, "email");
    Result result = new Result(requests, reused, saved, statements.size(), List.copyOf(warnings));
    progress.println("done: " + requests + " request(s), " + saved + " response(s) saved, " + reused
        + " reused from an earlier run, " + warnings.size() + " warning(s); audit it with `liaison audit " + out + "`");
    return result;
  }

  /** Walks a list, {@code order_by=id}, following {@code meta.next}; returns its objects. */
  List<JsonNode> walk(String resource, Map<String, String> filter, String stem) throws IOException, InterruptedException {
    List<JsonNode> objects = new ArrayList<>();
    int offset = 0;
    int limit = pageSize;
    int resumeLimitAt = -1; // after a 404, small pages until this offset
    while (true) {
      Map<String, String> q = new LinkedHashMap<>(filter);
      q.put("order_by", "id");
      q.put("limit", String.valueOf(limit));
      q.put("offset", String.valueOf(offset));
      Path file = out.resolve(stem + String.format(Locale.ROOT, "-l%04d-o%07d.json", limit, offset));
      Optional<JsonNode> page = get(resource + "/", q, file);
      if (page.isEmpty()) { // 404
        if (limit == 1) {
          warnings.add(resource + " offset " + offset + ": 404 even as a single object; skipped");
          progress.println("warning: " + warnings.get(warnings.size() - 1));
          offset += 1;
          continue;
        }
        if (resumeLimitAt < 0) {
          resumeLimitAt = offset + limit;
        }
        limit = Math.max(1, limit / 5);
        progress.println(resource + ": 404 at offset " + offset + "; re-fetching as pages of " + limit);
        continue;
      }
      JsonNode p = page.get();
      p.path("objects").forEach(objects::add);
      JsonNode meta = p.path("meta");
      long total = meta.path("total_count").asLong(-1);
      int got = p.path("objects").size();
      progress.println(resource + filterText(filter) + ": " + Math.min(offset + got, total < 0 ? offset + got : total)
          + (total < 0 ? "" : " of " + total));
      if (meta.path("next").isNull() || meta.path("next").isMissingNode() || got == 0) {
        return objects; // meta.next null: the list ends here
      }
      offset += limit;
      if (resumeLimitAt >= 0 && offset >= resumeLimitAt) {
        limit = pageSize;
        resumeLimitAt = -1;
      }
    }
  }

  private static String filterText(Map<String, String> filter) {
    return filter.isEmpty() ? "" : " " + filter;
  }

  /** Fetches objects by key with {@code set/} requests, single objects where a set fails. */
  List<JsonNode> set(String resource, Set<String> keys, String stem) throws IOException, InterruptedException {
    List<JsonNode> objects = new ArrayList<>();
    List<String> all = new ArrayList<>(keys);
    for (int i = 0; i < all.size(); i += SET_CHUNK) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + SET_CHUNK));
      String joined = String.join(";", chunk.stream().map(DatatrackerFetch::pathSegment).toList());
      Path file = out.resolve(stem + "-set-" + digest(joined) + ".json");
      Optional<JsonNode> page = get(resource + "/set/" + joined + "/", Map.of(), file);
      if (page.isPresent()) {
        page.get().path("objects").forEach(objects::add);
        continue;
      }
      for (String key : chunk) {
        Optional<JsonNode> one = get(resource + "/" + pathSegment(key) + "/", Map.of(), out.resolve(stem + "-"
            + digest(key) + ".json"));
        if (one.isPresent()) {
          objects.add(one.get());
        } else {
          warnings.add(resource + " " + key + ": not found (404)");
          progress.println("warning: " + warnings.get(warnings.size() - 1));
        }
      }
    }
    if (!all.isEmpty()) {
      progress.println(resource + ": " + objects.size() + " of " + all.size());
    }
    return objects;
  }

  /** The response saved in the file, or fetched and saved; empty on 404. */
  private Optional<JsonNode> get(String path, Map<String, String> query, Path file) throws IOException, InterruptedException {
    if (Files.isRegularFile(file)) {
      try {
        JsonNode saved = ApiFolder.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        reused++;
        return Optional.of(saved);
      } catch (LiaisonInputException e) {
        progress.println(file + ": unreadable (" + e.getMessage() + "); fetching it again");
      }
    }
    Map<String, String> q = new LinkedHashMap<>(query);
    q.put("format", "json");
    StringBuilder qs = new StringBuilder();
    q.forEach((k, v) -> qs.append(qs.length() == 0 ? "?" : "&").append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    URI uri = base.resolve(ApiFolder.API_PREFIX + path + qs);
    for (int attempt = 1; ; attempt++) {
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
          .header("User-Agent", "liaison-datatracker-fetch/0.1 (+https://github.com/liaisonproject)").GET().build();
      HttpResponse<String> response;
      try {
        requests++;
        response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        if (attempt >= 3) {
          throw new IOException(uri + ": " + e.getMessage() + " (after " + attempt + " attempts; re-run to resume)", e);
        }
        sleeper.sleep(Duration.ofSeconds(2L * attempt));
        continue;
      }
      int status = response.statusCode();
      if (status == 200) {
        JsonNode node;
        try {
          node = ApiFolder.parse(response.body(), uri.toString());
        } catch (LiaisonInputException e) {
          throw new IOException(uri + ": the response is not JSON (" + e.getMessage() + ")", e);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(tmp, response.body(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        saved++;
        return Optional.of(node);
      }
      if (status == 404) {
        return Optional.empty();
      }
      if ((status == 429 || status >= 500) && attempt < MAX_RETRIES) {
        Duration wait = status == 429 ? retryAfter(response.headers().firstValue("Retry-After").orElse(""), attempt)
            : Duration.ofSeconds(2L * attempt);
        progress.println(uri.getPath() + ": HTTP " + status + "; waiting " + wait.toSeconds() + " s (attempt " + attempt + ")");
        sleeper.sleep(wait);
        continue;
      }
      throw new IOException(uri + ": HTTP " + status + (attempt > 1 ? " after " + attempt + " attempts" : "")
          + "; re-run the same command to resume");
    }
  }

  /** {@code Retry-After}: seconds or an HTTP date; missing or unreadable: a growing pause. Capped. */
  static Duration retryAfter(String header, int attempt) {
    Duration d;
    String h = header.trim();
    if (h.matches("\\d{1,9}")) {
      d = Duration.ofSeconds(Long.parseLong(h));
    } else if (!h.isEmpty()) {
      try {
        d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME));
      } catch (DateTimeParseException e) {
        d = Duration.ofSeconds(5L * attempt);
      }
    } else {
      d = Duration.ofSeconds(5L * attempt);
    }
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
  }

  private static String pathSegment(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@");
  }

  private static String digest(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
