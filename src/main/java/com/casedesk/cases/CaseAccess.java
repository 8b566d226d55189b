package com.casedesk.cases;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import com.casedesk.system.CaseReaders;

/**
 * Who may read which case, for one case ({@link #mayRead}) and for a search ({@link #readableBy}): the rule of
 * {@code GET /api/cases/{caseNumber}} ({@link CaseReadAccess}): a member of a group on which one of the case's user
 * tasks, open or done, was offered (the task's process carries the case number as variable
 * {@value CaseStarter#CASE_NUMBER}); admins and supervisors read every case.
 */
@Component
public class CaseAccess {

    private final CaseReaders readers;
    private final String prefix;

    CaseAccess(CaseReaders readers, ProcessEngine engine) {
        this.readers = readers;
        this.prefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseTablePrefix();
    }

    public boolean mayRead(String caseNumber, Collection<String> groups) {
        return CaseReaders.seeEveryCase(groups) || readers.anyHasOrHadTask(caseNumber, groups);
    }

    public static boolean seesEveryCase(Collection<String> groups) {
        return CaseReaders.seeEveryCase(groups);
    }

    /**
     * A condition on {@code c.case_number} that holds for the cases a member of {@code groups} may read by their
     * groups' tasks: the same tables and conditions as Camunda's {@code HistoricTaskInstanceQuery
     * .processVariableValueEquals(caseNumber).taskHadCandidateGroup(group)}. Asked per case row (from the case's
     * caseNumber variables, indexed by value), so a search that finds few cases checks only those, however many
     * tasks the groups have.
     */
    String readableBy(String parameter, Set<String> groups, MapSqlParameterSource parameters) {
        if (groups.isEmpty()) {
            return "1 = 0";
        }
        parameters.addValue(parameter, List.copyOf(groups));
        return CaseReadAccess.groupHadTask(prefix, "c.case_number", parameter);
    }
}
