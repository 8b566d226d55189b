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
import org.openqa.selenium.StaleElementReferenceException;
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
    private static int shot;
    private String loggedIn;

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
        wait = new WebDriverWait(driver, Duration.ofSeconds(Long.getLong("casedesk.browser.timeout-seconds", 90)));
        Files.createDirectories(SHOTS);
    }

    /**
     * Logs in on Tasklist's login page, unless this user is the one logged in: the previous user's session (its
     * cookies) is dropped first and Tasklist loaded afresh, so nothing of it is left.
     */
    void logIn(String user, String password) {
        if (user.equals(loggedIn)) {
            return;
        }
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        driver.get(baseUrl + "/camunda/app/tasklist/default/#/login");
        try {
            // the first load after start-up can hang on Tasklist's spinner on a busy machine: load it once more
            try {
                new WebDriverWait(driver, Duration.ofSeconds(45)).until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("input[ng-model=username]")));
            } catch (RuntimeException slow) {
                driver.navigate().refresh();
            }
            WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[ng-model=username]")));
            name.sendKeys(user);
            driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password + Keys.ENTER);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
            loggedIn = user;
        } catch (RuntimeException e) {
            loggedIn = null;
            screenshot("login-failed");
            throw e;
        }
    }

    /**
     * Opens the task as a handler does from the list (the list links to this address), in a freshly loaded Tasklist
     * so that no form of an earlier task is still on the page.
     */
    void open(String taskId) {
        driver.get("about:blank");
        driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
            List<WebElement> claim = driver.findElements(By.xpath("//a[normalize-space(.)='Claim'] | //button[normalize-space(.)='Claim']"));
            if (!claim.isEmpty()) {
                claim.get(0).click();
                wait.until(ExpectedConditions.invisibilityOfElementLocated(
                        By.xpath("//a[normalize-space(.)='Claim'] | //button[normalize-space(.)='Claim']")));
            }
        } catch (RuntimeException e) {
            screenshot("task-not-shown");
            throw e;
        }
    }

    /** The field a label names: the label that reads exactly so, else the first that starts so. */
    private WebElement field(String label) {
        String labels = "//label[contains(@class,'fjs-form-field-label')]";
        WebElement labelElement = wait.until(d -> {
            List<WebElement> exact = d.findElements(By.xpath(labels + "[normalize-space(.)=" + literal(label) + "]"));
            List<WebElement> found = exact.isEmpty()
                    ? d.findElements(By.xpath(labels + "[starts-with(normalize-space(.)," + literal(label) + ")]")) : exact;
            return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
        String id = labelElement.getAttribute("for");
        return driver.findElement(By.id(id));
    }

    /** {@code text} as an XPath 1.0 string literal: a label may hold an apostrophe ("the requester's address"). */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    /** A form-js date picker: typed as the handler types it, then confirmed with Enter. */
    void date(String label, String isoDate) {
        WebElement input = field(label);
        // in the middle of the view: Tasklist's task header would otherwise take a click near the window's edge
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
        input.click();
        String[] p = isoDate.split("-");
        // whatever the field held is selected, so the typed date replaces it
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), p[1] + "/" + p[2] + "/" + p[0] + Keys.ENTER);
    }

    /** What a field shows (a disabled, display-only field too). */
    String value(String label) {
        return field(label).getAttribute("value");
    }

    /** The option a form-js select shows as chosen. */
    String chosen(String label) {
        return driver.findElement(By.id(field(label).getAttribute("id") + "-display")).getText().strip();
    }

    /** The options a form-js select offers (its dropdown opened and closed again). */
    List<String> options(String label) {
        WebElement display = driver.findElement(By.id(field(label).getAttribute("id") + "-display"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", display);
        display.click();
        By items = By.xpath("//div[contains(@class,'fjs-dropdownlist-item')]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(items));
        List<String> options = driver.findElements(items).stream().map(e -> e.getText().strip()).toList();
        display.click();
        return options;
    }

    void check(String label) {
        WebElement box = field(label);
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** A form-js select: open its dropdown (the display next to the hidden input), click the option's label. */
    void choose(String label, String option) {
        String id = field(label).getAttribute("id");
        WebElement display = driver.findElement(By.id(id + "-display"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", display);
        display.click();
        By item = By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(item)).click();
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

    /** How many visible fields carry this label (e.g. the "Result" of each checklist item). */
    int count(String label) {
        return (int) driver.findElements(By.xpath("//label[contains(@class,'fjs-form-field-label')][starts-with("
                + "normalize-space(.),'" + label + "')]")).stream().filter(WebElement::isDisplayed).count();
    }

    boolean visible(String label) {
        return !driver.findElements(By.xpath("//label[contains(@class,'fjs-form-field-label')][starts-with("
                + "normalize-space(.),'" + label + "')]")).isEmpty();
    }

    /** Clicks Complete; returns the error Tasklist shows, or null when the task was completed. */
    String complete() {
        dismissErrors();
        WebElement button = driver.findElement(By.xpath("//button[normalize-space(.)='Complete']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", button);
        button.click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(".fjs-form")).stream().noneMatch(WebElement::isDisplayed)
                            || !errors().isEmpty());
        } catch (RuntimeException e) {
            screenshot("complete-pending");
            return "the form stayed open after Complete, without an error";
        }
        List<String> errors = errors();
        if (errors.isEmpty()) {
            return null;
        }
        screenshot("complete-refused");
        return String.join("\n", errors);
    }

    /** Closes the error notifications an earlier Complete left (their × button), as a handler does. */
    private void dismissErrors() {
        for (WebElement alert : driver.findElements(By.cssSelector(".alert-danger, .alert-error"))) {
            if (alert.isDisplayed()) {
                alert.findElements(By.cssSelector(".close, button")).stream().filter(WebElement::isDisplayed)
                        .findFirst().ifPresent(WebElement::click);
            }
        }
        wait.until(d -> errors().isEmpty());
    }

    /** The error notifications Tasklist shows. */
    List<String> errors() {
        return driver.findElements(By.cssSelector(".alert-danger, .alert-error")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    /** The browser itself, for pages other than Tasklist (the case page). */
    WebDriver driver() {
        return driver;
    }

    /** Waits until the element is visible. */
    WebElement await(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (RuntimeException e) {
            screenshot("not-shown");
            throw e;
        }
    }

    /** A link in the open form by its text. */
    WebElement link(String text) {
        return await(By.xpath("//div[contains(@class,'fjs-form')]//a[normalize-space(.)='" + text + "']"));
    }

    /** Whether the task list (the queue shown after login) shows {@code text} in one of its entries within 60 s. */
    boolean taskListShows(String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("ol.tasks-list li.task")).stream()
                            .anyMatch(entry -> entry.getText().contains(text)));
            return true;
        } catch (RuntimeException e) {
            screenshot("task-list-without-" + text.replaceAll("[^A-Za-z0-9-]", "_"));
            return false;
        }
    }

    /** Shows the queue (filter) of this name in the task list. */
    void openFilter(String name) {
        await(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'" + name + "')]")).click();
    }

    /** The names of the filters (queues) in Tasklist's filter list. */
    List<String> filterNames() {
        await(By.cssSelector(".task-filters .task-filter h4.name"));
        return driver.findElements(By.cssSelector(".task-filters .task-filter h4.name")).stream()
                .map(WebElement::getText).map(String::strip).toList();
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
