package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.VISIT_CHECKLIST;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Refuses to complete the visit while an item is neither done nor not applicable with a reason. */
@Component("checkVisitChecklistListener")
class CheckVisitChecklistListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        VisitChecklist.results(VisitChecklist.fromJson((String) task.getVariable(VISIT_CHECKLIST)), task::getVariable);
    }
}
