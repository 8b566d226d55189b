package com.casedesk.dunning;

import org.springframework.stereotype.Component;

/** The scan's timer cycle for the BPMN: {@code ${dunningSchedule.scanCycle}}. */
@Component("dunningSchedule")
class DunningSchedule {

    private final DunningProperties properties;

    DunningSchedule(DunningProperties properties) {
        this.properties = properties;
    }

    public String getScanCycle() {
        return properties.scanCycle();
    }
}
