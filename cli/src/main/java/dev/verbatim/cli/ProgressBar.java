package dev.verbatim.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, drawn only when a person is watching (a console is attached), so
 * logs and pipes never see carriage returns. Used by one thread; not thread-safe.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private int done;
  private int drawn = -1;

  ProgressBar(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled && total > 0;
  }

  static boolean wanted() {
    return System.console() != null;
  }

  void step() {
    done++;
    if (!enabled) {
      return;
    }
    int filled = done * WIDTH / total;
    if (filled != drawn || done == total) {
      drawn = filled;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
          + " documents");
      err.flush();
    }
  }

  /** Erases the bar so the report starts on a clean line. */
  void finish() {
    if (enabled) {
      err.print("\r" + " ".repeat(WIDTH + 32) + "\r");
      err.flush();
    }
  }
}
