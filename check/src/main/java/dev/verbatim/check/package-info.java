/**
 * Checks quotations against their sources: build one {@link dev.verbatim.check.QuoteChecker}, parse
 * the sources with {@link dev.verbatim.check.SourceText}, and call
 * {@link dev.verbatim.check.QuoteChecker#check(String, java.util.List)}.
 *
 * <p>Every public type here is immutable and thread-safe unless its javadoc says otherwise. Nothing
 * returns {@code null} unless annotated {@code @Nullable}. Offsets are half-open {@code [start, end)}
 * UTF-16 indices into the article or into {@link dev.verbatim.check.SourceText#text()}.
 */
@NullMarked
package dev.verbatim.check;

import org.jspecify.annotations.NullMarked;
