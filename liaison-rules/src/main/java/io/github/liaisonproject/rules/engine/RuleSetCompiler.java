package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.rules.RuleInfo;
import io.github.liaisonproject.rules.RuleProblem;
import io.github.liaisonproject.rules.RuleSetException;
import io.github.liaisonproject.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * Compiles rule files into a Drools knowledge base and reads each rule's catalogue metadata. Every
 * problem is collected before failing: Drools' own errors, then the conventions (each rule has
 * {@code @id}, {@code @section} citing a real section, {@code @explanation}; IDs are unique; a
 * severity, when given, is ERROR, WARNING or INFO).
 */
public final class RuleSetCompiler {
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final String DIR = "src/main/resources/liaison/";

  /** The compiled result. */
  /**
   * A compiled rule set: its base, each rule's catalogue entry by rule name, and the names of the
   * rules that are further rows of a catalogue rule (every rule of an ID after the first in its file).
   */
  public record Compiled(KieBase kieBase, Map<String, RuleInfo> rulesByName, Set<String> rows) {}

  /**
   * Compiles the files, removes the rules whose IDs are disabled, and returns the base with its
   * catalogue.
   *
   * @throws RuleSetException with every problem, when a file does not compile or breaks a convention
   */
  public Compiled compile(List<RuleFile> allFiles, Set<String> disabledIds) {
    // Rule files are code: each is checked against the vocabulary's allow-list first (RuleChecker),
    // and a file that fails is refused (not compiled); the others are still compiled so that every
    // problem is reported at once. Bundled files are checked too: they pass, and stay proof that
    // the allow-list is enough for the whole procedure.
    List<RuleProblem> lintProblems = new ArrayList<>();
    List<RuleFile> files = new ArrayList<>();
    for (RuleFile f : allFiles) {
      List<RuleProblem> p = RuleChecker.check(f);
      if (p.isEmpty()) {
        files.add(f);
      } else {
        lintProblems.addAll(p);
      }
    }
    return build(files, disabledIds, lintProblems);
  }

  /**
   * Compiles files without the author-file checker: for tests that prove what the compiler itself
   * does with a construct the checker refuses (no MVEL evaluates metadata, say). Never for files.
   */
  Compiled compileUnchecked(List<RuleFile> files, Set<String> disabledIds) {
    return build(files, disabledIds, new ArrayList<>());
  }

  private Compiled build(List<RuleFile> files, Set<String> disabledIds, List<RuleProblem> lintProblems) {
    return build(files, files, List.of(), disabledIds, lintProblems);
  }

  /**
   * Compiles {@code toCompile} and creates the base from their models plus {@code precompiledModels}
   * (bundled files compiled at build time); {@code allFiles} are every file of the rule set, for the
   * catalogue's sources and lines.
   */
  private Compiled build(List<RuleFile> allFiles, List<RuleFile> files, List<org.drools.model.Model> precompiledModels,
      Set<String> disabledIds, List<RuleProblem> lintProblems) {
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId releaseId = ks.newReleaseId("io.github.liaisonproject.generated", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
    kfs.generateAndWritePomXML(releaseId);
    Map<String, RuleFile> byPath = new LinkedHashMap<>();
    int i = 0;
    for (RuleFile f : files) {
      // Each file goes in the folder of its package: Drools warns about every file whose folder
      // and package differ ("It is advised to have a correspondance between package and folder").
      String path = folderOf(f.text()) + "f" + (i++) + "_" + f.name().replaceAll("[^A-Za-z0-9_.-]", "_");
      if (!path.endsWith(".drl")) {
        path = path + ".drl";
      }
      // Drools reports paths relative to the resources root: "liaison/f0_content.drl".
      byPath.put(path.substring("src/main/resources/".length()), f);
      kfs.write(path, f.text());
    }
    // The executable model: conditions, consequences and metadata become Java source compiled
    // here; no MVEL expression is evaluated, at compile time or when rules fire (NoMvelTest).
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(org.drools.model.codegen.ExecutableModelProject.class);
    List<RuleProblem> problems = new ArrayList<>(lintProblems);
    List<RuleProblem> drools = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      RuleFile f = byPath.get(m.getPath());
      if (m.getText() != null && m.getText().contains("Parser returned a null Package")) {
        continue; // a consequence of the syntax errors reported for the same file
      }
      String file = f == null ? String.valueOf(m.getPath()) : f.source();
      drools.add(DrlErrors.problem(file, f == null ? "" : f.text(), m.getLine(), m.getColumn(), m.getText()));
    }
    problems.addAll(DrlErrors.tidy(drools));
    if (!problems.isEmpty()) {
      ks.getRepository().removeKieModule(releaseId);
      throw new RuleSetException(problems);
    }
    // The base is created from the executable model the builder generated, as precompiled() does
    // for the bundled one, not through a KieContainer: KieContainerImpl logs "Start creation of
    // KieBase" and "End creation of KieBase" at INFO for every base it creates, and the libraries
    // log nothing at INFO in normal use. The kbase is the builder's default one (no kmodule.xml is
    // written: every package, identity equality, cloud mode), with the options below.
    CanonicalKieModule module = (CanonicalKieModule) builder.getKieModule();
    KieBaseModelImpl kbaseModel = (KieBaseModelImpl) module.getKieModuleModel().getKieBaseModels().values().iterator().next();
    // The handler records a throwing consequence as the rule's failure and lets the others fire.
    KieBaseConfiguration configuration = ks.newKieBaseConfiguration(null, module.getModuleClassLoader());
    configuration.setOption(kbaseModel.getEqualsBehavior());
    configuration.setOption(kbaseModel.getEventProcessingMode());
    configuration.setOption(ConsequenceExceptionHandlerOption.get(Assessor.RecordingHandler.class));
    forSmallSessions(configuration);
    List<org.drools.model.Model> models = new ArrayList<>(precompiledModels);
    models.addAll(module.getModelForKBase(kbaseModel));
    KieBase base = KieBaseBuilder.createKieBaseFromModel(models, configuration);
    ks.getRepository().removeKieModule(releaseId);

    return catalogued(base, allFiles, disabledIds, problems);
  }

  /**
   * Options for what an assessment is: one short session per statement, a few dozen facts, rules
   * never added to a base once built. They change what a session allocates, never what the rules
   * conclude (bench/run: alloc_bytes_per_assess):
   * <ul>
   * <li>an immutable base: a session keeps its facts in one identity map instead of one map per
   *     fact class, and drops at once a fact no pattern can match (the explanations' list of facts
   *     comes from {@link Outcome#workingMemory}, not from the session alone). Rules can still be
   *     removed before the first session (disabled IDs);
   * <li>no hash index in the memories of joins: with one to five facts of a type a list is scanned
   *     faster than a hash table is built, and a pooled session's reset no longer allocates a fresh
   *     table for every indexed join. Both sides or neither: Drools 10.2 with only the right side
   *     unindexed loses matches of joins on {@code ==} (CatalogueTest fails).
   * </ul>
   */
  static void forSmallSessions(KieBaseConfiguration configuration) {
    configuration.setOption(org.kie.api.conf.KieBaseMutabilityOption.DISABLED);
    configuration.setOption(org.kie.internal.conf.IndexRightBetaMemoryOption.NO);
    configuration.setOption(org.kie.internal.conf.IndexLeftBetaMemoryOption.NO);
  }

  /** The folder of a file's package (DIR without a plain dotted package name). */
  private static String folderOf(String drl) {
    Matcher m = PACKAGE.matcher(drl);
    if (!m.find() || !m.group(1).matches("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*")) {
      return DIR;
    }
    return "src/main/resources/" + m.group(1).replace('.', '/') + "/";
  }

  /**
   * The standard rule set precompiled at build time (executable model, {@code META-INF/kmodule.xml}
   * of this jar), with its catalogue read from the rules' metadata as {@link #compile} does, and the
   * disabled rules removed. Empty when the precompiled base is not on the class path.
   *
   * @param files the bundled files the base was built from, for each rule's source and line
   */
  public java.util.Optional<Compiled> precompiled(List<RuleFile> files, Set<String> disabledIds) {
    ClassLoader loader = RuleSetCompiler.class.getClassLoader();
    java.net.URL marker = loader.getResource(PRECOMPILED_MARKER);
    if (marker == null) {
      return java.util.Optional.empty();
    }
    // The marker lists the generated model classes, one per rule file. Creating the base from them
    // directly skips what a class-path KieContainer does first (scanning the class path for
    // kmodule.xml files and parsing them with XStream): a third of the start-up of standard().
    // The options are those of the kbase in META-INF/kmodule.xml, plus the consequence-exception
    // handler.
    List<org.drools.model.Model> models = precompiledModels(marker, loader);
    KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration();
    configuration.setOption(org.kie.api.conf.EqualityBehaviorOption.IDENTITY);
    configuration.setOption(org.kie.api.conf.EventProcessingOption.CLOUD);
    configuration.setOption(ConsequenceExceptionHandlerOption.get(Assessor.RecordingHandler.class));
    forSmallSessions(configuration);
    KieBase base = org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models, configuration);
    List<RuleProblem> problems = new ArrayList<>();
    return java.util.Optional.of(catalogued(base, files, disabledIds, problems));
  }

  /**
   * {@link #compileBesidePrecompiled} where it can be used (bundled files kept, their precompiled
   * models on the class path, no other file in their packages), else {@link #compile}: what a rule
   * set with author files and the why-not probes are built with.
   *
   * @param keptBundled the bundled files no other file replaces; empty to compile every file
   */
  public Compiled compileReusing(List<RuleFile> files, List<RuleFile> keptBundled, Set<String> disabledIds) {
    Optional<Compiled> beside = keptBundled.isEmpty() ? Optional.empty()
        : compileBesidePrecompiled(files, keptBundled, disabledIds);
    return beside.orElseGet(() -> compile(files, disabledIds));
  }

  /**
   * Bundled files kept as they are, with author files beside them: the kept bundled files come from
   * the executable model compiled at build time, and only the other files are checked and compiled
   * here (compiling the bundled ones again was most of an author folder's compile time). Empty when
   * the precompiled base is not on the class path, or when an author file shares a kept bundled
   * file's package (its rules would then be split over two models of one package): then
   * {@link #compile} compiles every file.
   *
   * @param files every file of the rule set, bundled ones included
   * @param keptBundled the bundled files among them that no author file replaces
   */
  public java.util.Optional<Compiled> compileBesidePrecompiled(List<RuleFile> files, List<RuleFile> keptBundled,
      Set<String> disabledIds) {
    ClassLoader loader = RuleSetCompiler.class.getClassLoader();
    java.net.URL marker = loader.getResource(PRECOMPILED_MARKER);
    if (marker == null) {
      return java.util.Optional.empty();
    }
    Set<String> keptPackages = new java.util.HashSet<>();
    for (RuleFile f : keptBundled) {
      keptPackages.add(packageOf(f.text()));
    }
    List<RuleFile> others = new ArrayList<>();
    for (RuleFile f : files) {
      if (!keptBundled.contains(f)) {
        if (keptPackages.contains(packageOf(f.text()))) {
          return java.util.Optional.empty();
        }
        others.add(f);
      }
    }
    List<org.drools.model.Model> kept = new ArrayList<>();
    for (org.drools.model.Model m : precompiledModels(marker, loader)) {
      if (keptPackages.contains(m.getPackageName())) {
        kept.add(m);
      }
    }
    List<RuleProblem> lintProblems = new ArrayList<>();
    List<RuleFile> checked = new ArrayList<>();
    for (RuleFile f : others) {
      List<RuleProblem> p = RuleChecker.check(f);
      if (p.isEmpty()) {
        checked.add(f);
      } else {
        lintProblems.addAll(p);
      }
    }
    return java.util.Optional.of(build(files, checked, kept, disabledIds, lintProblems));
  }

  private static String packageOf(String drl) {
    Matcher m = PACKAGE.matcher(drl);
    return m.find() ? m.group(1) : "";
  }

  /** The model classes the marker lists, one per bundled package, instantiated. */
  private static List<org.drools.model.Model> precompiledModels(java.net.URL marker, ClassLoader loader) {
    List<org.drools.model.Model> models = new ArrayList<>();
    try (java.io.InputStream in = marker.openStream()) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
        String name = line.trim();
        if (name.isEmpty() || name.startsWith("Drools-Model-Version:")) {
          continue;
        }
        models.add((org.drools.model.Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
      }
    } catch (java.io.IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("the precompiled standard rule set cannot be loaded: " + e, e);
    }
    return models;
  }

  /** The kbase of META-INF/kmodule.xml that holds the standard rule set. */
  public static final String PRECOMPILED_KBASE = "io.github.liaisonproject.rules.standard";
  /** Written by kie-maven-plugin next to the executable model of this jar. */
  static final String PRECOMPILED_MARKER = "META-INF/kie/io.github.liaisonproject/liaison-rules/drools-model";

  private Compiled catalogued(KieBase base, List<RuleFile> files, Set<String> disabledIds, List<RuleProblem> problems) {
    Set<String> rows = new java.util.HashSet<>();
    Map<String, RuleInfo> byName = catalogue(base, files, problems, rows);
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    List<String[]> toRemove = new ArrayList<>();
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        RuleInfo info = byName.get(r.getName());
        if (info != null && disabledIds.contains(info.id())) {
          toRemove.add(new String[] {p.getName(), r.getName()});
        }
      }
    }
    for (String[] r : toRemove) {
      base.removeRule(r[0], r[1]);
      byName.remove(r[1]);
    }
    rows.retainAll(byName.keySet());
    return new Compiled(base, byName, rows);
  }

  /**
   * Reads every rule's metadata. One catalogue ID may be written as several rules (its rows: "one
   * approval per area", "the IAB", ...) in one file; the first of them in the file is the one the
   * listing shows, the others go into {@code rows}. An ID used in two files is an error.
   */
  private static Map<String, RuleInfo> catalogue(KieBase base, List<RuleFile> files, List<RuleProblem> problems,
      Set<String> rows) {
    Map<String, RuleInfo> byName = new HashMap<>();
    Map<String, RuleInfo> byId = new HashMap<>();
    Map<String, Integer> headLine = new HashMap<>();
    RuleLocations locations = new RuleLocations(files);
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        RuleLocations.Located where = locations.locate(p.getName(), r.getName());
        Map<String, Object> meta = r.getMetaData();
        String id = text(meta.get("id"));
        String section = text(meta.get("section"));
        String explanation = text(meta.get("explanation"));
        String severityText = text(meta.get("severity"));
        if (byName.containsKey(r.getName())) {
          problems.add(new RuleProblem(where.source(), where.line(), 1,
              "rule \"" + r.getName() + "\" is defined twice; rule names must be unique"));
        }
        if (id.isEmpty()) {
          problems.add(new RuleProblem(where.source(), where.line(), 1, "rule \"" + r.getName()
              + "\" has no @id(\"...\"): give it its catalogue ID, e.g. @id(\"APPROVAL-WG\")"));
        }
        for (String s : Sections.problems(section)) {
          problems.add(new RuleProblem(where.source(), where.line(), 1, "rule \"" + r.getName() + "\": " + s));
        }
        if (explanation.isEmpty()) {
          problems.add(new RuleProblem(where.source(), where.line(), 1, "rule \"" + r.getName()
              + "\" has no @explanation(\"...\"): say in one sentence what it checks"));
        }
        Optional<Severity> severity = Optional.empty();
        if (!severityText.isEmpty()) {
          try {
            severity = Optional.of(Severity.valueOf(severityText.toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            problems.add(new RuleProblem(where.source(), where.line(), 1, "rule \"" + r.getName() + "\": severity \""
                + severityText + "\" is not ERROR, WARNING or INFO"));
          }
        }
        RuleInfo info = new RuleInfo(id.isEmpty() ? r.getName() : id, severity, section, explanation,
            where.concern(), where.source(), r.getName());
        if (!id.isEmpty()) {
          RuleInfo other = byId.putIfAbsent(id, info);
          if (other == null) {
            headLine.put(id, where.line());
          } else if (other.source().equals(info.source())) {
            // another row of the same catalogue rule: the one first in the file heads it
            if (where.line() < headLine.get(id)) {
              rows.add(other.ruleName());
              byId.put(id, info);
              headLine.put(id, where.line());
            } else {
              rows.add(r.getName());
            }
          } else {
            problems.add(new RuleProblem(where.source(), where.line(), 1, "rule ID " + id + " is used twice: also by rule \""
                + other.ruleName() + "\" in " + other.source() + "; each ID belongs to one rule (or to rules of one file, its rows)"));
          }
        }
        byName.put(r.getName(), info);
      }
    }
    return byName;
  }

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString().trim();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s.trim();
  }
}
