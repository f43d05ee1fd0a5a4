/**
 * The assessment API: {@link io.github.liaisonproject.rules.LiaisonRules} answers, for a
 * statement, a directory and a date, with an {@link io.github.liaisonproject.rules.Assessment}:
 * findings, the approval decision, the delivery, a verdict per transmitted document, obligations
 * and proposals, each citing its rule ID and section. No Drools type appears in a signature.
 *
 * <p>Guarantees: a {@code LiaisonRules} is immutable and thread-safe (build it once, share it;
 * {@link io.github.liaisonproject.rules.ReloadableRules} swaps rule sets atomically); the results
 * are immutable values (records holding unmodifiable lists) and the same input always gives an
 * equal result. Arguments are required: pass no null unless a method says otherwise. Malformed
 * input is refused with {@code InvalidStatementException} before any rule runs; a rule set that
 * does not compile, with {@link io.github.liaisonproject.rules.RuleSetException} listing every
 * problem. The package {@code io.github.liaisonproject.rules.engine} is internal and not
 * exported.
 */
package io.github.liaisonproject.rules;
