package com.casedesk.cases;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import com.casedesk.system.CaseReaders;

/**
 * A group may read a case when one of the case's user tasks (open or done, in any of its processes) was offered
 * to it: the tasks carry the case number as the process variable {@value CaseStarter#CASE_NUMBER}. The case's
 * process instances are found first (by the variable's value, an index of db/engine-migration-*), then their
 * tasks: a look-up in the case's own rows, not across every task of the group.
 */
@Component
class CaseReadAccess implements CaseReaders {

    private final HistoryService history;

    CaseReadAccess(HistoryService history) {
        this.history = history;
    }

    @Override
    public boolean anyHasOrHadTask(String caseNumber, Collection<String> groups) {
        Set<String> instances = history.createHistoricVariableInstanceQuery()
                .variableValueEquals(CaseStarter.CASE_NUMBER, caseNumber).list().stream()
                .map(HistoricVariableInstance::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return instances.stream().anyMatch(instance -> groups.stream().anyMatch(group -> history
                .createHistoricTaskInstanceQuery().processInstanceId(instance).taskHadCandidateGroup(group)
                .count() > 0));
    }
}
