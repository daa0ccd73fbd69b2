package dev.verbatim.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads WebVTT and SRT subtitles into turns, keeping each cue's timing. The speaker comes from a
 * {@code <v Name>} voice tag or a label at the start of the cue text; a cue with neither continues
 * the previous speaker's turn. Broken structure fails with the file and line. Stateless.
 */
final class SubtitleParser {
  private static final String TIME = "((?:\\d{1,3}:)?[0-5]?\\d:[0-5]?\\d[.,]\\d{1,3})";
  private static final Pattern TIMING =
      Pattern.compile(TIME + "[ \\t]+-->[ \\t]+" + TIME + "(?:[ \\t]+.*)?");
  private static final Pattern SRT_TIMING =
      Pattern.compile(TIME + "[ \\t]*-->[ \\t]*" + TIME + "(?:[ \\t]+.*)?");
  private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]+)*[ \\t]+([^>]*)>");
  private static final Pattern INDEX = Pattern.compile("\\d+");

  private SubtitleParser() {}

  static SourceText parse(String name, String text, SourceFormat format) {
    List<int[]> lines = TranscriptParser.lines(text);
    int i = 0;
    if (format == SourceFormat.WEBVTT) {
      if (lines.isEmpty() || !line(text, lines, 0).replace("\uFEFF", "").startsWith("WEBVTT")) {
        throw new MalformedSourceException(name, 1,
            "a WebVTT file must start with the line WEBVTT");
      }
      i = 1;
    }
    TurnBuilder turns = new TurnBuilder(text);
    while (i < lines.size()) {
      if (line(text, lines, i).isBlank()) {
        i++;
        continue;
      }
      int end = i;
      while (end < lines.size() && !line(text, lines, end).isBlank()) {
        end++;
      }
      if (format == SourceFormat.WEBVTT && isVttMetadata(line(text, lines, i))) {
        i = end;
        continue;
      }
      int t = timingLine(name, text, lines, i, end, format);
      Timing timing = timing(name, t + 1, line(text, lines, t), format);
      for (int k = t + 1; k < end; k++) {
        payload(name, text, lines.get(k), k + 1, timing, turns);
      }
      i = end;
    }
    return new SourceText(name, text, format, turns.build());
  }

  private static boolean isVttMetadata(String first) {
    return first.startsWith("NOTE") || first.startsWith("STYLE") || first.startsWith("REGION");
  }

  /** Index of the block's timing line, after an optional cue identifier or SRT number. */
  private static int timingLine(String name, String text, List<int[]> lines, int b, int end,
      SourceFormat format) {
    String first = line(text, lines, b);
    if (first.contains("-->")) {
      return b;
    }
    if (format == SourceFormat.SRT && !INDEX.matcher(first.strip()).matches()) {
      throw new MalformedSourceException(name, b + 1, "expected a subtitle number or a timing "
          + "line (HH:MM:SS,mmm --> HH:MM:SS,mmm), found \"" + clip(first) + "\"");
    }
    if (b + 1 >= end) {
      throw new MalformedSourceException(name, b + 1, "cue \"" + clip(first)
          + "\" has no timing line; expected HH:MM:SS" + (format == SourceFormat.SRT ? "," : ".")
          + "mmm --> HH:MM:SS" + (format == SourceFormat.SRT ? "," : ".") + "mmm on the next line");
    }
    return b + 1;
  }

  private static Timing timing(String name, int lineNo, String line, SourceFormat format) {
    Matcher m = (format == SourceFormat.SRT ? SRT_TIMING : TIMING).matcher(line.strip());
    String expected = format == SourceFormat.SRT
        ? "HH:MM:SS,mmm --> HH:MM:SS,mmm" : "HH:MM:SS.mmm --> HH:MM:SS.mmm";
    if (!m.matches()) {
      throw new MalformedSourceException(name, lineNo,
          "malformed cue timing line \"" + clip(line) + "\"; expected " + expected);
    }
    long start = millis(m.group(1));
    long end = millis(m.group(2));
    if (end < start) {
      throw new MalformedSourceException(name, lineNo,
          "cue ends (" + m.group(2) + ") before it starts (" + m.group(1) + ")");
    }
    return new Timing(start, end);
  }

  private static long millis(String time) {
    String[] parts = time.replace(',', '.').split("[:.]");
    int n = parts.length;
    String frac = (parts[n - 1] + "00").substring(0, 3);
    long h = n == 4 ? Long.parseLong(parts[0]) : 0;
    return ((h * 60 + Long.parseLong(parts[n - 3])) * 60 + Long.parseLong(parts[n - 2])) * 1000
        + Long.parseLong(frac);
  }

  private static void payload(String name, String text, int[] line, int lineNo, Timing timing,
      TurnBuilder turns) {
    int start = line[0];
    int end = line[1];
    int open = text.indexOf("<v", start);
    if (open >= 0 && open < end && (open + 2 == end || " \t.".indexOf(text.charAt(open + 2)) >= 0)) {
      Matcher m = VOICE.matcher(text).region(open, end);
      if (!m.lookingAt()) {
        throw new MalformedSourceException(name, lineNo,
            "voice tag is not closed; expected <v Name>");
      }
      String voice = m.group(1).strip();
      turns.speaker(voice, SpeakerLabels.isAnonymous(voice));
      turns.segment(m.end(), end, timing);
      return;
    }
    while (start < end && (text.charAt(start) == '-' || text.charAt(start) == ' ')) {
      start++; // "- " marks a change of speaker in subtitles; the label, if any, follows it
    }
    SpeakerLabels.Label label = SpeakerLabels.find(text, start, end);
    if (label != null && label.strong()) {
      turns.speaker(label.name(), label.anonymous());
      start = label.contentStart();
    }
    turns.segment(start, end, timing);
  }

  private static String line(String text, List<int[]> lines, int i) {
    return text.substring(lines.get(i)[0], lines.get(i)[1]);
  }

  private static String clip(String s) {
    String t = s.strip();
    return t.length() > 60 ? t.substring(0, 57) + "..." : t;
  }
}
