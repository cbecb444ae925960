package fi.polku.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One user's headless Debian Chromium, driven through Debian's chromedriver (no browser or driver
 * is downloaded), with the few gestures the Camunda webapps and Camunda Forms need.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "e2e");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path profile;

    private final String claimText;
    private final String completeText;

    Browser(String baseUrl) {
        this(baseUrl, "en-GB");
    }

    /** A browser whose preferred language is {@code language} (e.g. "fi-FI"). */
    Browser(String baseUrl, String language) {
        this.baseUrl = baseUrl;
        // Tasklist's two buttons every walk presses, as its Finnish and Swedish files name them
        this.claimText = language.startsWith("fi") ? "Ota itselle" : language.startsWith("sv") ? "Ta uppgiften" : "Claim";
        this.completeText = language.startsWith("fi") ? "Valmis" : language.startsWith("sv") ? "Slutför" : "Complete";
        try {
            this.profile = Files.createTempDirectory("polku-e2e-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // The network events, from which failedRequests() reads each response's status.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * The locale of the page's {@code Intl}, from which form-js takes its date format: headless
     * Chromium keeps en-US whatever {@code --lang} says, where a Finnish desktop gives fi-FI (d.M.yyyy).
     */
    Browser intlLocale(String locale) {
        driver.executeCdpCommand("Emulation.setLocaleOverride", java.util.Map.of("locale", locale));
        return this;
    }

    /** Logs in to a webapp as the user (password = user name in the demo and test profiles). */
    Browser login(String app, String user) {
        driver.get(baseUrl + "/camunda/app/" + app + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        return this;
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /**
     * Opens Tasklist's "Start process" dialog and the start form of the process shown by this name.
     * Tasklist sometimes drops the click on a process while it renders the dialog's list (seen under
     * load): the click is then repeated while the list is still there.
     */
    void openStartForm(String processName) {
        click(By.cssSelector(".start-process-action a"));
        By process = By.xpath("//a[contains(normalize-space(.)," + quote(processName) + ")]");
        By form = By.cssSelector(".modal-dialog .fjs-form");
        click(process);
        for (int attempt = 1; ; attempt++) {
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(form));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
                driver.findElements(process).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
            }
        }
    }

    void clickText(String text) {
        click(By.xpath("//*[self::a or self::button or self::span][normalize-space(.)=" + quote(text) + "]"));
    }

    /** Opens a Tasklist filter by its name and then the newest task of that name in it. */
    void openTask(String filter, String taskName) {
        openFilter(filter);
        By links = By.xpath("//h4[contains(@class,'task')]/a[normalize-space(.)=" + quote(taskName) + "]");
        // Tasklist may render the list again between finding the link and clicking it: then find it again.
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> tasks = d.findElements(links);
            if (tasks.isEmpty()) {
                return false;
            }
            tasks.get(tasks.size() - 1).click();
            return true;
        });
        visible(By.cssSelector(".fjs-form"));
    }

    void openFilter(String filter) {
        click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(.)," + quote(filter) + ")]"));
    }

    List<String> filterNames() {
        // Tasklist fills the filter list after the page itself: wait until it shows, and read it again
        // if it is rendered anew while being read.
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            List<String> names = d.findElements(By.cssSelector("div.task-filter h4 a")).stream()
                    // the focused filter shows its count after the name: "My tasks (0)" or "My tasks 0"
                    .map(a -> a.getText().replaceAll("\\s*\\(?\\d+\\)?$", "").trim()).filter(t -> !t.isBlank()).toList();
            return names.isEmpty() ? null : names;
        });
    }

    /** The task names the open filter lists. */
    List<String> taskNamesInList() {
        return driver.findElements(By.cssSelector("h4.task a")).stream()
                .map(WebElement::getText).map(String::trim).filter(t -> !t.isBlank()).toList();
    }

    /** The Camunda Form field whose label starts with the text. */
    WebElement field(String label) {
        List<WebElement> fields = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.xpath(
                "//div[contains(@class,'fjs-form-field') and not(contains(@class,'fjs-form-field-group'))]"
                        + "[.//label[starts-with(normalize-space(.)," + quote(label) + ")]]"), 0));
        return fields.get(fields.size() - 1);
    }

    void type(String label, String value) {
        WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea"));
        input.clear();
        input.sendKeys(value);
    }

    void choose(String option) {
        click(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)=" + quote(option) + "]"
                + " | //div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)=" + quote(option) + "]"));
    }

    /** Ticks a checklist or checkbox option by its label. */
    void tick(String option) {
        click(By.xpath("//label[normalize-space(.)=" + quote(option) + "]"));
    }

    void select(String label, String option) {
        field(label).findElement(By.cssSelector(".fjs-input-group")).click();
        click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=" + quote(option) + "]"));
    }

    /** A date picker: typed as the form shows it (mm/dd/yyyy), the picker then closed. */
    void date(String label, String mmddyyyy) {
        WebElement input = field(label).findElement(By.cssSelector("input.fjs-input"));
        input.sendKeys(mmddyyyy);
        driver.findElement(By.cssSelector(".fjs-form h2, .fjs-form h1")).click();
    }

    /**
     * Claims the open task. Tasklist then renders the form again, which would wipe anything typed
     * before it has: wait for the new form.
     */
    void claim() {
        WebElement form = visible(By.cssSelector(".fjs-form"));
        clickText(claimText);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(form));
        } catch (org.openqa.selenium.TimeoutException notRenderedAgain) {
            // this Tasklist kept the form: nothing to wait for
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//a[normalize-space(.)=" + quote(claimText) + "]")));
        visible(By.cssSelector(".fjs-form"));
    }

    /** Closes Tasklist's notifications, which can cover the form's buttons. */
    void dismissNotifications() {
        driver.findElements(By.cssSelector(".notifications .close, [cam-notifications] .close, .notification .close"))
                .stream().filter(WebElement::isDisplayed).forEach(WebElement::click);
    }

    void complete() {
        dismissNotifications();
        click(By.xpath("//button[normalize-space(.)=" + quote(completeText) + "]"));
    }

    String formText() {
        return driver.findElement(By.cssSelector(".fjs-form")).getText();
    }

    /**
     * The requests of the pages shown since the last call that answered 4xx or 5xx, as
     * "status method url", read from Chromium's network events.
     */
    List<String> failedRequests() {
        List<String> failed = new ArrayList<>();
        java.util.Map<String, String> methods = new java.util.HashMap<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                com.fasterxml.jackson.databind.JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                com.fasterxml.jackson.databind.JsonNode params = message.path("params");
                switch (message.path("method").asText()) {
                    case "Network.requestWillBeSent" -> methods.put(params.path("requestId").asText(),
                            params.path("request").path("method").asText());
                    case "Network.responseReceived" -> {
                        int status = params.path("response").path("status").asInt();
                        if (status >= 400) {
                            failed.add(status + " " + methods.getOrDefault(params.path("requestId").asText(), "?") + " "
                                    + params.path("response").path("url").asText());
                        }
                    }
                    default -> { }
                }
            } catch (java.io.IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return failed;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    /** An XPath string literal for any text, apostrophes included. */
    static String quote(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the temporary profile is left for the OS to clean
        }
    }
}
