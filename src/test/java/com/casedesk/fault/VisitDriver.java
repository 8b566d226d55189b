package com.casedesk.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import com.casedesk.service.TechnicianVisitProcess;

/** Carries a called {@code technicianVisit} through scheduling and the technician's checklist. */
public final class VisitDriver {

    private VisitDriver() {
    }

    public static ProcessInstance calledVisit(ProcessEngine engine, ProcessInstance parent) {
        ProcessInstance visit = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(parent.getId()).singleResult();
        assertThat(visit).as("technicianVisit called by " + parent.getBusinessKey()).isNotNull();
        assertThat(visit.getBusinessKey()).isEqualTo(parent.getBusinessKey());
        return visit;
    }

    /** Schedules the visit on {@code date} and reports every checklist item done. */
    public static void perform(ProcessEngine engine, ProcessInstance parent, String date) {
        ProcessInstance visit = calledVisit(engine, parent);
        complete(engine, visit, TechnicianVisitProcess.USER_TASK_SCHEDULE_VISIT,
                Map.of(TechnicianVisitProcess.VISIT_DATE, date, TechnicianVisitProcess.VISIT_TIME, "09:30",
                        TechnicianVisitProcess.VISIT_TECHNICIAN, "Tekniker Tor"));
        complete(engine, visit, TechnicianVisitProcess.USER_TASK_PERFORM_VISIT,
                Map.of(TechnicianVisitProcess.itemStatus(1), TechnicianVisitProcess.STATUS_DONE));
    }

    private static void complete(ProcessEngine engine, ProcessInstance visit, String taskKey, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(visit.getId()).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey).isNotNull();
        engine.getTaskService().complete(task.getId(), variables);
    }
}
