/** An application embedding Liaison, as a named module: it requires the rules module and nothing else. */
module io.github.liaisonproject.consumer {
  requires io.github.liaisonproject.rules;

  exports io.github.liaisonproject.consumer;
}
