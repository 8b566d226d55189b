package com.casedesk.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Time and jobs for process tests: the job executor is off in tests, so a test moves the clock and runs jobs. */
public final class ProcessTestSupport {

    private ProcessTestSupport() {
    }

    /** Sets the engine's (and CaseDesk's) clock. Call {@link #resetClock()} after the test. */
    public static void setClock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public static void moveClock(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
    }

    public static void resetClock() {
        ClockUtil.reset();
    }

    /** Executes every job that is due at the engine's current time, including jobs those jobs create. */
    public static int executeDueJobs(ProcessEngine engine) {
        ManagementService management = engine.getManagementService();
        int executed = 0;
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("jobs keep creating due jobs: more than 100 rounds");
    }

    /** Executes the due jobs of one process instance only (other tests' instances stay untouched). */
    public static int executeDueJobs(ProcessEngine engine, String processInstanceId) {
        ManagementService management = engine.getManagementService();
        int executed = 0;
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("jobs keep creating due jobs: more than 100 rounds");
    }
}
