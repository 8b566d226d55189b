package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.VISIT_CHECKLIST;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import com.casedesk.cases.CaseVariables;

/** Refuses to complete the visit while an item is neither done nor not applicable with a reason. */
@Component("checkVisitChecklistListener")
class CheckVisitChecklistListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        VisitChecklist.results(VisitChecklist.fromJson(CaseVariables.string(task, VISIT_CHECKLIST)), task::getVariable);
    }
}
