package dev.verbatim.spark;

import java.util.Locale;

/** How the job's input articles are stored. */
public enum InputFormat {
  /** A directory of plain-text files, one article per file; the article id is the file's path. */
  TEXT,
  /** JSON Lines: one object per line with an id field and a text field. */
  JSONL,
  /** Parquet with an id column and a text column. */
  PARQUET;

  /** The name used on the command line. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
