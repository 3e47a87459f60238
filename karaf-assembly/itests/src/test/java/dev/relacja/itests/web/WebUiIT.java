package dev.relacja.itests.web;

import static dev.relacja.itests.crash.RestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.relacja.itests.TestPorts;
import dev.relacja.itests.crash.KarafProcess;
import dev.relacja.itests.crash.RestClient;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web UI in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which the
 * build installs when missing; without them this test fails): the distribution started with {@code bin/start},
 * the admin creates two teams and a task for each over REST, an operator signs in at {@code /relacja/}, sees
 * her task in the week view and not the other team's, drags it to the next day, reloads and finds it there,
 * as the REST API does; a task due in a minute brings her an in-app alert (the badge, the list) and an e-mail
 * (GreenMail on loopback) before its deadline; and a session token works until signed out. Screenshots of the browser land in
 * {@code target/web-ui/} (before and after the drag, and on failure).
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class WebUiIT {
    private static final Logger LOG = LoggerFactory.getLogger(WebUiIT.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration UI_TIMEOUT = Duration.ofSeconds(30);
    private static final String ADMIN_PASSWORD = "Web-Test-Admin-Passw0rd";
    private static final String PASSWORD = "Operator-Passw0rd-1";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final String OWN_TASK = "Telefon do ACME w sprawie oferty";
    private static final String OTHER_TEAMS_TASK = "Wizyta u klienta zespołu B";
    private static final Path SCREENSHOTS = Paths.get("target", "web-ui");

    private static final String ALERTED_TASK = "Oddzwonić do klienta przed terminem";

    private static KarafProcess karaf;
    /** The SMTP server e-mail alerts go to, in this JVM on loopback. */
    private static GreenMail smtp;

    @BeforeAll
    static void start() {
        // before Karaf starts: without a browser the test fails at once, never skips
        Chromium.requireInstalled();
        int smtpPort = TestPorts.free();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        karaf = KarafProcess.unpack("web-ui", ADMIN_PASSWORD)
                .configure("dev.relacja.scheduling", "alertTickSeconds", "2")
                .configure("dev.relacja.scheduling.mail", "host", "127.0.0.1")
                .configure("dev.relacja.scheduling.mail", "port", Integer.toString(smtpPort))
                .configure("dev.relacja.scheduling.mail", "security", "NONE")
                .configure("dev.relacja.scheduling.mail", "from", "Relacja <relacja@relacja.test>");
        karaf.start(READY_TIMEOUT);
    }

    @AfterAll
    static void stop() {
        if (karaf != null) {
            karaf.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void anOperatorSignsInSeesHerWeekAndDragsATaskToAnotherDay() throws Exception {
        RestClient admin = karaf.admin();
        long managerA = operator(admin, "kierownik-a", "MANAGER", null);
        operator(admin, "anna", "OPERATOR", managerA);
        long managerB = operator(admin, "kierownik-b", "MANAGER", null);
        operator(admin, "bartek", "OPERATOR", managerB);

        // next week, so the day it moves to is never in the past: Wednesday 10:00-11:00 in Warsaw
        LocalDate wednesday = LocalDate.now(WARSAW).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(2);
        LocalDate thursday = wednesday.plusDays(1);
        long taskId = task(admin, OWN_TASK, "anna", wednesday);
        task(admin, OTHER_TEAMS_TASK, "bartek", wednesday);

        WebDriver browser = Chromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, UI_TIMEOUT);
            browser.get(karaf.api().resolve("/relacja/").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("anna");
            browser.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.findElement(By.id("sign-in-button")).click();

            WebElement event = showNextWeek(browser, wait, taskId);
            assertEquals("Terminarz", browser.findElement(By.cssSelector("#menu a.active")).getText(),
                    "the calendar page, in Polish as the browser asks");
            assertTrue(browser.findElement(By.cssSelector(".fc-timeGridWeek-view")).isDisplayed(), "the week view");
            assertEquals(wednesday.toString(), dayOf(browser, event), "the task sits on its Wednesday");
            assertFalse(browser.getPageSource().contains(OTHER_TEAMS_TASK), "another team's task shows to anna");
            screenshot(browser, "week-before-drag");

            WebElement wednesdayColumn = column(browser, wednesday);
            WebElement thursdayColumn = column(browser, thursday);
            int dx = center(thursdayColumn.getRect()).x - center(wednesdayColumn.getRect()).x;
            new Actions(browser).moveToElement(event).clickAndHold().pause(Duration.ofMillis(300))
                    .moveByOffset(dx / 4, 0).pause(Duration.ofMillis(100))
                    .moveByOffset(dx / 4, 0).pause(Duration.ofMillis(100))
                    .moveByOffset(dx - 2 * (dx / 4), 0).pause(Duration.ofMillis(300))
                    .release().perform();
            wait.until(d -> d.findElement(By.id("toast")).isDisplayed());
            String toast = browser.findElement(By.id("toast")).getText();
            assertTrue(toast.startsWith("Przeniesiono"), "after the drop the page says: " + toast);

            browser.navigate().refresh();
            WebElement moved = showNextWeek(browser, wait, taskId);
            assertEquals(thursday.toString(), dayOf(browser, moved), "after a reload the task sits on Thursday");
            screenshot(browser, "week-after-drag");

            JsonNode task = json(admin.get("tasks/" + taskId), 200);
            assertEquals(at(thursday, 10), Instant.parse(task.path("start").asText()), "start after the drag: " + task);
            assertEquals(at(thursday, 11), Instant.parse(task.path("deadline").asText()), "deadline after the drag: " + task);

            // anna wants reminders a minute ahead; a task due in 70 s alerts her in the page and by e-mail
            json(karaf.client("anna", PASSWORD).putJson("alert-settings/anna", Map.of("reminders", List.of(1)), null),
                    200);
            Instant soon = Instant.now().plusSeconds(70).truncatedTo(ChronoUnit.SECONDS);
            json(admin.postJson("tasks", Map.of("title", ALERTED_TASK, "owner", "anna", "deadline", soon.toString())),
                    201);
            // the shell polls once a minute; a reload polls at once
            new WebDriverWait(browser, Duration.ofSeconds(90), Duration.ofSeconds(3)).until(d -> {
                d.navigate().refresh();
                try {
                    return new WebDriverWait(d, Duration.ofSeconds(5)).until(
                            ExpectedConditions.visibilityOfElementLocated(By.id("notifications"))).isDisplayed();
                } catch (TimeoutException notYet) {
                    return false;
                }
            });
            assertEquals("1", browser.findElement(By.id("notifications")).getText(), "the unread badge");
            browser.findElement(By.id("notifications")).click();
            WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#notification-list li.unread")));
            assertTrue(alert.getText().startsWith(ALERTED_TASK), "the notification: " + alert.getText());
            screenshot(browser, "notification");
            browser.findElement(By.id("notifications-read")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#notification-list li.unread")));

            assertTrue(smtp.waitForIncomingEmail(Duration.ofSeconds(60).toMillis(), 1), "no alert e-mail arrived");
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertEquals("anna@relacja.test", ((InternetAddress) mail.getAllRecipients()[0]).getAddress());
            assertTrue(mail.getSubject().contains(ALERTED_TASK), "the e-mail's subject: " + mail.getSubject());
            assertTrue(Instant.now().isBefore(soon), "the alerts came after the deadline");
        } catch (Exception | AssertionError e) {
            screenshot(browser, "failure");
            throw e;
        } finally {
            browser.quit();
        }
    }

    @Test
    void aSessionTokenSignsInUntilSignedOut() throws Exception {
        operator(karaf.admin(), "celina", "VIEWER", null);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> wrong = http.send(request("session").POST(BodyPublishers.ofString(
                "{\"username\":\"celina\",\"password\":\"guess\"}")).build(), BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").isEmpty(), "a browser would pop up its own dialog");

        HttpResponse<String> opened = http.send(request("session").POST(BodyPublishers.ofString(
                "{\"username\":\"celina\",\"password\":\"" + PASSWORD + "\"}")).build(), BodyHandlers.ofString());
        String token = json(opened, 201).path("token").asText();
        String bearer = "Bearer " + token;

        JsonNode me = json(http.send(request("session").header("Authorization", bearer).GET().build(), BodyHandlers.ofString()), 200);
        assertEquals("celina", me.path("username").asText());
        assertEquals("relacja-viewer", me.path("role").asText());
        JsonNode pages = json(http.send(request("web/pages").header("Authorization", bearer).GET().build(),
                BodyHandlers.ofString()), 200);
        assertEquals("calendar", pages.path(0).path("id").asText(), "the calendar page in the menu: " + pages);
        assertEquals("Terminarz", pages.path(0).path("labels").path("pl").asText());

        assertEquals(204, http.send(request("session").header("Authorization", bearer).DELETE().build(),
                BodyHandlers.ofString()).statusCode());
        HttpResponse<String> after = http.send(request("tasks").header("Authorization", bearer).GET().build(),
                BodyHandlers.ofString());
        assertEquals(401, after.statusCode(), "the token after signing out");
        assertEquals("Bearer realm=\"Relacja\"", after.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(karaf.api().resolve(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    /** Goes to the next week and waits until the task shows there; answers its element. */
    private static WebElement showNextWeek(WebDriver browser, WebDriverWait wait, long taskId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fc-next-button"))).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fc-timegrid .item-" + taskId)));
    }

    private static WebElement column(WebDriver browser, LocalDate day) {
        return browser.findElement(By.cssSelector("td.fc-timegrid-col[data-date='" + day + "']"));
    }

    /** The date of the week view's column the element's centre lies in. */
    private static String dayOf(WebDriver browser, WebElement element) {
        int x = center(element.getRect()).x;
        for (WebElement column : browser.findElements(By.cssSelector("td.fc-timegrid-col[data-date]"))) {
            Rectangle r = column.getRect();
            if (x >= r.x && x < r.x + r.width) {
                return column.getAttribute("data-date");
            }
        }
        return "no column at x=" + x;
    }

    private static org.openqa.selenium.Point center(Rectangle r) {
        return new org.openqa.selenium.Point(r.x + r.width / 2, r.y + r.height / 2);
    }

    private static Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), WARSAW).toInstant();
    }

    private static long operator(RestClient admin, String username, String role, Long supervisorId) throws Exception {
        Map<String, Object> operator = new LinkedHashMap<>();
        operator.put("username", username);
        operator.put("displayName", username);
        operator.put("role", role);
        operator.put("supervisorId", supervisorId);
        operator.put("timeZone", WARSAW.getId());
        operator.put("email", username + "@relacja.test");
        return json(admin.postJson("operators", Map.of("operator", operator, "password", PASSWORD)), 201).path("id").asLong();
    }

    private static long task(RestClient admin, String title, String owner, LocalDate day) throws Exception {
        return json(admin.postJson("tasks", Map.of("title", title, "owner", owner, "priority", "HIGH",
                "start", at(day, 10).toString(), "deadline", at(day, 11).toString())), 201).path("id").asLong();
    }

    private static void screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.move(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Screenshot of the browser: {}", file.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            LOG.warn("No screenshot {}: {}", name, e.toString());
        }
    }

    /** Debian's headless Chromium through Debian's chromedriver; never a downloaded browser or driver. */
    static final class Chromium {
        static final String BROWSER = System.getProperty("relacja.chromium", "/usr/bin/chromium");
        static final String DRIVER = System.getProperty("relacja.chromedriver", "/usr/bin/chromedriver");

        static void requireInstalled() {
            for (String file : List.of(BROWSER, DRIVER)) {
                assertTrue(Files.isExecutable(Paths.get(file)), file + " is missing: the browser test needs Debian's chromium"
                        + " and chromium-driver (karaf-assembly/itests/install-chromium.sh installs them)");
            }
        }

        static WebDriver start() throws IOException {
            requireInstalled();
            Path profile = Files.createTempDirectory(Paths.get("target").toAbsolutePath(), "chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1400,1000", "--lang=pl", "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "pl,en"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Paths.get(DRIVER).toFile())
                    .usingAnyFreePort()
                    .build();
            return new ChromeDriver(service, options);
        }
    }
}
