package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import com.casedesk.cases.CaseVariables;

/** Refuses to complete the scheduling task with an appointment that cannot be kept. */
@Component("checkAppointmentListener")
class CheckAppointmentListener implements TaskListener {

    private final TechnicianVisits visits;

    CheckAppointmentListener(TechnicianVisits visits) {
        this.visits = visits;
    }

    @Override
    public void notify(DelegateTask task) {
        visits.checkAppointment(text(task.getVariable(VISIT_DATE)), text(task.getVariable(VISIT_TIME)),
                text(task.getVariable(VISIT_TECHNICIAN)), text(task.getVariable(VISIT_LATEST_DATE)),
                CaseVariables.string(task, CUSTOMER_TIME_ZONE));
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
