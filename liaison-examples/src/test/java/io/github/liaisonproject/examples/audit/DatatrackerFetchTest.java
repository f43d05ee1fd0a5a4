package io.github.liaisonproject.examples.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.liaisonproject.rules.LiaisonRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code datatracker fetch} against a local Datatracker: an HTTP server on 127.0.0.1 serving the
 * corpus and sample fixtures as the API does (list pages with {@code meta.next}, {@code set/} and
 * detail responses, filters), with one 429, one 404 page and a duplicate; then the fetched
 * folder is audited.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DatatrackerFetchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  private HttpServer server;
  private ApiFolder served;
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger tooMany = new AtomicInteger();
  private final AtomicInteger notFound = new AtomicInteger();
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    for (Path dir : List.of(ApiFolderTest.CORPUS, ApiFolderTest.SAMPLE)) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          files.put(f.toString(), Files.readString(f));
        }
      }
    }
    served = ApiFolder.of(files);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    Map<String, String> q = query(x.getRequestURI().getRawQuery());
    log.add(x.getRequestURI().toString());
    String inner = path.substring("/api/v1/".length(), path.length() - (path.endsWith("/") ? 1 : 0));
    String[] parts = inner.split("/");
    String type = parts[0] + "/" + parts[1];
    // the site's faults, once each: a 429 on the second statement page, a 404 on the second event page
    if (type.equals(ApiRecords.STATEMENT) && "5".equals(q.get("offset")) && tooMany.getAndIncrement() == 0) {
      x.getResponseHeaders().add("Retry-After", "1");
      send(x, 429, "{\"error\": \"rate limited\"}");
      return;
    }
    if (type.equals(ApiRecords.EVENT) && "5".equals(q.get("offset")) && "5".equals(q.get("limit"))
        && notFound.getAndIncrement() == 0) {
      send(x, 404, "<html>not found</html>");
      return;
    }
    if (parts.length == 2) {
      list(x, type, q);
    } else if (parts.length == 4 && parts[2].equals("set")) {
      ArrayNode objects = JSON.createArrayNode();
      for (String key : parts[3].split(";")) {
        served.get("/api/v1/" + type + "/" + key + "/").ifPresent(objects::add);
      }
      send(x, 200, JSON.createObjectNode().set("objects", objects).toString());
    } else {
      Optional<JsonNode> o = served.get(path);
      if (o.isPresent()) {
        send(x, 200, o.get().toString());
      } else {
        send(x, 404, "{}");
      }
    }
  }

  private void list(HttpExchange x, String type, Map<String, String> q) throws IOException {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode o : served.all(type)) {
      if (matches(o, q)) {
        all.add(o);
      }
    }
    all.sort(Comparator.comparing(o -> o.path("id").isNumber() ? String.format("%012d", o.path("id").asLong())
        : o.path("resource_uri").asText()));
    int limit = Integer.parseInt(q.getOrDefault("limit", "20"));
    int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
    ArrayNode objects = JSON.createArrayNode();
    all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)).forEach(objects::add);
    if (type.equals(ApiRecords.STATEMENT) && offset == 5 && !objects.isEmpty()) {
      objects.add(all.get(offset - 1)); // the live site sometimes repeats an object
    }
    ObjectNode meta = JSON.createObjectNode().put("limit", limit).put("offset", offset).put("total_count", all.size());
    if (offset + limit < all.size()) {
      Map<String, String> next = new LinkedHashMap<>(q);
      next.put("offset", String.valueOf(offset + limit));
      StringBuilder s = new StringBuilder("/api/v1/" + type + "/");
      next.forEach((k, v) -> s.append(s.indexOf("?") < 0 ? "?" : "&").append(k).append('=').append(v));
      meta.put("next", s.toString());
    } else {
      meta.putNull("next");
    }
    meta.putNull("previous");
    ObjectNode page = JSON.createObjectNode();
    page.set("meta", meta);
    page.set("objects", objects);
    send(x, 200, page.toString());
  }

  private static boolean matches(JsonNode o, Map<String, String> q) {
    for (Map.Entry<String, String> f : q.entrySet()) {
      switch (f.getKey()) {
        case "statement", "source", "target" -> {
          if (!ApiFolder.keyOf(o.path(f.getKey()).asText("")).orElse("").equals(f.getValue())) {
            return false;
          }
        }
        case "name" -> {
          if (!ApiFolder.keyOf(o.path("name").asText("")).orElse("").equals(f.getValue())) {
            return false;
          }
        }
        case "time__gte" -> {
          if (o.path("time").asText("").compareTo(f.getValue()) < 0) {
            return false;
          }
        }
        default -> { }
      }
    }
    return true;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new LinkedHashMap<>();
    if (raw != null) {
      for (String kv : raw.split("&")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          q.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return q;
  }

  private static void send(HttpExchange x, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", status == 404 && body.startsWith("<") ? "text/html" : "application/json");
    x.sendResponseHeaders(status, b.length);
    x.getResponseBody().write(b);
    x.close();
  }

  private DatatrackerFetch.Result fetch(Path out, Optional<LocalDate> since, ByteArrayOutputStream progress)
      throws Exception {
    return new DatatrackerFetch(base(), out, since, 5, new PrintStream(progress, true, StandardCharsets.UTF_8), waits::add)
        .run();
  }

  @Test
  void fetchesEverythingThenTheAuditReadsItAsIs(@TempDir Path out) throws Exception {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    DatatrackerFetch.Result r = fetch(out, Optional.empty(), progress);
    assertThat(r.statements()).isEqualTo(24 + 1); // 20 corpus + 4 sample, one returned twice
    assertThat(tooMany.get()).isGreaterThanOrEqualTo(2); // the 429, then the retry
    assertThat(waits).contains(Duration.ofSeconds(1)); // Retry-After: 1
    assertThat(notFound.get()).isGreaterThanOrEqualTo(1);
    assertThat(log).anyMatch(u -> u.contains("liaisonstatementevent") && u.contains("limit=1&offset=5"));
    String p = progress.toString(StandardCharsets.UTF_8);
    assertThat(p).contains("HTTP 429; waiting 1 s").contains("404 at offset 5; re-fetching as pages of 1")
        .contains("liaisons/liaisonstatement: ").contains("done: ");
    assertThat(r.warnings()).isEmpty();
    // every request asked for JSON, ordered by id when it was a list
    assertThat(log).allMatch(u -> u.contains("format=json"));
    assertThat(log).filteredOn(u -> u.contains("offset=")).allMatch(u -> u.contains("order_by=id"));

    // the fetched folder audits to the same records as the fixtures themselves
    AuditInput fetched = ApiFolderTest.read(out);
    assertThat(fetched.records()).hasSize(24).allSatisfy(x -> assertThat(x.statement()).isPresent());
    assertThat(fetched.directoryIs()).contains("roles");
    List<Audit.Entry> entries = Audit.run(fetched.records(), LiaisonRules.standard(), fetched.directory(), AS_OF);
    assertThat(entries).filteredOn(e -> e.record().id().equals("5001")).singleElement()
        .satisfies(e -> assertThat(e.verdict()).isEqualTo("sent"));
    assertThat(ApiFolderTest.statement(fetched, "5001").getRecordedApproval().orElseThrow().getBy())
        .contains("Alice Operand");
    assertThat(ApiFolderTest.statement(fetched, "1126").getAttachments()).hasSize(4);
    assertThat(fetched.directory().areaOf("ccamp")).isPresent();

    // resumable: a second run fetches nothing already saved, only asks again for the page that was a 404
    // (the site answers it now, so it is saved and the small pages are not needed) ...
    int before = log.size();
    DatatrackerFetch.Result again = fetch(out, Optional.empty(), new ByteArrayOutputStream());
    assertThat(log.subList(before, log.size())).singleElement().asString().contains("liaisonstatementevent")
        .contains("limit=5&offset=5");
    assertThat(again.reused()).isEqualTo(r.saved() - 5); // the five single-object pages are not read again
    before = log.size();
    fetch(out, Optional.empty(), new ByteArrayOutputStream());
    assertThat(log.size() - before).isZero();
    // ... and after an interruption (a page lost) fetches just what is missing
    Path lost;
    try (Stream<Path> s = Files.list(out)) {
      lost = s.filter(f -> f.getFileName().toString().startsWith("liaisonstatement-l0005-o0000010")).findFirst().orElseThrow();
    }
    Files.delete(lost);
    before = log.size();
    fetch(out, Optional.empty(), new ByteArrayOutputStream());
    assertThat(log.subList(before, log.size())).singleElement().asString().contains("offset=10");
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void sinceSelectsStatementsByTheirEvents(@TempDir Path out) throws Exception {
    DatatrackerFetch.Result r = fetch(out, Optional.of(LocalDate.of(2025, 4, 1)), new ByteArrayOutputStream());
    AuditInput fetched = ApiFolderTest.read(out);
    // 2025-04-23 (1990), 2025-12-03 (2083), 2026-01-30 (2106) and the sample's 5002, 5003, 5004
    assertThat(fetched.records()).extracting(MappedRecord::id)
        .containsExactly("1990", "2083", "2106", "5002", "5003", "5004");
    assertThat(r.statements()).isEqualTo(6);
    assertThat(log).anyMatch(u -> u.contains("time__gte=2025-04-01"));
    // each statement's own events are fetched, also those before the date
    assertThat(ApiFolderTest.statement(fetched, "5003").getRecordedApproval()).isPresent();
  }

  @Test
  void theCommandLineFetchesThenAudits(@TempDir Path out) throws Exception {
    java.io.StringWriter stdout = new java.io.StringWriter();
    java.io.StringWriter stderr = new java.io.StringWriter();
    int code = io.github.liaisonproject.examples.cli.LiaisonCli.run(new java.io.PrintWriter(stdout),
        new java.io.PrintWriter(stderr), "datatracker", "fetch", "--out", out.toString(), "--base", base().toString(),
        "--page-size", "5");
    assertThat(code).as(stderr.toString()).isZero();
    assertThat(stderr.toString()).contains("HTTP 429; waiting 1 s").contains("done: ").contains("liaison audit " + out);
    java.io.StringWriter audit = new java.io.StringWriter();
    code = io.github.liaisonproject.examples.cli.LiaisonCli.run(new java.io.PrintWriter(audit),
        new java.io.PrintWriter(new java.io.StringWriter()), "audit", "--as-of", "2026-12-01", "--format", "json",
        out.toString());
    assertThat(code).isEqualTo(1); // some records have ERROR findings
    JsonNode json = JSON.readTree(audit.toString());
    assertThat(json.path("records")).hasSize(24);
    assertThat(json.path("directory").asText()).contains("today's roles");
    assertThat(json.path("read").asText()).contains("1 duplicate object(s) ignored");
  }

  @Test
  void retryAfterReadsSecondsDatesAndZero() {
    assertThat(DatatrackerFetch.retryAfter("0", 1)).isEqualTo(Duration.ZERO);
    assertThat(DatatrackerFetch.retryAfter("7", 1)).isEqualTo(Duration.ofSeconds(7));
    assertThat(DatatrackerFetch.retryAfter("", 2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(DatatrackerFetch.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", 1)).isEqualTo(Duration.ZERO);
    assertThat(DatatrackerFetch.retryAfter("999999", 1)).isEqualTo(Duration.ofMinutes(5));
  }
}
