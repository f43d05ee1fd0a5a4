package io.github.liaisonproject.model.testing;

import io.github.liaisonproject.model.Approval;
import io.github.liaisonproject.model.Area;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.ConsensusLevel;
import io.github.liaisonproject.model.ConsensusProcess;
import io.github.liaisonproject.model.Direction;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.ImmutableApproval;
import io.github.liaisonproject.model.ImmutableConsensus;
import io.github.liaisonproject.model.ImmutableLiaisonStatement;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Person;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.Replies;
import io.github.liaisonproject.model.Role;
import io.github.liaisonproject.model.Stage;
import io.github.liaisonproject.model.WorkingGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

/**
 * Pre-filtered generators for the cases a property test most often needs, so that it need not
 * filter (a QuickTheories {@code assuming} on a rare case gives up): every value has the property
 * the method names, by construction. Like {@link StatementGenerators}, each is a
 * {@code Function<Random, LiaisonStatement>}, deterministic for a given {@link Random}, free of
 * any test framework and safe to share between threads (each call uses only its own
 * {@code Random}). Every statement is well-formed ({@code StatementValidator.malformations} is
 * empty). Arguments must not be null.
 */
public final class CommonStatements {
  private CommonStatements() {}

  /** The day the statements are made for: their deadlines fall after it. Assess them as of this day. */
  public static final LocalDate AS_OF = StatementGenerators.NEARLY_READY_AS_OF;

  private static final String[] EXTERNAL_CONTACTS = {"tsbsg15@itu.int", "tsbsg13@itu.int", "sa2-chair@3gpp.org",
      "ieee-802-liaison@ieee.org", "isg-nfv@etsi.org"};

  /**
   * Outgoing statements that the standard rule set finds ready to send as of {@link #AS_OF}: from
   * one working group of the directory, approved by an Area Director of its area, with To- and
   * From-Contacts, subject, body, the proposed Send Reply To and a consensus statement; For
   * Information, or For Action with a deadline 30 to 230 days after {@link #AS_OF}. They still
   * vary in group, contacts, purpose, deadline, subject, body and Send To, and may carry
   * warnings (not errors).
   *
   * @throws IllegalArgumentException if no working group of the directory has an Area Director
   * @param directory the directory the statements are made for (and must be assessed with); not null
   * @return the generator
   */
  public static Function<Random, LiaisonStatement> readyToSendOutgoing(Directory directory) {
    List<WorkingGroup> approvable = approvableGroups(directory);
    return r -> {
      WorkingGroup group = pick(r, approvable);
      Area area = directory.areaOf(group.getAcronym()).orElseThrow();
      Person ad = pick(r, area.getDirectors());
      return outgoing(r, directory, List.of(Body.workingGroup(group.getAcronym())), List.of(approval(ad, area)));
    };
  }

  /**
   * Outgoing statements from two or more working groups at once (§4.1's several groups), each
   * group's area approving through one of its Area Directors: ready to send as of {@link #AS_OF}
   * like {@link #readyToSendOutgoing}, with one approval per area involved.
   *
   * @throws IllegalArgumentException if the directory has fewer than two working groups with an
   *     Area Director
   * @param directory the directory the statements are made for; not null
   * @return the generator
   */
  public static Function<Random, LiaisonStatement> multiGroupOutgoing(Directory directory) {
    List<WorkingGroup> approvable = approvableGroups(directory);
    if (approvable.size() < 2) {
      throw new IllegalArgumentException("multiGroupOutgoing needs two working groups whose area has an Area Director;"
          + " the directory has " + approvable.size());
    }
    return r -> {
      List<WorkingGroup> groups = new ArrayList<>(approvable);
      List<Body> from = new ArrayList<>();
      List<Approval> approvals = new ArrayList<>();
      List<String> areasApproved = new ArrayList<>();
      for (int i = 0, n = 2 + r.nextInt(Math.min(2, groups.size() - 1)); i < n; i++) {
        WorkingGroup g = groups.remove(r.nextInt(groups.size()));
        from.add(Body.workingGroup(g.getAcronym()));
        Area area = directory.areaOf(g.getAcronym()).orElseThrow();
        if (!areasApproved.contains(area.getAcronym())) {
          areasApproved.add(area.getAcronym());
          approvals.add(approval(pick(r, area.getDirectors()), area));
        }
      }
      return outgoing(r, directory, from, approvals);
    };
  }

  /**
   * Incoming For Action statements: from an external organization or group to IETF bodies of the
   * directory, purpose For Action, with or without a deadline; the other parts vary as in
   * {@link StatementGenerators#validStatements}. Every value has direction
   * {@link Direction#INCOMING} and purpose {@link Purpose#FOR_ACTION}.
   *
   * @param directory the directory the statements are made for; not null
   * @return the generator
   */
  public static Function<Random, LiaisonStatement> incomingForAction(Directory directory) {
    Objects.requireNonNull(directory, "directory");
    Function<Random, LiaisonStatement> valid = StatementGenerators.validStatements(directory);
    return r -> {
      ImmutableLiaisonStatement s = ImmutableLiaisonStatement.copyOf(valid.apply(r));
      List<Body> to = new ArrayList<>();
      for (Body b : s.getDirection() == Direction.INCOMING ? s.getTo() : s.getFrom()) {
        to.add(b);
      }
      if (to.isEmpty()) {
        to.add(Body.workingGroup(directory.getWorkingGroups().isEmpty() ? "netconf"
            : pick(r, directory.getWorkingGroups()).getAcronym()));
      }
      List<Body> from = s.getDirection() == Direction.INCOMING && !s.getFrom().isEmpty() ? s.getFrom()
          : List.of(Body.externalGroup("ITU-T", "Study Group " + (11 + r.nextInt(10))));
      ImmutableLiaisonStatement incoming = s.withFrom(from).withTo(to).withPurpose(Purpose.FOR_ACTION)
          .withId("in-" + r.nextInt(100_000));
      return r.nextInt(4) > 0 ? incoming.withDeadline(AS_OF.plusDays(14 + r.nextInt(200))) : incoming;
    };
  }

  /**
   * Replies: each drafts, with {@link Replies#draft}, the reply to an {@link #incomingForAction}
   * statement, so it answers that statement (its purpose is In Response, it responds to the
   * original's id and goes to the original's Send Reply To when it had one).
   *
   * @param directory the directory the statements are made for; not null
   * @return the generator
   */
  public static Function<Random, LiaisonStatement> replies(Directory directory) {
    Function<Random, LiaisonStatement> originals = incomingForAction(directory);
    return r -> Replies.draft(originals.apply(r), directory);
  }

  // ---- parts ---------------------------------------------------------------------------------

  private static List<WorkingGroup> approvableGroups(Directory directory) {
    Objects.requireNonNull(directory, "directory");
    List<WorkingGroup> out = new ArrayList<>();
    for (WorkingGroup g : directory.getWorkingGroups()) {
      if (directory.areaOf(g.getAcronym()).map(a -> !a.getDirectors().isEmpty()).orElse(false)) {
        out.add(g);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no working group of the directory has an Area Director: "
          + "a ready-to-send statement needs one to approve it (§4.1)");
    }
    return out;
  }

  private static Approval approval(Person ad, Area area) {
    return ImmutableApproval.builder().name(ad.getName()).address(ad.getAddress()).role(Role.AREA_DIRECTOR)
        .group(area.getAcronym()).build();
  }

  private static LiaisonStatement outgoing(Random r, Directory directory, List<Body> from, List<Approval> approvals) {
    List<Body> to = List.of(r.nextBoolean() ? Body.organization(pick(r, new String[] {"ITU-T", "3GPP", "IEEE 802"}))
        : Body.externalGroup("ITU-T", "Study Group " + (11 + r.nextInt(10))));
    String toContact = pick(r, EXTERNAL_CONTACTS);
    ImmutableLiaisonStatement.Builder b = LiaisonStatement.builder()
        .id("out-" + r.nextInt(100_000))
        .stage(r.nextBoolean() ? Stage.DRAFT : Stage.PENDING_APPROVAL)
        .from(from).to(to)
        .addToContacts(toContact)
        .subject(pick(r, new String[] {"Review of our YANG module", "Status of the transport work",
            "Request for comments on the optical model", "Update on certificate handling"}))
        .body(pick(r, new String[] {"Please review it.", "We ask you to send your comments.",
            "For your information: the work has reached working group last call."}))
        .sendReplyTo(Replies.proposedSendReplyTo(to, directory))
        .consensus(ImmutableConsensus.builder().declared(ConsensusLevel.EXISTING_IETF_CONSENSUS)
            .process(ConsensusProcess.INFORMATION_SHARING_ONLY).groupInformed(true).build())
        .approvals(approvals);
    for (Body f : from) {
      directory.getWorkingGroups().stream().filter(g -> g.getAcronym().equals(f.getKey())).findFirst()
          .ifPresent(g -> g.getChairs().forEach(c -> b.addFromContacts(c.getAddress())));
    }
    if (r.nextBoolean()) {
      b.sendTo(toContact);
    }
    if (r.nextBoolean()) {
      b.purpose(Purpose.FOR_INFORMATION);
    } else {
      b.purpose(Purpose.FOR_ACTION).deadline(AS_OF.plusDays(30 + r.nextInt(200)));
    }
    return b.build();
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
