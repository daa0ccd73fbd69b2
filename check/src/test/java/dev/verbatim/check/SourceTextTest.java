package dev.verbatim.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {
  @Test
  void transcriptLabelsOpenTurnsAndUnlabelledLinesContinueThem() {
    String t = "NAVARRO: We will finish the bridge.\nIt will take two years.\n"
        + "Mr. Smith: That is too slow.\nQ: Why?\nA: Money.\n[Speaker 2] I disagree.\n"
        + "SEN. ELENA NAVARRO: Fine.\n";
    SourceText s = SourceText.parse("t.txt", t);
    assertThat(s.format()).isEqualTo(SourceFormat.TRANSCRIPT);
    assertThat(s.turns()).extracting(Turn::speaker)
        .containsExactly("NAVARRO", "Mr. Smith", "Q", "A", "Speaker 2", "SEN. ELENA NAVARRO");
    assertThat(s.turns()).extracting(Turn::anonymous)
        .containsExactly(false, false, true, true, true, false);
    Turn first = s.turns().get(0);
    assertThat(first.segments()).hasSize(2);
    assertThat(first.segments().get(0).start()).isEqualTo(t.indexOf("We will"));
    assertThat(first.segments().get(0).text()).isEqualTo("We will finish the bridge.");
    assertThat(first.segments().get(1).text()).isEqualTo("It will take two years.");
    assertThat(s.turns().get(4).segments().get(0).text()).isEqualTo("I disagree.");
    assertThat(first.timings()).isEmpty();
  }

  @Test
  void plainTextIsOneTurnWithNoSpeakerAndProseColonsAreNotLabels() {
    String t = "Update: the council met on Monday.\n\nIt voted to finish the bridge.";
    SourceText s = SourceText.parse("release.txt", t);
    assertThat(s.format()).isEqualTo(SourceFormat.PLAIN);
    assertThat(s.turns()).hasSize(1);
    assertThat(s.turns().get(0).speaker()).isNull();
    assertThat(s.turns().get(0).segments().get(0).text())
        .isEqualTo("Update: the council met on Monday.");
  }

  @Test
  void weakTitleCaseLabelsCountWhenRepeated() {
    String t = "Ana Ruiz: The vote is close.\nTom Hale: It is not.\nAna Ruiz: We will see.";
    SourceText s = SourceText.parse("t.txt", t);
    assertThat(s.turns()).extracting(Turn::speaker)
        .containsExactly("Ana Ruiz", "Tom Hale", "Ana Ruiz");
  }

  @Test
  void webVttKeepsVoicesAndCueTimings() {
    String t = "WEBVTT\n\nNOTE recorded at the town hall\n\n1\n00:00:01.000 --> 00:00:04.500\n"
        + "<v Elena Navarro>We will finish the bridge</v>\n\n00:00:04.500 --> 00:01:02.250\n"
        + "by the end of next year.\n\n01:00:00.000 --> 01:00:02.000 align:start\n"
        + "<v.loud Tom Hale>Too slow!\n";
    SourceText s = SourceText.parse("town.vtt", t);
    assertThat(s.format()).isEqualTo(SourceFormat.WEBVTT);
    assertThat(s.turns()).extracting(Turn::speaker).containsExactly("Elena Navarro", "Tom Hale");
    Turn first = s.turns().get(0);
    assertThat(first.segments()).extracting(dev.verbatim.Span::text)
        .containsExactly("We will finish the bridge</v>", "by the end of next year.");
    assertThat(first.timings()).containsExactly(new Timing(1000, 4500), new Timing(4500, 62250));
    assertThat(s.turns().get(1).timing(0)).isEqualTo(new Timing(3_600_000, 3_602_000));
    assertThat(new Timing(4500, 62250).toString()).isEqualTo("00:00:04.500 --> 00:01:02.250");
  }

  @Test
  void srtCuesWithLabelsInTheText() {
    String t = "1\n00:00:01,000 --> 00:00:03,000\nNAVARRO: We will finish\nthe bridge.\n\n"
        + "2\n00:00:03,200 --> 00:00:05,000\n- Q: When?\n";
    SourceText s = SourceText.parse("clip.srt", t);
    assertThat(s.format()).isEqualTo(SourceFormat.SRT);
    assertThat(s.turns()).extracting(Turn::speaker).containsExactly("NAVARRO", "Q");
    assertThat(s.turns().get(0).segments()).extracting(dev.verbatim.Span::text)
        .containsExactly("We will finish", "the bridge.");
    assertThat(s.turns().get(0).timings())
        .containsExactly(new Timing(1000, 3000), new Timing(1000, 3000));
    assertThat(SourceText.parse("clip.txt", t).format()).isEqualTo(SourceFormat.SRT);
  }

  @Test
  void brokenSrtTimingLineNamesFileAndLine() {
    String t = "1\n00:00:01,000 --> 00:00:03,000\nFine.\n\n2\n00:00:03 -> 00:00:05\nBroken.\n";
    assertThatThrownBy(() -> SourceText.parse("clip.srt", t))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessage("clip.srt:6: malformed cue timing line \"00:00:03 -> 00:00:05\"; "
            + "expected HH:MM:SS,mmm --> HH:MM:SS,mmm")
        .satisfies(e -> assertThat(((MalformedSourceException) e).line()).isEqualTo(6));
  }

  @Test
  void otherMalformedSubtitlesFailClearly() {
    assertThatThrownBy(() -> SourceText.parse("a.vtt", "00:00:01.000 --> 00:00:02.000\nHi\n"))
        .hasMessage("a.vtt:1: a WebVTT file must start with the line WEBVTT");
    assertThatThrownBy(() -> SourceText.parse("b.srt", "1\nHello there\n"))
        .hasMessage("b.srt:2: malformed cue timing line \"Hello there\"; "
            + "expected HH:MM:SS,mmm --> HH:MM:SS,mmm");
    assertThatThrownBy(() -> SourceText.parse("c.srt", "one\n00:00:01,000 --> 00:00:02,000\nHi"))
        .hasMessageStartingWith("c.srt:1: expected a subtitle number or a timing line");
    assertThatThrownBy(() -> SourceText.parse("d.vtt",
        "WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nHi\n"))
        .hasMessage("d.vtt:3: cue ends (00:00:02.000) before it starts (00:00:05.000)");
    assertThatThrownBy(() -> SourceText.parse("e.vtt",
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Elena Navarro We won\n"))
        .hasMessage("e.vtt:4: voice tag is not closed; expected <v Name>");
    assertThatThrownBy(() -> SourceText.parse("f.txt", "line one\nbin\0ary"))
        .hasMessage("f.txt:2: contains a NUL character; this looks like a binary file, not text");
  }

  @Test
  void readRejectsInvalidUtf8WithTheLine(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("bad.txt");
    byte[] head = "NAVARRO: fine\nstill fine\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = 'x';
    bytes[head.length + 1] = (byte) 0xC3;
    bytes[head.length + 2] = (byte) 0x28;
    Files.write(p, bytes);
    assertThatThrownBy(() -> SourceText.read(p))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessage(p + ":3: byte " + (head.length + 1)
            + " is not valid UTF-8; save the file as UTF-8 text");
    Path ok = dir.resolve("ok.txt");
    Files.writeString(ok, "\uFEFFNAVARRO: fine");
    SourceText s = SourceText.read(ok);
    assertThat(s.turns().get(0).speaker()).isEqualTo("NAVARRO");
    assertThat(s.text()).hasSize(14);
  }
}
