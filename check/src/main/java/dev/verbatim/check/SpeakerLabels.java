package dev.verbatim.check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the speaker label at the start of a transcript line or subtitle cue. Stateless.
 *
 * <p>Strong labels are unambiguous ({@code NAVARRO:}, {@code Mr. Smith:}, {@code Q:}, {@code [Speaker
 * 2]}); weak ones ({@code Ana Ruiz:}) could also be prose ("Update: ..."), so the transcript parser
 * accepts them only when the source has other labels.
 */
final class SpeakerLabels {
  /** A label found on a line. */
  record Label(String name, boolean anonymous, boolean strong, int contentStart) {}

  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'\u2019\\-]*";
  private static final String HONORIFIC = "(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Prof|Gen|Rev|Hon|Judge|"
      + "Mayor|President|Senator|Governor|Representative|Secretary|Minister|Chairman|Chairwoman)";
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\[?\\(?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?\\)?\\]?\\s+");
  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]\\n]{1,40})\\]:?[ \\t]*");
  private static final Pattern QA = Pattern.compile("(Q|A|QUESTION|ANSWER)[:.][ \\t]+");
  private static final Pattern TITLED = Pattern.compile(
      "(" + HONORIFIC + "\\.?\\s+" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,2}):[ \\t]+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPS = Pattern.compile(
      "(\\p{Lu}[\\p{Lu}\\d'\u2019.\\- ]{0,38}[\\p{Lu}\\d.]):[ \\t]+");
  private static final Pattern WEAK = Pattern.compile(
      "(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3}):[ \\t]+");
  private static final Pattern SPEAKER_N =
      Pattern.compile("(?i)(?:speaker|spk|voice)\\s*\\d+|(?:unidentified|unknown)\\b.*");
  /** Bracketed notes that are not speakers. */
  private static final Set<String> NOTES = Set.of("applause", "laughter", "laughs", "crosstalk",
      "inaudible", "music", "silence", "pause", "unintelligible", "cheers", "cheering",
      "indistinct", "break", "end", "begin", "video clip", "audio clip", "commercial break");

  private SpeakerLabels() {}

  /** The label starting the line {@code [from, to)} of {@code text}, or {@code null}. */
  static @Nullable Label find(String text, int from, int to) {
    int start = from;
    while (start < to && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    Matcher m = TIMESTAMP.matcher(text).region(start, to);
    if (m.lookingAt()) {
      start = m.end();
    }
    m = BRACKET.matcher(text).region(start, to);
    if (m.lookingAt()) {
      String name = m.group(1).strip();
      if (NOTES.contains(name.toLowerCase(Locale.ROOT)) || m.end() == to) {
        return null;
      }
      return new Label(name, isAnonymous(name), true, m.end());
    }
    m = QA.matcher(text).region(start, to);
    if (m.lookingAt()) {
      return new Label(m.group(1), true, true, m.end());
    }
    m = TITLED.matcher(text).region(start, to);
    if (m.lookingAt()) {
      return new Label(m.group(1), false, true, m.end());
    }
    m = CAPS.matcher(text).region(start, to);
    if (m.lookingAt() && m.group(1).chars().filter(Character::isLetter).count() >= 2) {
      return new Label(m.group(1), isAnonymous(m.group(1)), true, m.end());
    }
    m = WEAK.matcher(text).region(start, to);
    if (m.lookingAt()) {
      return new Label(m.group(1), isAnonymous(m.group(1)), false, m.end());
    }
    return null;
  }

  static boolean isAnonymous(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    return l.equals("q") || l.equals("a") || l.equals("question") || l.equals("answer")
        || SPEAKER_N.matcher(l).matches();
  }
}
