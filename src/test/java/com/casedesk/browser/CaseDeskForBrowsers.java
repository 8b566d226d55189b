package com.casedesk.browser;

import java.nio.file.Files;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.casedesk.CaseDeskApplication;
import com.casedesk.system.Groups;

/**
 * One CaseDesk and one browser for the whole browser suite, however many test classes use it: CaseDesk as
 * {@code spring-boot:run} starts it (demo data, job executor, mailbox intake), on free ports and a fresh database;
 * both are closed when the suite ends. The demo users get generated passwords; the suite sets its own through the
 * identity service.
 */
final class CaseDeskForBrowsers implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    static final String PASSWORD = "browser-suite-password";

    private static ConfigurableApplicationContext app;
    private static int port;
    private static Tasklist tasklist;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (CaseDeskForBrowsers.class) {
            if (app == null) {
                start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(CaseDeskForBrowsers.class, this);
            }
        }
    }

    private static void start() throws Exception {
        app = new SpringApplicationBuilder(CaseDeskApplication.class).run("--server.port=0",
                "--casedesk.data-dir=" + Files.createTempDirectory("casedesk-browser"),
                "--casedesk.admin.password=browser-admin-password",
                "--casedesk.mail.embedded.smtp-port=0", "--casedesk.mail.embedded.imap-port=0",
                "--logging.level.root=WARN");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        IdentityService identity = app.getBean(IdentityService.class);
        for (String group : List.of(Groups.CUSTOMER_SERVICE, Groups.TECHNICAL_SUPPORT, Groups.SERVICE_COORDINATION,
                Groups.BILLING, Groups.ALARM_CENTRE)) {
            User user = identity.createUserQuery().userId(group + "-demo").singleResult();
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
    }

    static <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    static String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The suite's one browser (opened on first use). */
    static Tasklist tasklist() throws Exception {
        if (tasklist == null) {
            tasklist = new Tasklist(baseUrl());
        }
        return tasklist;
    }

    @Override
    public void close() {
        if (tasklist != null) {
            tasklist.close();
        }
        if (app != null) {
            app.close();
        }
    }
}
