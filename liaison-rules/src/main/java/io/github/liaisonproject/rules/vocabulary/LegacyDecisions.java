package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.BodyKind;
import io.github.liaisonproject.model.DocumentKind;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.model.DocumentStatus;
import io.github.liaisonproject.model.DraftKind;
import io.github.liaisonproject.model.Stream;
import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.vocabulary.Statement.ApprovalUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TEMPORARY, for the hand-coded test oracle only, until the oracle is rewritten over the model
 * (branch {@code oracle}): the decisions the rule files used to call, now written in the rule
 * files. No rule calls them; they are not part of the vocabulary ({@link Vocabulary} does not list
 * them, and the author-file checker refuses them). Delete this file and the deprecated delegators
 * in {@link Statement} when the oracle no longer calls them.
 */
final class LegacyDecisions {
  private LegacyDecisions() {}

  static List<Body> approvingGroups(Statement s) {
    List<Body> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Body b : s.getModel().getFrom()) {
      if (b == null) {
        continue;
      }
      BodyKind k = b.getKind();
      boolean approving = k == BodyKind.IETF || k == BodyKind.IESG || k == BodyKind.IAB || k == BodyKind.AREA
          || k == BodyKind.WORKING_GROUP;
      if (approving && seen.add(b.getKind() + ":" + b.getKey())) {
        out.add(b);
      }
    }
    return out;
  }

  static List<ApprovalUnit> approvalUnits(Statement s) {
    Map<String, List<Body>> groups = new LinkedHashMap<>();
    Map<String, String> areaOfUnit = new HashMap<>();
    for (Body b : approvingGroups(s)) {
      String key;
      switch (b.getKind()) {
        case IETF: case IESG:
          key = "ietf";
          break;
        case IAB:
          key = "iab";
          break;
        case AREA:
          key = "area:" + b.getKey();
          areaOfUnit.put(key, b.getKey());
          break;
        default: {
          String area = s.areaOf(b);
          if (area == null) {
            key = "wg:" + b.getKey();
          } else {
            key = "area:" + area.trim().toLowerCase(Locale.ROOT);
            areaOfUnit.put(key, area.trim());
          }
        }
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
    }
    List<ApprovalUnit> units = new ArrayList<>();
    for (Map.Entry<String, List<Body>> e : groups.entrySet()) {
      String key = e.getKey();
      List<Body> bodies = e.getValue();
      String labels = String.join(" and ", bodies.stream().map(Body::getLabel).sorted().toList());
      if (key.equals("ietf")) {
        units.add(new ApprovalUnit(labels, s.getIetfChair()));
      } else if (key.equals("iab")) {
        units.add(new ApprovalUnit(labels, s.getIabChair()));
      } else if (key.startsWith("wg:")) {
        units.add(new ApprovalUnit(labels + " (area unknown: the WG is not in the directory)", List.of()));
      } else {
        String area = areaOfUnit.get(key);
        boolean onlyTheArea = bodies.size() == 1 && bodies.get(0).getKind() == BodyKind.AREA;
        boolean namesTheArea = bodies.stream().anyMatch(b -> b.getKind() == BodyKind.AREA);
        String forWhom = namesTheArea ? labels : labels + " (area " + area + ")";
        List<Approver> ads = s.knowsArea(area) ? s.areaDirectors(area) : List.of();
        if (ads.isEmpty()) {
          forWhom = onlyTheArea ? labels + " (no Area Director in the directory)"
              : labels + " (area " + area + ": no Area Director in the directory)";
        }
        units.add(new ApprovalUnit(forWhom, ads));
      }
    }
    return units;
  }

  static boolean misdirectedWithKnownGroups(Statement s) {
    return s.isIncoming() && !s.isWithdrawn() && s.getModel().isMisdirected() && !s.getCorrectGroupAddresses().isEmpty();
  }

  static List<String> deliveryTo(Statement s) {
    if (s.isWithdrawn()) {
      return List.of();
    }
    if (s.isOutgoing()) {
      if (s.getSendTo() != null) {
        return List.of(s.getSendTo());
      }
      return s.getOriginalSendReplyTo() != null ? List.of(s.getOriginalSendReplyTo()) : s.getToContacts();
    }
    if (misdirectedWithKnownGroups(s)) {
      return List.of();
    }
    return s.isIncoming() && s.getReceivedAt() != null ? s.getToContacts() : List.of();
  }

  static List<String> deliveryCc(Statement s) {
    if (!s.isOutgoing()) {
      return List.of();
    }
    List<String> to = deliveryTo(s);
    boolean sendTo = s.getSendTo() != null || s.getOriginalSendReplyTo() != null;
    List<String> cc = new ArrayList<>();
    for (String a : s.getFromContacts()) {
      if (!Addresses.contains(to, a) && !(sendTo && Addresses.contains(s.getToContacts(), a)) && !cc.contains(a)) {
        cc.add(a);
      }
    }
    return List.copyOf(cc);
  }

  static boolean consensusContextNeeded(DocumentReference d) {
    if (d == null) {
      return false;
    }
    Stream stream = d.getEffectiveStream().orElse(null);
    if (stream == Stream.IRTF || stream == Stream.INDEPENDENT || stream == Stream.EDITORIAL) {
      return true;
    }
    if (d.getKind() == DocumentKind.INTERNET_DRAFT && d.getDraftKind().orElse(null) == DraftKind.INDIVIDUAL) {
      return true;
    }
    DocumentStatus status = d.getStatus().orElse(null);
    if (status == DocumentStatus.EXPERIMENTAL || status == DocumentStatus.HISTORIC) {
      return true;
    }
    return status == DocumentStatus.INFORMATIONAL && !d.isWorkingGroupPosition() && !d.isWorkingGroupDraft();
  }

  static List<String> missingDefaultFromContacts(Statement st) {
    Map<String, String> all = new LinkedHashMap<>();
    java.util.function.Consumer<String> add = address -> {
      if (address != null && !address.isBlank()) {
        all.putIfAbsent(address.trim().toLowerCase(Locale.ROOT), address.trim());
      }
    };
    var directory = st.getDirectory();
    for (Body b : st.getModel().getFrom()) {
      switch (b.getKind()) {
        case WORKING_GROUP -> {
          st.chairsOf(b).forEach(add);
          add.accept(st.listOf(b));
          String area = st.areaOf(b);
          if (area != null) {
            directory.directorsOf(area).forEach(p -> add.accept(p.getAddress()));
          }
        }
        case AREA -> directory.directorsOf(b.getKey()).forEach(p -> add.accept(p.getAddress()));
        case IETF, IESG -> {
          directory.getIetfChair().ifPresent(p -> add.accept(p.getAddress()));
          add.accept(directory.getIesgAddress().orElse(null));
        }
        case IAB -> {
          add.accept(directory.getIabAddress().orElse(null));
          directory.getIabChair().ifPresent(p -> add.accept(p.getAddress()));
        }
        default -> { }
      }
    }
    return all.values().stream().filter(a -> !Addresses.contains(st.getFromContacts(), a)).toList();
  }
}
