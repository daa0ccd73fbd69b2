package dev.verbatim.html.report;

/** HTML escaping for text and double-quoted attribute values. Stateless and thread-safe. */
final class Html {
  private Html() {}

  /** {@code s} escaped for text content or a double-quoted attribute value. */
  static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (rep == null && (c < 0x20 && c != '\n' && c != '\t')) {
        rep = " "; // control characters are not allowed in HTML text
      }
      if (rep != null) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        sb.append(rep);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
