/**
 * The vocabulary of the rule files, closed and listed in {@link
 * io.github.liaisonproject.rules.vocabulary.Vocabulary}: the facts Java inserts for every
 * assessment (the {@link io.github.liaisonproject.rules.vocabulary.Statement}, its parts as plain
 * facts: {@code FromBody}, {@code ToBody}, {@code Contact}, {@code OriginalStatement}, {@code
 * DocumentFact}, {@code AttachmentFact}; and directory lookups: {@code RoleHolder}, {@code
 * CounterpartRelationshipFact}), the facts rules derive through {@code report} ({@code
 * ApprovalNeed}, {@code ApprovalGiven}, {@code DeliveryAddress}, {@code ContextNeeded}, {@code
 * UsualContact}), the helpers {@code Addresses} (address comparison) and {@code Words} (wording of
 * messages), and the global {@code report} whose one-line calls turn a rule's metadata into
 * findings, decisions and obligations. Every decision of the procedure is written in the rule
 * files; the types here look things up and format text. docs/vocabulary.md is generated from
 * {@code Vocabulary}. Rule files may import from this package and the model's; Java callers use
 * the package {@code io.github.liaisonproject.rules} instead.
 *
 * <p>Guarantees: the engine makes these facts for one assessment, and one session reads them on
 * one thread. They are immutable, except the derived {@code ContextNeeded} and {@code UsualContact},
 * to which {@code report} adds reasons and roles while the session runs (their getters return
 * copies), and {@code Report}, which records into its assessment. Properties that may be absent
 * return null (rule files compare with {@code == null}), and each says so; lists are never null.
 * The helpers {@code Addresses}, {@code Words} and {@code Vocabulary} are stateless and
 * thread-safe.
 */
package io.github.liaisonproject.rules.vocabulary;
