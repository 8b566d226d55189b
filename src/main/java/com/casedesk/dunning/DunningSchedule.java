package com.casedesk.dunning;

import org.springframework.stereotype.Component;

/** The scan's timer cycle for the BPMN: {@code ${dunningSchedule.scanCycle}} (public: the expression language reads it). */
@Component("dunningSchedule")
public class DunningSchedule {

    private final DunningProperties properties;

    DunningSchedule(DunningProperties properties) {
        this.properties = properties;
    }

    public String getScanCycle() {
        return properties.scanCycle();
    }
}
