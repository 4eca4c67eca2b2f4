package carma.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import carma.server.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in Debian's headless Chromium, driven by Selenium through Debian's chromedriver (no
 * download): an operator logs in, uploads a scenario, starts it, sees the live chart move, pauses,
 * stops; a user edits the profile and finds it after a server restart. Screenshots go to
 * {@code server/target/screenshots/}. Skipped, with the reason printed, without chromium.
 */
class PagesInChromiumTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String SCENARIO = """
            schemaVersion: 1
            name: browser-realtime
            seed: 5
            durationS: 600
            clock: {mode: realtime, tickMs: 10}
            queue:
              queues:
                - {name: mm1, arrivalRatePerS: 70, serviceRatePerS: 100, service: exponential}
            """;
    TestServer server;
    WebDriver browser;
    Path profileDir;

    @BeforeEach
    void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String why = "no " + (Files.isExecutable(CHROMIUM) ? DRIVER : CHROMIUM)
                    + " (apt-get install chromium chromium-driver)";
            System.out.println("SKIPPED (browser tests): " + why);
            Assumptions.abort(why);
        }
        server = TestServer.start("h2");
        profileDir = Files.createTempDirectory("carma-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profileDir, "--window-size=1100,1400");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private void shot(String name) throws Exception {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void logIn(String page, String name, String password) {
        browser.get(server.base() + "/" + page);
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("main")).isDisplayed());
    }

    /** The runs table is rebuilt every second: read and click it by script, not by stale element handles. */
    private String rowState(long id) {
        Object s = ((JavascriptExecutor) browser).executeScript("const r = document.getElementById('run-' + arguments[0]);"
                + " return r ? r.children[2].textContent : '';", id);
        return String.valueOf(s);
    }

    private String rowText(long id) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "const r = document.getElementById('run-' + arguments[0]); return r ? r.textContent : '';", id));
    }

    private void click(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).click();", id);
    }

    private int points(String chart) {
        return Integer.parseInt(browser.findElement(By.id("chart-" + chart)).getAttribute("data-points"));
    }

    @Test
    void anOperatorUploadsStartsWatchesPausesAndStopsARun() throws Exception {
        logIn("index.html", "admin", TestServer.ADMIN_PASSWORD);
        WebElement text = browser.findElement(By.id("scenario"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", text, SCENARIO);
        browser.findElement(By.id("validate")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("scenario-msg")).getText().startsWith("valid"));
        browser.findElement(By.id("create")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("scenario-msg")).getText().startsWith("created run"));
        long id = Long.parseLong(browser.findElement(By.id("scenario-msg")).getText().replace("created run ", ""));
        waitUpTo(10).until(d -> !d.findElements(By.id("start-" + id)).isEmpty());
        click("start-" + id);
        waitUpTo(20).until(d -> points("records") >= 3);
        int before = points("records");
        waitUpTo(20).until(d -> points("records") > before + 1);
        shot("dashboard-live");
        click("pause-" + id);
        waitUpTo(10).until(d -> rowState(id).equals("paused"));
        Thread.sleep(1500); // nothing moves while paused (aggregates already in flight may still arrive)
        int paused = points("records");
        Thread.sleep(1500);
        assertThat(points("records")).isEqualTo(paused);
        click("stop-" + id);
        waitUpTo(30).until(d -> rowState(id).equals("finished"));
        shot("dashboard-stopped");
        assertThat(rowText(id)).contains("stopped");
    }

    @Test
    void theMapShowsTheMeshNodesAndTheLiveChartsTheirFlows() throws Exception {
        String mesh = Files.readString(Path.of("../examples/mesh/danum-vs-fifo.yaml")).replace("durationS: 60",
                "durationS: 20\nclock: {mode: realtime, tickMs: 10}");
        logIn("index.html", "admin", TestServer.ADMIN_PASSWORD);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("scenario")), mesh);
        browser.findElement(By.id("create")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("scenario-msg")).getText().startsWith("created run"));
        long id = Long.parseLong(browser.findElement(By.id("scenario-msg")).getText().replace("created run ", ""));
        waitUpTo(10).until(d -> !d.findElements(By.id("start-" + id)).isEmpty());
        click("start-" + id);
        // next hops appear as RouteChange records report changes (this static chain has none)
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#map circle")).size() == 4);
        waitUpTo(20).until(d -> points("flow-rate") >= 4);
        shot("dashboard-mesh-map");
        click("stop-" + id);
        waitUpTo(30).until(d -> rowState(id).equals("finished"));
    }

    @Test
    void aUserEditsTheProfileAndFindsItAfterARestart() throws Exception {
        String op = server.login("admin", TestServer.ADMIN_PASSWORD);
        server.createUser(op, "carol", "user", 2_500_000);
        logIn("user.html", "carol", "pw-carol-123");
        waitUpTo(10).until(d -> d.findElement(By.id("balance")).getText().equals("2.500000"));
        WebElement weight = browser.findElement(By.id("www-weight"));
        weight.clear();
        weight.sendKeys("3.5");
        browser.findElement(By.id("save")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("profile-msg")).getText().equals("saved"));
        shot("user-saved");
        server = server.restart();
        logIn("user.html", "carol", "pw-carol-123");
        waitUpTo(10).until(d -> !d.findElement(By.id("www-weight")).getAttribute("value").isEmpty());
        assertThat(browser.findElement(By.id("www-weight")).getAttribute("value")).isEqualTo("3.5");
        shot("user-after-restart");
    }
}
