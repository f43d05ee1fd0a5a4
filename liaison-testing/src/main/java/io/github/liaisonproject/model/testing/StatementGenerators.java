package io.github.liaisonproject.model.testing;

import io.github.liaisonproject.model.*;
import io.github.liaisonproject.model.samples.Samples;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Generators of statements and directories for property-based tests, free of any test framework:
 * each is a {@code Function<Random, T>}, deterministic for a given seed. Published as
 * {@code io.github.liaisonproject:liaison-testing}; for the common cases without filtering, see
 * {@link CommonStatements}.
 *
 * <p>Wrap them for your framework. QuickTheories: {@link Gens#of(Function)}. jqwik:
 * {@code Arbitraries.randomValue(StatementGenerators.validStatements(dir))}. JUnit alone:
 * {@code Random r = new Random(seed); for (...) check(gen.apply(r));}. None of them shrinks; print
 * the seed to reproduce a failure.
 */
public final class StatementGenerators {
  private StatementGenerators() {}

  private static final String[] EXTERNAL_ORGS = {"ITU-T", "3GPP", "IEEE 802", "ETSI", "BBF", "MEF", "W3C", "ISO/IEC JTC 1"};
  private static final String[] EXTERNAL_GROUPS = {"Study Group 15", "Study Group 13", "SA2", "CT4", "802.1", "NFV ISG", "Question 14/15"};
  private static final String[] WORDS = {"YANG", "module", "transport", "optical", "review", "request", "liaison",
      "deadline", "QUIC", "certificate", "routing", "slicing", "alignment", "update", "comments", "status"};

  /** {@return the bundled sample directory ({@code samples/directory.yaml}), read anew on each call} */
  public static Directory sampleDirectory() {
    return Samples.directory();
  }

  /**
   * {@return a generator of valid directories: a few areas with ADs, WGs in them with chairs, RGs, chairs,
   * relationships}
   */
  public static Function<Random, Directory> directories() {
    return r -> {
      ImmutableDirectory.Builder d = Directory.builder();
      int areas = 1 + r.nextInt(4);
      List<String> areaNames = new ArrayList<>();
      for (int a = 0; a < areas; a++) {
        String acr = "area" + a + letters(r, 2);
        areaNames.add(acr);
        d.addAreas(ImmutableArea.builder().acronym(acr).name(sentence(r, 2))
            .addDirectors(person(r), person(r)).build());
      }
      int wgs = r.nextInt(6);
      for (int g = 0; g < wgs; g++) {
        String acr = "wg" + g + letters(r, 3);
        d.addWorkingGroups(ImmutableWorkingGroup.builder().acronym(acr).area(pick(r, areaNames))
            .addChairs(person(r)).listAddress(Optional.ofNullable(r.nextBoolean() ? acr + "@ietf.org" : null)).build());
      }
      for (int g = 0, n = r.nextInt(3); g < n; g++) {
        d.addResearchGroups(ImmutableResearchGroup.builder().acronym("rg" + g + letters(r, 2)).addChairs(person(r)).build());
      }
      if (r.nextBoolean()) {
        d.ietfChair(person(r));
      }
      if (r.nextBoolean()) {
        d.iabChair(person(r));
      }
      if (r.nextBoolean()) {
        d.irtfChair(person(r));
      }
      if (r.nextBoolean()) {
        d.iesgAddress("iesg@ietf.org").iabAddress("iab@iab.org");
      }
      for (int i = 0, n = r.nextInt(3); i < n; i++) {
        String org = EXTERNAL_ORGS[r.nextInt(EXTERNAL_ORGS.length)];
        d.addRelationships(ImmutableLiaisonRelationship.builder().organization(org)
            .group(Optional.ofNullable(r.nextBoolean() ? EXTERNAL_GROUPS[r.nextInt(EXTERNAL_GROUPS.length)] : null))
            .addManagers(person(r)).alias("rel" + i + "-liaison@iab.org").requiresSubmissionForm(r.nextInt(4) == 0).build());
      }
      return d.build();
    };
  }

  /**
   * Statements well-formed per the default validation group (no malformations), drawing bodies,
   * contacts and approvers from the directory, plus external organizations with and without a
   * relationship. Completeness varies: some lack a purpose, From, To or content.
   *
   * @param directory the directory to draw bodies, contacts and approvers from; not null
   * @return the generator
   */
  public static Function<Random, LiaisonStatement> validStatements(Directory directory) {
    return r -> {
      boolean outgoing = r.nextBoolean();
      List<Body> ietf = ietfBodies(r, directory);
      List<Body> external = externalBodies(r, directory);
      ImmutableLiaisonStatement.Builder b = LiaisonStatement.builder();
      if (r.nextInt(8) > 0) {
        b.id((outgoing ? "out-" : "in-") + r.nextInt(100_000));
      }
      List<Body> from = outgoing ? ietf : external;
      List<Body> to = outgoing ? external : ietf;
      if (r.nextInt(10) == 0) {
        from = List.of(); // empty From: direction then follows To
      }
      b.from(from).to(to);
      if (r.nextInt(5) == 0) {
        b.stage(pick(r, Stage.values()));
      }
      for (int i = 0, n = r.nextInt(3); i < n; i++) {
        b.addFromContacts(address(r, directory));
      }
      for (int i = 0, n = r.nextInt(3); i < n; i++) {
        b.addToContacts(address(r, directory));
      }
      maybe(r, () -> b.sendReplyTo(r.nextBoolean() ? directory.getLiaisonCoordination() : address(r, directory)));
      maybe(r, () -> b.sendTo(address(r, directory)));
      if (r.nextInt(6) > 0) {
        b.purpose(pick(r, Purpose.values()));
      }
      maybe(r, () -> b.deadline(date(r)));
      maybe(r, () -> b.subject(sentence(r, 1 + r.nextInt(8))));
      maybe(r, () -> b.body(paragraphs(r)));
      for (int i = 0, n = r.nextInt(3); i < n; i++) {
        b.addAttachments(attachment(r));
      }
      for (int i = 0, n = r.nextInt(3); i < n; i++) {
        b.addDocuments(document(r));
      }
      for (int i = 0, n = r.nextInt(2); i < n; i++) {
        b.addRespondsTo("ls-" + r.nextInt(1000));
      }
      for (int i = 0, n = r.nextInt(2); i < n; i++) {
        b.addOtherIdentifiers("SG" + r.nextInt(20) + "-LS" + r.nextInt(500));
      }
      maybe(r, () -> b.submitted(date(r)));
      maybe(r, () -> b.sent(date(r)));
      maybe(r, () -> b.received(date(r)));
      maybe(r, () -> b.receivedFrom(address(r, directory)));
      maybe(r, () -> b.receivedAt(directory.getLiaisonCoordination()));
      maybe(r, () -> b.assignee(address(r, directory)));
      maybe(r, () -> b.record(ImmutablePublicRecord.builder().uri(URI.create("https://datatracker.ietf.org/liaison/" + r.nextInt(3000) + "/"))
          .recordedOn(date(r)).recordedBy(Optional.ofNullable(r.nextBoolean() ? name(r) : null)).build()));
      maybe(r, () -> b.sentVia(pick(r, SendingChannel.values())));
      maybe(r, () -> b.consensus(ImmutableConsensus.builder().declared(pick(r, ConsensusLevel.values()))
          .process(pick(r, ConsensusProcess.values())).groupInformed(r.nextBoolean())
          .listDiscussion(Optional.ofNullable(r.nextBoolean() ? pick(r, DiscussionOutcome.values()) : null)).build()));
      maybe(r, () -> b.reply(ImmutableReplyContent.builder().agreesToCharterChange(r.nextBoolean())
          .declinesOrModifies(r.nextBoolean()).givesReasons(r.nextBoolean())
          .promisesActionBy(Optional.ofNullable(r.nextBoolean() ? date(r) : null)).build()));
      maybe(r, () -> b.followUp(ImmutableFollowUp.builder().actionTaken(r.nextBoolean()).decidedNotToRespond(r.nextBoolean())
          .informalReply(Optional.ofNullable(r.nextBoolean() ? URI.create("https://mailarchive.ietf.org/arch/msg/x/" + letters(r, 8)) : null))
          .actionsRecorded(r.nextBoolean() ? List.of(sentence(r, 4)) : List.of()).build()));
      for (int i = 0, n = r.nextInt(3); i < n; i++) {
        b.addApprovals(approval(r, directory, from));
      }
      maybe(r, () -> b.submitter(ImmutableSubmitter.builder().name(name(r)).address(address(r, directory))
          .addRoles(RoleHolding.of(pick(r, Role.values()), r.nextBoolean() ? "netconf" : null)).build()));
      b.misdirected(r.nextInt(5) == 0).irtfRelevant(r.nextInt(5) == 0)
          .asksBeyondExistingDocuments(r.nextInt(4) == 0).solicitsComments(r.nextInt(4) == 0);
      if (r.nextInt(6) == 0) {
        b.addCorrectGroups(Body.workingGroup(groupAcronym(r, directory)));
      }
      if (r.nextInt(6) == 0 && !to.isEmpty()) {
        b.leadGroup(to.get(0));
      }
      // revision 2's three-valued facts, drawn last so the draws above stay as they were
      LiaisonStatement drawn = b.build();
      ImmutableLiaisonStatement withFacts = ImmutableLiaisonStatement.copyOf(drawn);
      if (r.nextInt(3) == 0) {
        withFacts = withFacts.withReceivedCentrally(pick(r, Known.values()));
      }
      if (r.nextInt(3) == 0) {
        withFacts = withFacts.withPlainTextContent(pick(r, Known.values()));
      }
      if (r.nextInt(6) == 0) {
        withFacts = withFacts.withStageUnknown(true);
      }
      if (r.nextInt(6) == 0) {
        withFacts = withFacts.withBodyUnknown(true).withFromContactNames(name(r)).withToContactNames(name(r), name(r));
      }
      if (r.nextInt(4) == 0) {
        withFacts = withFacts.withRecordedApproval(ImmutableRecordedApproval.builder().approved(pick(r, Known.values()))
            .by(Optional.ofNullable(r.nextBoolean() ? name(r) : null))
            .byAddress(Optional.ofNullable(r.nextBoolean() ? address(r, directory) : null))
            .on(Optional.ofNullable(r.nextBoolean() ? date(r) : null)).build());
      }
      if (r.nextInt(3) == 0) {
        withFacts = withFacts.withConsensus(ImmutableConsensus.copyOf(drawn.getConsensus())
            .withGroupInformedKnown(pick(r, Known.values())).withLevelStated(pick(r, Known.values())));
      }
      if (r.nextInt(3) == 0) {
        withFacts = withFacts.withFollowUp(ImmutableFollowUp.copyOf(drawn.getFollowUp())
            .withDistributed(pick(r, Known.values())).withOriginatorInformed(pick(r, Known.values())));
      }
      return withFacts;
    };
  }

  /**
   * Statements that may be malformed: everything {@link #validStatements} makes, with strings
   * varied into bad addresses, line breaks, blank or huge names and control characters. Use it for
   * totality laws ("never throws").
   *
   * @return the generator
   */
  public static Function<Random, LiaisonStatement> anyStatements() {
    Function<Random, Directory> dirs = directories();
    return r -> {
      Directory d = r.nextBoolean() ? sampleDirectory() : dirs.apply(r);
      LiaisonStatement s = validStatements(d).apply(r);
      ImmutableLiaisonStatement b = ImmutableLiaisonStatement.copyOf(s);
      if (r.nextBoolean()) {
        b = b.withFromContacts(nasty(r));
      }
      if (r.nextBoolean()) {
        b = b.withSendTo(nasty(r));
      }
      if (r.nextBoolean()) {
        b = b.withSubject(nasty(r));
      }
      if (r.nextBoolean()) {
        b = b.withFrom(ImmutableBody.builder().organization(nasty(r)).kind(pick(r, BodyKind.values())).name(nasty(r)).build());
      }
      if (r.nextBoolean()) {
        b = b.withAttachments(ImmutableAttachment.builder().title(nasty(r)).build());
      }
      if (r.nextBoolean()) {
        b = b.withDocuments(ImmutableDocumentReference.builder().kind(pick(r, DocumentKind.values())).name(nasty(r)).build());
      }
      if (r.nextBoolean()) {
        b = b.withApprovals(ImmutableApproval.builder().address(nasty(r)).role(pick(r, Role.values())).group(nasty(r)).build());
      }
      if (r.nextBoolean()) {
        b = b.withId(nasty(r)).withRespondsTo(nasty(r));
      }
      if (r.nextInt(4) == 0) {
        b = b.withBody(nasty(r));
      }
      if (r.nextInt(8) == 0) {
        b = b.withFromContactNames(nasty(r));
      }
      if (r.nextInt(6) == 0) {
        b = b.withRecordedApproval(ImmutableRecordedApproval.builder().approved(pick(r, Known.values())).by(nasty(r))
            .byAddress(nasty(r)).build());
      }
      return b;
    };
  }

  /** The as-of date {@link #nearlyReadyOutgoing} is made for: its deadlines fall after it. */
  public static final LocalDate NEARLY_READY_AS_OF = LocalDate.of(2026, 3, 1);

  /**
   * Outgoing statements complete enough that, assessed as of {@link #NEARLY_READY_AS_OF}, many
   * are ready to send, so that laws about what blocks sending ("no AD approval, not ready") are
   * tested on statements that would otherwise go out. From: one or two of the directory's WGs,
   * its areas, the IETF, the IESG or the IAB; approvals: a random mix of the right approvers
   * (ADs of the areas involved, the IETF Chair, the IAB Chair) and wrong ones (a WG chair
   * claiming to be an AD, strangers); the submitter sometimes an approver; For Action with or
   * without a deadline; a Send To sometimes, sometimes one of the To-Contacts.
   *
   * @param directory the directory to draw groups and approvers from; not null
   * @return the generator
   */
  public static Function<Random, LiaisonStatement> nearlyReadyOutgoing(Directory directory) {
    return r -> {
      List<Body> from = new ArrayList<>();
      for (int i = 0, n = 1 + (r.nextInt(3) == 0 ? 1 : 0); i < n; i++) {
        Body b;
        switch (r.nextInt(6)) {
          case 1: b = Body.ietf(); break;
          case 2: b = Body.iesg(); break;
          case 3: b = Body.iab(); break;
          case 4: b = Body.area(directory.getAreas().isEmpty() ? "ops" : pick(r, directory.getAreas()).getAcronym()); break;
          default: b = Body.workingGroup(groupAcronym(r, directory));
        }
        if (!from.contains(b)) {
          from.add(b);
        }
      }
      List<Body> to = externalBodies(r, directory);
      ImmutableLiaisonStatement.Builder b = LiaisonStatement.builder()
          .id("out-" + r.nextInt(100_000))
          .stage(r.nextBoolean() ? Stage.DRAFT : Stage.PENDING_APPROVAL)
          .from(from).to(to)
          .subject(sentence(r, 1 + r.nextInt(6)))
          .body(paragraphs(r))
          .sendReplyTo(Replies.proposedSendReplyTo(to, directory))
          .consensus(ImmutableConsensus.builder().declared(ConsensusLevel.EXISTING_IETF_CONSENSUS)
              .process(ConsensusProcess.INFORMATION_SHARING_ONLY).groupInformed(true).build());
      List<String> toContacts = new ArrayList<>();
      for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
        toContacts.add(address(r, directory));
      }
      b.toContacts(toContacts);
      switch (r.nextInt(3)) {
        case 0: break;
        case 1: b.sendTo(pick(r, toContacts)); break;
        default: b.sendTo(address(r, directory));
      }
      for (int i = 0, n = r.nextInt(3); i < n; i++) {
        b.addFromContacts(address(r, directory));
      }
      switch (r.nextInt(3)) {
        case 0: b.purpose(Purpose.FOR_INFORMATION); break;
        case 1:
          b.purpose(Purpose.FOR_ACTION);
          if (r.nextInt(4) > 0) {
            b.deadline(NEARLY_READY_AS_OF.plusDays(30 + r.nextInt(200)));
          }
          break;
        default: b.purpose(Purpose.IN_RESPONSE).addRespondsTo("ls-" + r.nextInt(1000));
      }
      List<Person> right = new ArrayList<>();
      for (Body f : from) {
        switch (f.getKind()) {
          case WORKING_GROUP: directory.areaOf(f.getKey()).ifPresent(a -> right.addAll(a.getDirectors())); break;
          case AREA: directory.getAreas().stream().filter(a -> a.getAcronym().equals(f.getKey()))
              .forEach(a -> right.addAll(a.getDirectors())); break;
          case IETF: case IESG: directory.getIetfChair().ifPresent(right::add); break;
          case IAB: directory.getIabChair().ifPresent(right::add); break;
          default: break;
        }
      }
      for (int i = 0, n = r.nextInt(3); i < n; i++) {
        if (!right.isEmpty() && r.nextBoolean()) {
          Person p = pick(r, right);
          b.addApprovals(ImmutableApproval.builder().name(p.getName()).address(p.getAddress())
              .role(pick(r, new Role[] {Role.AREA_DIRECTOR, Role.IETF_CHAIR, Role.IAB_CHAIR})).build());
        } else {
          b.addApprovals(approval(r, directory, from));
        }
      }
      if (r.nextInt(3) == 0) {
        String address = !right.isEmpty() && r.nextBoolean() ? pick(r, right).getAddress() : address(r, directory);
        b.submitter(ImmutableSubmitter.builder().name(name(r)).address(address)
            .addRoles(RoleHolding.of(pick(r, Role.values()), r.nextBoolean() ? groupAcronym(r, directory) : null)).build());
      }
      return b.build();
    };
  }

  /**
   * Strings that must never reach a mail header: line breaks (CR, LF, CRLF with an injected
   * header), display-name forms, missing or bad domains, NUL and other controls, Unicode line
   * separators, oversized addresses.
   *
   * @return the generator
   */
  public static Function<Random, String> headerHostileStrings() {
    String[] fixed = {"alice@example.org\r\nBcc: eve@example.org", "alice@example.org\nBcc: eve@example.org",
        "alice@example.org\r", "\nalice@example.org", "Alice <alice@example.org>", "alice@example.org, eve@example.org",
        "alice@", "@example.org", "alice", "alice@example", "alice@@example.org", "alice@exa mple.org",
        "alice@example.org\u0000", "alice\u2028@example.org", "alice@example.org\u0085", "\"alice\"@example.org",
        "alice@[192.0.2.1]", "alice..bob@example.org", ".alice@example.org", "alice@-example.org",
        "x".repeat(250) + "@example.org", "alice@example.org ", " alice@example.org", "alice@例え.jp", "Subject: hi\r\n\r\nbody"};
    return r -> {
      if (r.nextInt(4) > 0) {
        return pick(r, fixed);
      }
      // a valid address with a control character or line break spliced in somewhere
      String a = letters(r, 1 + r.nextInt(6)) + "@" + letters(r, 2 + r.nextInt(5)) + ".org";
      int at = r.nextInt(a.length() + 1);
      String bad = pick(r, new String[] {"\r", "\n", "\r\n", "\u0000", "\t", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029", " "});
      return a.substring(0, at) + bad + a.substring(at);
    };
  }

  /**
   * Statements from {@link #validStatements} with one or more header fields (subject, From- or
   * To-Contacts, Send To, Send Reply To, received-from/at, an approval's address, a body's
   * organization or group name) replaced by a {@link #headerHostileStrings} value.
   *
   * @param directory the directory to draw from; not null
   * @return the generator
   */
  public static Function<Random, LiaisonStatement> headerHostileStatements(Directory directory) {
    Function<Random, String> bad = headerHostileStrings();
    return r -> {
      ImmutableLiaisonStatement s = ImmutableLiaisonStatement.copyOf(validStatements(directory).apply(r));
      for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
        switch (r.nextInt(9)) {
          case 0: s = s.withSubject(bad.apply(r)); break;
          case 1: s = s.withFromContacts(bad.apply(r)); break;
          case 2: s = s.withToContacts(bad.apply(r)); break;
          case 3: s = s.withSendTo(bad.apply(r)); break;
          case 4: s = s.withSendReplyTo(bad.apply(r)); break;
          case 5: s = s.withReceivedFrom(bad.apply(r)); break;
          case 6: s = s.withApprovals(ImmutableApproval.builder().address(bad.apply(r)).role(Role.AREA_DIRECTOR).build()); break;
          case 7: s = s.withFrom(r.nextBoolean() ? Body.workingGroup(bad.apply(r)) : Body.externalGroup(bad.apply(r), "SG15")); break;
          default: s = s.withTo(r.nextBoolean() ? Body.externalGroup("ITU-T", bad.apply(r)) : Body.organization(bad.apply(r)));
        }
      }
      return s;
    };
  }

  // ---- parts ---------------------------------------------------------------------------------

  private static List<Body> ietfBodies(Random r, Directory d) {
    List<Body> out = new ArrayList<>();
    int n = 1 + (r.nextInt(4) == 0 ? 1 : 0);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(8)) {
        case 0: out.add(Body.ietf()); break;
        case 1: out.add(Body.iesg()); break;
        case 2: out.add(Body.iab()); break;
        case 3: out.add(Body.area(d.getAreas().isEmpty() ? "ops" : pick(r, d.getAreas()).getAcronym())); break;
        case 4: out.add(Body.researchGroup(d.getResearchGroups().isEmpty() ? "cfrg" : pick(r, d.getResearchGroups()).getAcronym())); break;
        case 5: out.add(r.nextBoolean() ? Body.irtf() : Body.workingGroup("unknown" + letters(r, 3))); break;
        default: out.add(Body.workingGroup(groupAcronym(r, d)));
      }
    }
    return out;
  }

  private static List<Body> externalBodies(Random r, Directory d) {
    List<Body> out = new ArrayList<>();
    int n = 1 + (r.nextInt(4) == 0 ? 1 : 0);
    for (int i = 0; i < n; i++) {
      if (!d.getRelationships().isEmpty() && r.nextBoolean()) {
        LiaisonRelationship rel = pick(r, d.getRelationships());
        out.add(rel.getGroup().map(g -> Body.externalGroup(rel.getOrganization(), g))
            .orElseGet(() -> r.nextBoolean() ? Body.organization(rel.getOrganization())
                : Body.externalGroup(rel.getOrganization(), pick(r, EXTERNAL_GROUPS))));
      } else {
        String org = r.nextInt(3) == 0 ? "Org " + letters(r, 4).toUpperCase(java.util.Locale.ROOT) : pick(r, EXTERNAL_ORGS);
        out.add(r.nextBoolean() ? Body.organization(org) : Body.externalGroup(org, pick(r, EXTERNAL_GROUPS)));
      }
    }
    return out;
  }

  private static String groupAcronym(Random r, Directory d) {
    return d.getWorkingGroups().isEmpty() ? "netconf" : pick(r, d.getWorkingGroups()).getAcronym();
  }

  private static Approval approval(Random r, Directory d, List<Body> from) {
    // sometimes by the right AD (of the From WG's area), sometimes by anyone in any role
    Optional<Area> area = from.stream().filter(b -> b.getKind() == BodyKind.WORKING_GROUP)
        .map(b -> d.areaOf(b.getKey())).flatMap(Optional::stream).findFirst();
    if (area.isPresent() && !area.get().getDirectors().isEmpty() && r.nextBoolean()) {
      Person ad = pick(r, area.get().getDirectors());
      return ImmutableApproval.builder().name(ad.getName()).address(ad.getAddress()).role(Role.AREA_DIRECTOR)
          .group(area.get().getAcronym()).approvedOn(Optional.ofNullable(r.nextBoolean() ? date(r) : null)).build();
    }
    return ImmutableApproval.builder().name(Optional.ofNullable(r.nextBoolean() ? name(r) : null)).address(address(r, d))
        .role(pick(r, Role.values())).group(Optional.ofNullable(r.nextBoolean() ? letters(r, 4) : null))
        .approvedOn(Optional.ofNullable(r.nextBoolean() ? date(r) : null)).build();
  }

  private static Attachment attachment(Random r) {
    ImmutableAttachment.Builder a = Attachment.builder();
    if (r.nextBoolean()) {
      a.fileName(letters(r, 6) + pick(r, new String[] {".pdf", ".docx", ".txt", ".html", ".zip", ".yang", ""}));
      if (r.nextInt(3) == 0) {
        a.mediaType(pick(r, new String[] {"application/pdf", "text/plain; charset=utf-8", "application/octet-stream"}));
      }
    }
    if (r.nextBoolean() || !a.build().isFile()) {
      a.uri(URI.create("https://www.example.org/docs/" + letters(r, 5) + (r.nextBoolean() ? ".pdf" : "/")));
    }
    maybe(r, () -> a.title(sentence(r, 3)));
    maybe(r, () -> a.document(document(r)));
    return a.build();
  }

  private static DocumentReference document(Random r) {
    DocumentKind kind = pick(r, DocumentKind.values());
    String name = kind == DocumentKind.RFC ? "RFC " + (1000 + r.nextInt(9000))
        : kind == DocumentKind.INTERNET_DRAFT ? "draft-" + (r.nextBoolean() ? "ietf-" : "") + letters(r, 5) + "-" + letters(r, 6)
        : "ITU-T G." + (800 + r.nextInt(200));
    return DocumentReference.builder().kind(kind).name(name)
        .status(Optional.ofNullable(r.nextBoolean() ? pick(r, DocumentStatus.values()) : null))
        .stream(Optional.ofNullable(r.nextBoolean() ? pick(r, Stream.values()) : null))
        .draftKind(Optional.ofNullable(r.nextBoolean() ? pick(r, DraftKind.values()) : null))
        .workingGroupPosition(r.nextBoolean()).statusNoted(r.nextBoolean()).markedWorkInProgress(r.nextBoolean())
        .notConsensusContextIncluded(r.nextBoolean()).furtherConsensusDeveloped(r.nextBoolean()).build();
  }

  /** An address from the directory (people, lists, central addresses) or a random valid one. */
  static String address(Random r, Directory d) {
    List<String> known = new ArrayList<>();
    d.getAreas().forEach(a -> a.getDirectors().forEach(p -> known.add(p.getAddress())));
    d.getWorkingGroups().forEach(g -> {
      g.getChairs().forEach(p -> known.add(p.getAddress()));
      g.getListAddress().ifPresent(known::add);
    });
    known.addAll(d.managerAliases());
    known.add(d.getLiaisonCoordination());
    d.getIesgAddress().ifPresent(known::add);
    if (!known.isEmpty() && r.nextInt(3) > 0) {
      return pick(r, known);
    }
    return letters(r, 1 + r.nextInt(8)) + (r.nextBoolean() ? "." + letters(r, 3) : "") + (r.nextInt(5) == 0 ? "+tag" : "")
        + "@" + letters(r, 2 + r.nextInt(6)) + "." + pick(r, new String[] {"org", "com", "int", "example.net"});
  }

  private static Person person(Random r) {
    String first = name(r);
    return Person.of(first, first.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + r.nextInt(100) + "@example.org");
  }

  private static String name(Random r) {
    return cap(letters(r, 3 + r.nextInt(5))) + " " + cap(letters(r, 4 + r.nextInt(6)));
  }

  private static String nasty(Random r) {
    switch (r.nextInt(12)) {
      case 0: return "";
      case 1: return "   ";
      case 2: return "Alice <alice@example.org>";
      case 3: return "alice@example.org\r\nBcc: eve@example.org";
      case 4: return "no-domain@";
      case 5: return "line one\nline two";
      case 6: return "x".repeat(20_000 + r.nextInt(5_000));
      case 7: return "\u0000\u0007\u2028\u0085";
      case 8: return "a@b";
      case 9: return "\uD83D\uDE00 émoji";
      case 10: return "@example.org";
      default: return sentence(r, 3);
    }
  }

  private static LocalDate date(Random r) {
    return LocalDate.of(2000, 1, 1).plusDays(r.nextInt(365 * 40));
  }

  private static String paragraphs(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      b.append(i > 0 ? "\n\n" : "").append(sentence(r, 5 + r.nextInt(20))).append('.');
    }
    return r.nextBoolean() ? b.append('\n').toString() : b.toString();
  }

  private static String sentence(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(i > 0 ? " " : "").append(pick(r, WORDS));
    }
    return cap(b.toString());
  }

  private static String letters(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void maybe(Random r, Runnable action) {
    if (r.nextBoolean()) {
      action.run();
    }
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
