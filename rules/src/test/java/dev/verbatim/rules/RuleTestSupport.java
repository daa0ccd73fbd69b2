package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;

/** What the rule tests share: one news engine (immutable, so one serves every test) and lookups. */
final class RuleTestSupport {
  private RuleTestSupport() {}

  /** The default engine: news genre, the bundled English rules. */
  static final QuoteAttributor NEWS = QuoteAttributor.builder().build();

  /** The one quote the news engine finds in {@code text}; fails the test unless there is exactly one. */
  static Quote only(String text) {
    AttributionResult r = NEWS.attribute(text);
    assertThat(r.quotes()).as("quotes in %s", text).hasSize(1);
    return r.quotes().get(0);
  }
}
