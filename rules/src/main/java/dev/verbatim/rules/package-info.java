/**
 * English attribution rules: cue lexicons, speaker mentions, the rules that link quotes to cues and
 * speakers, and the coreference that merges mentions into document entities. Internal: reached only
 * through {@code dev.verbatim.QuoteAttributor}.
 */
@NullMarked
package dev.verbatim.rules;

import org.jspecify.annotations.NullMarked;
