package com.casedesk.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * {@code casedesk.inspection.*}. The scan's timer reads {@code ${inspectionSchedule.cycle}} when the process is
 * deployed and after each run; a Camunda timer job, not a Spring schedule, so one node of a cluster runs it.
 */
@Component("inspectionSchedule")
public class InspectionSchedule {

    private final Properties properties;

    InspectionSchedule(Properties properties) {
        this.properties = properties;
    }

    /** @param cycle a Camunda time cycle (cron or ISO 8601 repeat); default daily 02:15 */
    @ConfigurationProperties("casedesk.inspection")
    public record Properties(@DefaultValue("0 15 2 * * ?") String cycle) {
    }

    public String getCycle() {
        return properties.cycle();
    }
}
