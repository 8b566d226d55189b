package com.casedesk.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.AdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.CockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.TasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.WelcomeRuntimeDelegate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test that starts and closes an application of its own in the test JVM: Camunda's webapps keep their
 * runtime in JVM-wide statics, which closing that application sets to null, and the shared {@link CaseDeskTest}
 * context's webapps (Tasklist, Admin, Cockpit) would answer 500 from then on. This puts back, after the test
 * class, what was there before it.
 */
public class KeepsWebappsOfTheSharedContext implements BeforeAllCallback, AfterAllCallback {

    private AdminRuntimeDelegate admin;
    private CockpitRuntimeDelegate cockpit;
    private TasklistRuntimeDelegate tasklist;
    private WelcomeRuntimeDelegate welcome;

    @Override
    public void beforeAll(ExtensionContext context) {
        admin = Admin.getRuntimeDelegate();
        cockpit = Cockpit.getRuntimeDelegate();
        tasklist = Tasklist.getRuntimeDelegate();
        welcome = Welcome.getRuntimeDelegate();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Admin.setAdminRuntimeDelegate(admin);
        Cockpit.setCockpitRuntimeDelegate(cockpit);
        Tasklist.setTasklistRuntimeDelegate(tasklist);
        Welcome.setRuntimeDelegate(welcome);
    }
}
