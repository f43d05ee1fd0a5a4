/** An application embedding Liaison, as a named module: it requires the rules module and nothing else. */
module io.github.liaisonproject.consumer {
  requires transitive io.github.liaisonproject.rules; // Outbox takes an Assessment

  exports io.github.liaisonproject.consumer;
}
