/** Verbatim check: compares an article's quotes with what the sources really say. */
module dev.verbatim.check {
  requires transitive dev.verbatim.core;
  requires static org.jspecify;

  exports dev.verbatim.check;
}
