package dev.verbatim.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands command-line arguments into documents: {@code -} is stdin, a directory is every regular file
 * below it (recursively, sorted by path), anything else is a file. Problems met while walking become
 * failed inputs in their place, so the batch reports them in order and goes on. Stateless.
 */
final class Inputs {
  private Inputs() {}

  static List<Input> expand(List<String> args) {
    List<Input> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(Input.STDIN)) {
        out.add(Input.stdin());
        continue;
      }
      Path p;
      try {
        p = Path.of(arg);
      } catch (java.nio.file.InvalidPathException e) {
        out.add(Input.failed(arg, "not a valid path (" + e.getReason() + ")"));
        continue;
      }
      if (Files.isDirectory(p)) {
        walk(arg, p, out);
      } else {
        out.add(new Input(arg, p, null)); // a missing file is reported when it is read, in order
      }
    }
    return out;
  }

  private static void walk(String arg, Path dir, List<Input> out) {
    List<Input> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                found.add(Input.file(file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(Input.failed(file.toString(), describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      found.add(Input.failed(arg, describe(e)));
    }
    found.sort(Comparator.comparing(Input::name));
    if (found.isEmpty()) {
      out.add(Input.failed(arg, "directory contains no regular files"));
    }
    out.addAll(found);
  }

  /** A short human reason for an I/O failure, without the path (the caller prints that). */
  static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException f) {
      return "a file is in the way at " + f.getFile();
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop, skipped";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
