/**
 * Cases files ({@code *.cases.yaml}) and their runner: each case a statement and what the rule set
 * must produce for it (rules that fire or stay silent, severities, approvers, delivery,
 * obligations, proposals, document verdicts), run by {@link
 * io.github.liaisonproject.rules.cases.CaseRunner} against any rule set, and the coverage of the
 * rules by the cases ({@link io.github.liaisonproject.rules.cases.RuleCoverage}). The bundled
 * rule files' cases live beside them; policy authors write their own beside their files.
 *
 * <p>Guarantees: the types read from files ({@link io.github.liaisonproject.rules.cases.CasesFile},
 * {@link io.github.liaisonproject.rules.cases.Case}, {@link
 * io.github.liaisonproject.rules.cases.Expectation}) are records as the file gives them, so a
 * component a file leaves out is null (each says which may be); the results ({@link
 * io.github.liaisonproject.rules.cases.CaseResult}, {@link
 * io.github.liaisonproject.rules.cases.RuleCoverage}) are immutable, with unmodifiable
 * collections. A {@code CaseRunner} is immutable and thread-safe, as the rule set it runs is.
 */
package io.github.liaisonproject.rules.cases;
