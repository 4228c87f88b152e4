package ee.hoolekanne.exampleapp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a caseworker sees, in a real browser (headless Chromium, Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs): the morning list with each deadline
 * explained in Estonian, a case followed from it, and its letter. Skipped, saying why, on a machine
 * without Chromium. {@code -Dhoolekanne.writeReadmeImage=true} writes the README's screenshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:browser-test;DB_CLOSE_DELAY=-1")
class MorningListBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort
    private int port;

    private WebDriver browser;

    @BeforeEach
    void open() {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "no Chromium here (apt-get install chromium chromium-driver, as .ci/run does): the browser test is skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                "--disable-dev-shm-usage", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("CAL-8, TSM-8, TSM-13, HMS-1, HMS-3: the morning list explains each deadline in Estonian, links to the case and to its letter, which says how to challenge it")
    void caseworkerSeesTheMorningList() throws Exception {
        browser.get("http://localhost:" + port + "/");
        assertTrue(browser.getTitle().startsWith("Hommikune nimekiri"), browser.getTitle());
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.deadline"));
        assertTrue(rows.size() >= 3, "the demo cases' deadlines are listed: " + rows.size());
        String page = browser.findElement(By.tagName("body")).getText();
        assertTrue(page.contains("sign the contract") && page.contains("committee decision") && page.contains("applicant to remedy the application"),
                page);
        assertTrue(page.contains("Tähtaeg") && page.contains("tööpäeva") && page.contains("TsÜS § 137 lg 1"), "explained in Estonian: " + page);
        if (Boolean.getBoolean("hoolekanne.writeReadmeImage")) {
            Path out = Path.of("..", "docs", "morning-list.png");
            Files.createDirectories(out.getParent());
            Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }

        WebElement grantedRow = rows.stream().filter(r -> r.getText().contains("sign the contract")).findFirst().orElseThrow();
        String caseId = grantedRow.getAttribute("data-case");
        String letterUrl = grantedRow.findElement(By.cssSelector("a.letter")).getAttribute("href");
        String pdfUrl = grantedRow.findElement(By.cssSelector("a.letter-pdf")).getAttribute("href");
        grantedRow.findElement(By.cssSelector("a.case")).click();
        String caseJson = browser.findElement(By.tagName("body")).getText();
        assertTrue(caseJson.contains("\"type\":\"social-housing-case\"") && caseJson.contains(caseId), caseJson);

        browser.get(letterUrl);
        String letter = browser.findElement(By.tagName("body")).getText();
        assertTrue(letter.contains("OTSUS") && letter.contains("Teenuse osutamine"), letter);
        assertTrue(letter.contains("Vaidlustamine") && letter.contains("Tartu Halduskohus") && letter.contains("Vaide tähtaeg"), letter);
        assertTrue(letter.contains("Kati Kask") && letter.contains("allkirjastatud digitaalselt"), letter);

        Object type = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done("
                        + "r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))));", pdfUrl);
        assertEquals("application/pdf %PDF-", type);
    }
}
