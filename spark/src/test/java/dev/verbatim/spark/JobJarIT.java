package dev.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The spark-submit jar must work on a cluster whose own, older ICU4J comes first on the class path
 * (Spark 4.1 ships ICU4J 77; core is built against 78, whose BreakIterator.clone has another
 * signature). Loads that ICU4J ahead of the job jar, as Spark's launcher would, and runs the engine.
 */
class JobJarIT {
  private static Path property(String name) {
    Path p = Path.of(System.getProperty(name, "<unset>"));
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(name + " does not name a file (" + p + "); run `mvn verify`");
    }
    return p;
  }

  @Test
  void jobJarUsesItsOwnIcuWhenTheClustersComesFirst() throws Exception {
    URL clusterIcu = property("verbatim.cluster.icu4j").toUri().toURL();
    URL jobJar = property("verbatim.job.jar").toUri().toURL();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {clusterIcu, jobJar},
        ClassLoader.getPlatformClassLoader())) {
      Object clusterVersion = loader.loadClass("com.ibm.icu.util.VersionInfo")
          .getField("ICU_VERSION").get(null);
      assertThat(clusterVersion).hasToString("77.1.0.0");

      Class<?> attributor = loader.loadClass("dev.verbatim.QuoteAttributor");
      Object engine = attributor.getMethod("create").invoke(null);
      Object result = attributor.getMethod("attribute", String.class)
          .invoke(engine, AttributeQuotesUdfTest.TEXT);
      String printed = result.toString();
      assertThat(printed)
          .contains("spans=[Span[start=27, end=60, text=\u201cWe will open the bridge in May,\u201d]]")
          .contains("speaker=Speaker[mention=Span[start=66, end=81, text=Marta Halvorsen]");
    }
  }
}
