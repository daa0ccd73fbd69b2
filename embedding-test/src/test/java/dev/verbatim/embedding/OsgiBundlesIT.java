package dev.verbatim.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.namespace.PackageNamespace;

/**
 * Installs the packaged jars (core, the rules fragment, html, check, and ICU4J, Guava, failureaccess and jsoup, exactly as published) in an
 * in-process Apache Felix, plus a client bundle that imports only {@code dev.verbatim}, and runs the
 * engine through it. Fails when a manifest exports, imports or ranges something wrong.
 */
class OsgiBundlesIT {
  static final String TEXT =
      "The minister arrived late. \u201cWe will open the bridge in May,\u201d said Marta Halvorsen,"
          + " the transport minister.";

  @TempDir Path tmp;
  private Framework framework;
  private final List<Bundle> libraries = new ArrayList<>();
  private Bundle client;

  @BeforeEach
  void startFramework() throws BundleException, IOException {
    FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
    framework = factory.newFramework(Map.of(
        Constants.FRAMEWORK_STORAGE, tmp.resolve("felix-cache").toString(),
        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
    framework.start();
    BundleContext context = framework.getBundleContext();
    try (Stream<Path> jars = Files.list(ClientJar.libraryDir())) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        libraries.add(context.installBundle(jar.toUri().toString()));
      }
    }
    client = context.installBundle(ClientJar.write(tmp).toUri().toString());
    for (Bundle b : context.getBundles()) {
      if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
        b.start();
      }
    }
  }

  @AfterEach
  void stopFramework() throws BundleException, InterruptedException {
    framework.stop();
    framework.waitForStop(10_000);
  }

  @Test
  void everyBundleResolvesAndStarts() {
    assertThat(libraries).extracting(Bundle::getSymbolicName).containsExactlyInAnyOrder(
        "com.google.guava", "com.google.guava.failureaccess", "com.ibm.icu", "org.jsoup",
        "dev.verbatim.core", "dev.verbatim.rules", "dev.verbatim.html", "dev.verbatim.check");
    for (Bundle b : libraries) {
      boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
      assertThat(b.getState()).as(b.getSymbolicName())
          .isEqualTo(fragment ? Bundle.RESOLVED : Bundle.ACTIVE);
    }
    assertThat(client.getState()).isEqualTo(Bundle.ACTIVE);
  }

  @Test
  void clientAttributesThroughTheExportedApi() throws ReflectiveOperationException {
    @SuppressWarnings("unchecked")
    Function<String, List<String>> engine = (Function<String, List<String>>)
        client.loadClass(EmbeddedClient.class.getName()).getConstructor().newInstance();
    assertThat(engine.apply(TEXT)).containsExactly(
        "rules=true",
        "DIRECT [27,60)=\u201cWe will open the bridge in May,\u201d speaker=Marta Halvorsen/PERSON");
  }

  @Test
  void htmlAndCheckExportTheirApiAndImportCoreAndJsoup() {
    for (String name : List.of("dev.verbatim.html", "dev.verbatim.check")) {
      BundleWiring wiring = bundle(name).adapt(BundleWiring.class);
      assertThat(wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE))
          .extracting(c -> c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))
          .containsExactly(name);
      assertThat(wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE))
          .extracting(w -> w.getProvider().getSymbolicName())
          .contains("dev.verbatim.core");
    }
    assertThat(bundle("dev.verbatim.html").adapt(BundleWiring.class)
        .getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE))
        .extracting(w -> w.getProvider().getSymbolicName()).contains("org.jsoup");
  }

  @Test
  void coreExportsOnlyTheVersionedApi() {
    BundleWiring core = bundle("dev.verbatim.core").adapt(BundleWiring.class);
    List<BundleCapability> exports = core.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE);
    assertThat(exports).extracting(c -> c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))
        .containsExactly("dev.verbatim");
    assertThat(exports.get(0).getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE))
        .isEqualTo(new Version(0, 1, 0));
    assertThatThrownBy(() -> client.loadClass("dev.verbatim.spi.AttributionRulesProvider"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> client.loadClass("dev.verbatim.text.TextAnalyzer"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void coreAndRulesImportsAreWiredToIcuAndGuava() {
    BundleWiring core = bundle("dev.verbatim.core").adapt(BundleWiring.class);
    List<String> providers = new ArrayList<>();
    for (BundleWire wire : core.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
      String pkg = (String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
      if (pkg.startsWith("com.ibm.icu") || pkg.startsWith("com.google.common")) {
        providers.add(pkg.substring(0, pkg.indexOf('.', 4)) + "->" + wire.getProvider().getSymbolicName());
      }
    }
    // The rules fragment's Guava imports become the host's: they must be wired too.
    assertThat(providers).contains("com.ibm->com.ibm.icu", "com.google->com.google.guava");
    assertThat(bundle("dev.verbatim.rules").adapt(BundleWiring.class)
        .getRequiredWires("osgi.wiring.host")).extracting(w -> w.getProvider().getSymbolicName())
        .containsExactly("dev.verbatim.core");
  }

  private Bundle bundle(String symbolicName) {
    return libraries.stream().filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
        .orElseThrow(() -> new AssertionError(symbolicName + " was not installed"));
  }
}
