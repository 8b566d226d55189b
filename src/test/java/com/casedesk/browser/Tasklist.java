package com.casedesk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist in headless Debian chromium, as a handler uses it: log in, open a task, fill its Camunda Form by
 * the labels the handler reads, complete it. Screenshots go to {@code target/browser/}.
 */
final class Tasklist implements AutoCloseable {

    private static final Path SHOTS = Path.of("target", "browser");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private int shot;

    Tasklist(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("casedesk.browser.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1800",
                "--user-data-dir=" + Files.createTempDirectory("casedesk-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("casedesk.browser.driver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    void logIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/camunda/app/tasklist/default/#/login");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password + Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
    }

    /** Opens the task as a handler does from the list (the list links to this address). */
    void open(String taskId) {
        driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    private WebElement field(String label) {
        WebElement labelElement = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.),'" + label + "')]")));
        String id = labelElement.getAttribute("for");
        return driver.findElement(By.id(id));
    }

    void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    /** A form-js date picker: typed as the handler types it, then confirmed with Enter. */
    void date(String label, String isoDate) {
        WebElement input = field(label);
        input.click();
        String[] p = isoDate.split("-");
        input.sendKeys(p[1] + "/" + p[2] + "/" + p[0] + Keys.ENTER);
    }

    void check(String label) {
        WebElement box = field(label);
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** A form-js select: open the dropdown, click the option with this label. */
    void choose(String label, String option) {
        WebElement input = field(label);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
        input.click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']")))
                .sendKeys(Keys.NULL);
        driver.findElement(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']"))
                .click();
    }

    /** A radio group: the option's label within the group labelled {@code group}, the n-th such group. */
    void radio(String group, int nth, String option) {
        List<WebElement> groups = driver.findElements(By.xpath("//div[contains(@class,'fjs-form-field-radio')]"
                + "[.//label[starts-with(normalize-space(.),'" + group + "')]]"));
        WebElement target = groups.get(nth - 1).findElement(
                By.xpath(".//label[normalize-space(.)='" + option + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", target);
        target.click();
    }

    boolean visible(String label) {
        return !driver.findElements(By.xpath("//label[contains(@class,'fjs-form-field-label')][starts-with("
                + "normalize-space(.),'" + label + "')]")).isEmpty();
    }

    /** Clicks Complete; returns the error Tasklist shows, or null when the task was completed. */
    String complete() {
        WebElement button = driver.findElement(By.xpath("//button[normalize-space(.)='Complete']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", button);
        button.click();
        try {
            wait.withTimeout(Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(
                    ".notifications .alert-success, .notifications .alert-danger, .notifications .alert-warning"))
                    .isEmpty());
        } catch (RuntimeException e) {
            return "no notification after Complete";
        }
        List<WebElement> errors = driver.findElements(By.cssSelector(".notifications .alert-danger"));
        return errors.isEmpty() ? null : errors.get(0).getText();
    }

    Path screenshot(String name) {
        try {
            Path file = SHOTS.resolve(String.format("%02d-%s.png", ++shot, name));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
