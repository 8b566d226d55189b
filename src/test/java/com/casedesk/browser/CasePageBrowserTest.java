package com.casedesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.system.Groups;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The case page in headless chromium, as a handler reaches it: a fault reported by mail is triaged in Tasklist
 * (whose list entry names the case and whose form links to the case page), then the handler logs in on the case
 * page, finds the case by the page's search and reads its mail, its classification's reasons and the completed
 * triage. Admins see the "All open" queue. Runs only with {@code ./mvnw -Pbrowser test} (see README).
 */
@Tag("browser")
@ExtendWith(CaseDeskForBrowsers.class)
class CasePageBrowserTest {

    private static final String PASSWORD = CaseDeskForBrowsers.PASSWORD;

    private Tasklist browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void shouldFindAMailBornCaseByTheSearchAndShowItsMailReasonsAndCompletedTriage() throws Exception {
        String subject = "Larmet piper " + System.nanoTime();
        mail("anna.lind@solros.example", subject, "Hej,\ncentralen piper hela tiden och displayen visar fel 12.\nMvh Anna");
        Task triage = awaitTriage(subject);
        String caseNumber = CaseDeskForBrowsers.bean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(triage.getProcessInstanceId())
                .singleResult().getBusinessKey();

        browser = new Tasklist(CaseDeskForBrowsers.baseUrl());
        browser.logIn(Groups.TECHNICAL_SUPPORT + "-demo", PASSWORD);
        browser.openFilter("Technical support: Open");
        assertThat(browser.taskListShows(caseNumber)).as("the queue's entry names its case").isTrue();
        browser.open(triage.getId());
        WebElement caseLink = browser.link("Open case " + caseNumber);
        assertThat(caseLink.getAttribute("href")).endsWith("/cases/" + caseNumber);
        browser.choose("Outcome", "Technician visit");
        browser.type("Triage note", "Panel fault 12: the battery is worn out");
        assertThat(browser.complete()).isNull();

        WebDriver page = browser.driver();
        page.get(CaseDeskForBrowsers.baseUrl() + "/cases");
        page.findElement(By.name("username")).sendKeys(Groups.TECHNICAL_SUPPORT + "-demo");
        page.findElement(By.name("password")).sendKeys(PASSWORD + Keys.ENTER);
        browser.await(By.name("query")).sendKeys(subject + Keys.ENTER);
        browser.await(By.linkText(caseNumber)).click();
        String story = browser.await(By.id("story")).getText();
        browser.screenshot("case-page");
        assertThat(story).contains("centralen piper hela tiden och displayen visar fel 12");
        List<String> reasons = page.findElements(By.cssSelector(".reasons li")).stream().map(WebElement::getText).toList();
        assertThat(reasons).as("the classification's reasons").isNotEmpty().allMatch(reason -> !reason.isBlank());
        assertThat(story).contains("Task 'Triage fault' completed by " + Groups.TECHNICAL_SUPPORT + "-demo",
                "Technician visit", "Panel fault 12: the battery is worn out");
    }

    @Test
    void shouldShowAdminsTheAllOpenQueue() throws Exception {
        browser = new Tasklist(CaseDeskForBrowsers.baseUrl());
        browser.logIn("admin", "browser-admin-password");
        assertThat(browser.filterNames()).contains("All open");
    }

    private void mail(String from, String subject, String text) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "localhost");
        props.put("mail.smtp.port", String.valueOf(CaseDeskForBrowsers.bean(EmbeddedMailServer.class).smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(CaseDeskForBrowsers.bean(EmbeddedMailServer.class).mailbox()));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private Task awaitTriage(String subject) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            var instances = CaseDeskForBrowsers.bean(RuntimeService.class).createProcessInstanceQuery().variableValueEquals("requestSubject", subject).list();
            if (!instances.isEmpty()) {
                Task task = CaseDeskForBrowsers.bean(TaskService.class).createTaskQuery().processInstanceId(instances.get(0).getId())
                        .taskDefinitionKey("userTask_triageFault").singleResult();
                if (task != null) {
                    return task;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no triage task for the mail '" + subject + "'");
    }
}
