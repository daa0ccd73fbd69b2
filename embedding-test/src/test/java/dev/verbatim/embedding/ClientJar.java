package dev.verbatim.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds the client jar around {@link EmbeddedClient}, and finds the library jars under test. */
final class ClientJar {
  static final String SYMBOLIC_NAME = "verbatim.test.client";

  private ClientJar() {}

  /**
   * The directory the build copied the packaged library jars into. Failsafe sets it; run the tests
   * with {@code mvn verify}, since the jars only exist after {@code package}.
   */
  static Path libraryDir() {
    String dir = System.getProperty("verbatim.bundles.dir");
    if (dir == null || !Files.isDirectory(Path.of(dir))) {
      throw new IllegalStateException("verbatim.bundles.dir is not set to the copied jars (" + dir
          + "); run these tests through `mvn verify`");
    }
    return Path.of(dir);
  }

  /** Writes the client jar: an OSGi bundle importing only {@code dev.verbatim}, and a JPMS module. */
  static Path write(Path dir) throws IOException {
    Manifest mf = new Manifest();
    Attributes main = mf.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
    main.putValue("Bundle-Version", "1.0.0");
    main.putValue("Import-Package", "dev.verbatim;version=\"[0.1,1)\"");
    main.putValue("Automatic-Module-Name", SYMBOLIC_NAME);
    String entry = EmbeddedClient.class.getName().replace('.', '/') + ".class";
    Path jar = dir.resolve("client.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jo = new JarOutputStream(out, mf);
        InputStream cls = ClientJar.class.getClassLoader().getResourceAsStream(entry)) {
      if (cls == null) {
        throw new IllegalStateException(entry + " is missing from the test classpath");
      }
      jo.putNextEntry(new JarEntry(entry));
      cls.transferTo(jo);
      jo.closeEntry();
    }
    return jar;
  }
}
