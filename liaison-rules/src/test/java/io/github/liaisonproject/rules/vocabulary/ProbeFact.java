package io.github.liaisonproject.rules.vocabulary;

/**
 * Test fixture: a vocabulary class with one registered property, one public method added without
 * its {@link Describe} and one deprecated; the allow-list built from a registry that lists it must
 * allow only the first.
 */
@Describe("Test fixture.")
public final class ProbeFact {
  @Describe("A registered property.")
  public String getListed() { return "listed"; }

  /** Added to the class but not registered: no {@code @Describe}. */
  public String getUnlisted() { return "unlisted"; }

  /** Added to the class but not registered: a call. */
  public boolean unlistedCall(String s) { return s.isEmpty(); }

  @Deprecated
  @Describe("Deprecated, so not vocabulary.")
  public String getOld() { return "old"; }
}
