package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.examples.audit.DatatrackerFetch;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code liaison datatracker ...}: working with the IETF Datatracker's API. */
@Command(name = "datatracker", mixinStandardHelpOptions = true, subcommands = DatatrackerCommand.Fetch.class,
    description = "Works with the IETF Datatracker's REST API; see `liaison datatracker fetch --help`.")
final class DatatrackerCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.BAD_INPUT;
  }

  /** {@code liaison datatracker fetch --out DIR}: saves the API's liaison responses for {@code liaison audit DIR}. */
  @Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Saves the Datatracker's liaison records as its API gives them: statements, events, attachment",
          "and related rows, and the documents, groups (with parents), roles (ad, chair, liaiman), persons, emails",
          "and name tables they reference. One file per response in DIR; lists are walked with order_by=id",
          "following meta.next; HTTP 429 waits for Retry-After; a 404 page is re-fetched in smaller pages.",
          "Resumable: a response already saved in DIR is read, not fetched again, so re-running the same",
          "command continues where an interrupted run stopped. Progress goes to stderr.",
          "Then: liaison audit DIR"},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:everything fetched", "1:fetched, with warnings (objects the site would not give)",
          "2:bad usage, or the site could not be read (re-run to resume)"})
  static final class Fetch implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to save the responses in")
    Path out;

    @Option(names = "--since", paramLabel = "DATE",
        description = "only statements with an event (submitted, posted, ...) on or after DATE, YYYY-MM-DD")
    LocalDate since;

    @Option(names = "--base", paramLabel = "URL", description = "the Datatracker (default: ${DEFAULT-VALUE})")
    URI base = DatatrackerFetch.DEFAULT_BASE;

    @Option(names = "--page-size", paramLabel = "N", description = "objects per list page, at most 1000 (default: ${DEFAULT-VALUE})")
    int pageSize = 500;

    @Override
    public Integer call() throws InterruptedException {
      if (base.getScheme() == null || !(base.getScheme().equals("https") || base.getScheme().equals("http"))
          || base.getHost() == null) {
        throw new CliException("--base " + base + ": not an http(s) URL, e.g. https://datatracker.ietf.org");
      }
      if (pageSize < 1 || pageSize > 1000) {
        throw new CliException("--page-size " + pageSize + ": must be between 1 and 1000 (the API's limit)");
      }
      PrintStream progress = new PrintStream(new WriterStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
      try {
        DatatrackerFetch.Result r = new DatatrackerFetch(base, out, Optional.ofNullable(since), pageSize, progress,
            d -> Thread.sleep(d.toMillis())).run();
        return r.warnings().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
      } catch (IOException e) {
        throw new CliException("fetch stopped: " + e.getMessage(), e);
      } finally {
        progress.flush();
      }
    }
  }

  /** Progress lines go to picocli's error writer (so tests capture them). */
  private static final class WriterStream extends java.io.OutputStream {
    private final java.io.PrintWriter writer;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

    WriterStream(java.io.PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) {
      line.write(b);
      if (b == '\n') {
        flush();
      }
    }

    @Override
    public void flush() {
      writer.print(line.toString(StandardCharsets.UTF_8));
      writer.flush();
      line.reset();
    }
  }
}
