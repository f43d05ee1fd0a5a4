package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.model.LiaisonStatement;
import java.util.ArrayList;
import java.util.List;

/** Which statements of a batch are related to one: those it answers and those that answer it, by id. */
public final class Relations {
  private Relations() {}

  public static List<LiaisonStatement> relatedInBatch(LiaisonStatement s, List<LiaisonStatement> batch) {
    List<LiaisonStatement> related = new ArrayList<>();
    for (LiaisonStatement o : batch) {
      if (o == s) {
        continue;
      }
      boolean answered = o.getId().map(s.getRespondsTo()::contains).orElse(false);
      boolean answers = s.getId().map(o.getRespondsTo()::contains).orElse(false);
      if ((answered || answers) && !related.contains(o)) {
        related.add(o);
      }
    }
    return related;
  }
}
