/**
 * The procedure for liaison statements as rule sets behind a small assessment API:
 * {@link io.github.liaisonproject.rules.LiaisonRules} is the entry point.
 *
 * <p>Open: the rule engine reads the facts and loads the precompiled rules and the bundled rule
 * files by reflection and as resources. The engine package is internal and not exported; the
 * vocabulary package is what rule files may use, exported for policy authors' files.
 */
open module io.github.liaisonproject.rules {
  requires transitive io.github.liaisonproject.model;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.kie.api;
  requires org.kie.internal.api;
  requires org.drools.engine.classic;
  requires org.drools.modelcompiler;
  requires org.drools.compiler; // the kbase model of rule files compiled at run time (RuleSetCompiler)
  requires org.drools.canonicalmodel;
  requires org.drools.xml.support;
  requires org.drools.drl.parser; // explanations and why-not read the rules' conditions back from their files
  requires org.drools.drl.ast;
  requires org.slf4j;
  requires jdk.management; // each thread's allocated bytes: the allocation limit of an assessment (ThreadAllocation)

  exports io.github.liaisonproject.rules;
  exports io.github.liaisonproject.rules.cases;
  exports io.github.liaisonproject.rules.vocabulary;
}
