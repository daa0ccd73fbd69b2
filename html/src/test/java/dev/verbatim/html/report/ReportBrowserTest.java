package dev.verbatim.html.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.html.HtmlDocument;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens generated reports in Debian's headless Chromium (installed by .ci/install-chromium.sh), never a
 * downloaded browser: driver and binary are given explicitly, so Selenium Manager never runs. Skipped
 * with a message when either is missing.
 */
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path OUT = Path.of("target", "browser-test");

  private static ChromeDriver driver;
  private static Path profile;
  private static AttributionResult result;

  @BeforeAll
  static void startBrowser() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; install them "
            + "with .ci/install-chromium.sh (Debian packages chromium and chromium-driver)");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Files.createDirectories(OUT);
    profile = Files.createTempDirectory("verbatim-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 1000));

    String html = resource("/dev/verbatim/html/council.html");
    HtmlDocument doc = HtmlDocument.parse(html);
    result = doc.attribute(QuoteAttributor.create()).result();
    Path page = OUT.resolve("council-report.html");
    Files.writeString(page, new ReportWriter().article(doc.title(), result), StandardCharsets.UTF_8);
    driver.get(page.toAbsolutePath().toUri().toString());
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void highlightsShowEachQuoteInItsSpeakersColour() throws IOException {
    assertThat(result.entities()).hasSizeGreaterThanOrEqualTo(3);
    for (Quote q : result.quotes()) {
      WebElement mark = mark(q);
      assertThat(mark.getText()).isEqualTo(q.spans().get(0).text());
      Entity e = result.speakerOf(q);
      String expected = e == null ? Palette.NONE.highlight() : Palette.of(e.id()).highlight();
      assertThat(mark.getCssValue("background-color")).as("colour of quote %d", q.index() + 1)
          .isEqualTo(rgba(expected));
      assertThat(Palette.contrast(hex(mark.getCssValue("color")), expected)).isGreaterThanOrEqualTo(4.5);
    }
    Files.write(OUT.resolve("report.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void hoveringOrFocusingAQuoteShowsItsDetails() throws IOException {
    WebElement tip = driver.findElement(By.id("tip"));
    Quote first = result.quotes().get(0);
    Quote last = result.quotes().get(result.quotes().size() - 1);

    new Actions(driver).moveToElement(mark(last)).perform();
    waitFor(() -> tip.isDisplayed() && tip.getText().contains(last.rule()));
    assertDetails(tip, last);
    Files.write(OUT.resolve("report-hover.png"), driver.getScreenshotAs(OutputType.BYTES));

    new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
    waitFor(() -> !tip.isDisplayed());

    driver.findElement(By.tagName("body")).click();
    new Actions(driver).sendKeys(Keys.TAB).perform(); // the first tab stop is the first quote
    assertThat(driver.switchTo().activeElement().getAttribute("data-quote")).isEqualTo("1");
    waitFor(() -> tip.isDisplayed() && "1".equals(tip.getAttribute("data-quote")));
    assertDetails(tip, first);
  }

  @Test
  void clickingASpeakerFiltersTheHighlights() throws IOException {
    Entity chosen = result.entities().get(1);
    WebElement button = driver.findElement(
        By.cssSelector("button.speaker[data-entity='" + chosen.id() + "']"));
    assertThat(button.findElement(By.className("quote-count")).getText())
        .isEqualTo(Integer.toString(result.quotesBy(chosen).size()));
    assertThat(button.findElement(By.className("mention-count")).getText())
        .isEqualTo(Integer.toString(chosen.mentions().size()));

    button.click();
    assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
    for (Quote q : result.quotes()) {
      boolean mine = q.entity() != null && q.entity() == chosen.id();
      assertThat(mark(q).getCssValue("background-color")).as("quote %d", q.index() + 1)
          .isEqualTo(mine ? rgba(Palette.of(chosen.id()).highlight()) : "rgba(0, 0, 0, 0)");
    }
    assertThat(driver.findElement(By.id("status")).getText())
        .isEqualTo("Showing " + result.quotesBy(chosen).size()
            + (result.quotesBy(chosen).size() == 1 ? " quote by " : " quotes by ")
            + chosen.name() + ".");
    Files.write(OUT.resolve("report-filtered.png"), driver.getScreenshotAs(OutputType.BYTES));

    button.click();
    assertThat(button.getAttribute("aria-pressed")).isEqualTo("false");
    assertThat(mark(result.quotes().get(0)).getCssValue("background-color"))
        .isEqualTo(rgba(Palette.of(result.speakerOf(result.quotes().get(0)).id()).highlight()));
  }

  @Test
  void nestedQuotesAreFramedInsideTheirParent() throws IOException {
    Path page = OUT.resolve("nested-report.html");
    Files.writeString(page, new ReportWriter().article("Nested", ReportWriterTest.sample()));
    driver.get(page.toAbsolutePath().toUri().toString());
    try {
      WebElement inner = driver.findElement(By.cssSelector("#article mark#q1 mark#q2"));
      assertThat(inner.getText()).isEqualTo("‘never’");
      assertThat(inner.getCssValue("border-top-style")).isEqualTo("solid");
      assertThat(inner.getCssValue("background-color")).isEqualTo(rgba(Palette.NONE.highlight()))
          .isNotEqualTo(driver.findElement(By.id("q1")).getCssValue("background-color"));
    } finally {
      driver.get(OUT.resolve("council-report.html").toAbsolutePath().toUri().toString());
    }
  }

  private static WebElement mark(Quote q) {
    return driver.findElement(By.cssSelector("#article mark#q" + (q.index() + 1)));
  }

  private static void assertDetails(WebElement tip, Quote q) {
    Entity e = result.speakerOf(q);
    assertThat(tip.findElement(By.className("tip-kind")).getText()).isEqualTo(q.kind().jsonName());
    assertThat(tip.findElement(By.className("tip-rule")).getText()).isEqualTo(q.rule());
    assertThat(tip.findElement(By.className("tip-confidence")).getText())
        .isEqualTo(ReportWriter.confidence(q));
    assertThat(tip.findElement(By.className("tip-cue")).getText())
        .isEqualTo(q.cue() == null ? "\u2014" : q.cue().text());
    assertThat(tip.findElement(By.className("tip-mention")).getText())
        .isEqualTo(q.speaker() == null ? "none found" : q.speaker().text());
    assertThat(tip.findElement(By.className("tip-name")).getText())
        .isEqualTo(e == null ? "\u2014" : e.name());
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
  }

  private static String rgba(String hex) {
    return "rgba(" + Integer.parseInt(hex.substring(1, 3), 16) + ", "
        + Integer.parseInt(hex.substring(3, 5), 16) + ", " + Integer.parseInt(hex.substring(5, 7), 16)
        + ", 1)";
  }

  private static String hex(String rgba) {
    String[] p = rgba.replaceAll("[^0-9,]", "").split(",");
    return String.format("#%02x%02x%02x", Integer.parseInt(p[0]), Integer.parseInt(p[1]),
        Integer.parseInt(p[2]));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReportBrowserTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
