package dev.verbatim.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolves the packaged jars on a module path of their own (a fresh {@link ModuleLayer} over the
 * platform class loader, as {@code java --module-path} would) and runs the engine from an automatic
 * client module. Fails when a module-info requires, exports or provides something wrong.
 */
class JpmsModulesIT {
  @TempDir Path tmp;

  /**
   * The library jars with a module-info and their dependencies. verbatim-html has no module-info
   * yet: as an automatic module it would be resolved with every other one, so it stays out until
   * it gets one.
   */
  static final List<String> MODULE_JARS = List.of("verbatim-core.jar", "verbatim-rules.jar",
      "verbatim-check.jar", "icu4j.jar", "guava.jar", "failureaccess.jar");

  private Configuration resolve() throws IOException {
    Path[] path = new Path[MODULE_JARS.size() + 1];
    for (int i = 0; i < MODULE_JARS.size(); i++) {
      path[i] = ClientJar.libraryDir().resolve(MODULE_JARS.get(i));
    }
    path[MODULE_JARS.size()] = ClientJar.write(tmp);
    // resolveAndBind adds service providers, as the launcher does: core `uses` the rules SPI.
    return ModuleLayer.boot().configuration().resolveAndBind(ModuleFinder.of(path),
        ModuleFinder.of(), Set.of("dev.verbatim.core", "dev.verbatim.check", ClientJar.SYMBOLIC_NAME));
  }

  @Test
  void modulePathResolvesCoreRulesAndTheirDependencies() throws IOException {
    Set<String> names = resolve().modules().stream().map(ResolvedModule::name)
        .filter(n -> !ModuleLayer.boot().findModule(n).isPresent()).collect(Collectors.toSet());
    assertThat(names).containsExactlyInAnyOrder("dev.verbatim.core", "dev.verbatim.rules",
        "dev.verbatim.check",
        "com.ibm.icu", "com.google.common", "com.google.common.util.concurrent.internal",
        ClientJar.SYMBOLIC_NAME);
  }

  @Test
  void coreExportsTheApiToAllAndInternalsOnlyToRules() throws IOException {
    ModuleDescriptor core = resolve().findModule("dev.verbatim.core").orElseThrow()
        .reference().descriptor();
    assertThat(core.exports()).extracting(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
        .containsExactlyInAnyOrder("dev.verbatim", "dev.verbatim.spi to [dev.verbatim.rules]",
            "dev.verbatim.text to [dev.verbatim.rules]");
    assertThat(core.uses()).containsExactly("dev.verbatim.spi.AttributionRulesProvider");
    ModuleDescriptor rules = resolve().findModule("dev.verbatim.rules").orElseThrow()
        .reference().descriptor();
    assertThat(rules.exports()).isEmpty();
    assertThat(rules.provides()).extracting(ModuleDescriptor.Provides::service)
        .containsExactly("dev.verbatim.spi.AttributionRulesProvider");
    ModuleDescriptor check = resolve().findModule("dev.verbatim.check").orElseThrow()
        .reference().descriptor();
    assertThat(check.isAutomatic()).isFalse();
    assertThat(check.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.verbatim.check");
  }

  @Test
  void clientAttributesThroughTheModuleLayer() throws IOException, ReflectiveOperationException {
    ModuleLayer layer = ModuleLayer.boot()
        .defineModulesWithOneLoader(resolve(), ClassLoader.getPlatformClassLoader());
    Module core = layer.findModule("dev.verbatim.core").orElseThrow();
    Module client = layer.findModule(ClientJar.SYMBOLIC_NAME).orElseThrow();
    assertThat(core.isExported("dev.verbatim", client)).isTrue();
    assertThat(core.isExported("dev.verbatim.spi", client)).isFalse();
    assertThat(core.isExported("dev.verbatim.spi", layer.findModule("dev.verbatim.rules").orElseThrow()))
        .isTrue();

    @SuppressWarnings("unchecked")
    Function<String, List<String>> engine = (Function<String, List<String>>) layer
        .findLoader(ClientJar.SYMBOLIC_NAME).loadClass(EmbeddedClient.class.getName())
        .getConstructor().newInstance();
    assertThat(engine.getClass().getModule()).isSameAs(client);
    assertThat(engine.apply(OsgiBundlesIT.TEXT)).containsExactly(
        "rules=true",
        "DIRECT [27,60)=\u201cWe will open the bridge in May,\u201d speaker=Marta Halvorsen/PERSON");
  }
}
