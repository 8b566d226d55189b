package com.casedesk.casepage;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/** Addresses of a task in Tasklist and of a process instance in Cockpit, under the webapps' configured path. */
@Component
class WebappLinks {

    private final String base;

    WebappLinks(CamundaBpmProperties camunda) {
        this.base = camunda.getWebapp().getApplicationPath();
    }

    String task(String taskId) {
        return base + "/app/tasklist/default/#/?task=" + taskId;
    }

    String processInstance(String processInstanceId) {
        return base + "/app/cockpit/default/#/process-instance/" + processInstanceId;
    }
}
