package com.casedesk.cases;

import java.util.Collection;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

import com.casedesk.system.CaseReaders;

/**
 * A group may read a case when one of the case's user tasks (open or done, in any of its processes) was offered
 * to it: the tasks carry the case number as the process variable {@value CaseStarter#CASE_NUMBER}.
 */
@Component
class CaseReadAccess implements CaseReaders {

    private final HistoryService history;

    CaseReadAccess(HistoryService history) {
        this.history = history;
    }

    @Override
    public boolean anyHasOrHadTask(String caseNumber, Collection<String> groups) {
        return groups.stream().anyMatch(group -> history.createHistoricTaskInstanceQuery()
                .processVariableValueEquals(CaseStarter.CASE_NUMBER, caseNumber)
                .taskHadCandidateGroup(group).count() > 0);
    }
}
