package com.casedesk.cases;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.casedesk.system.CaseReaders;

/**
 * A group may read a case when one of the case's user tasks (open or done, in any of its processes) was offered
 * to it: the tasks carry the case number as the process variable {@value CaseStarter#CASE_NUMBER}. One query for
 * the case page and the case search alike ({@link CaseAccess#readableBy}): from the case's caseNumber variables
 * (indexed by value, db/engine-migration-*) to their process instances' tasks and those tasks' candidate groups,
 * so it reads the case's own rows, however many tasks the groups have.
 */
@Component
class CaseReadAccess implements CaseReaders {

    private final NamedParameterJdbcTemplate jdbc;
    private final String prefix;

    CaseReadAccess(NamedParameterJdbcTemplate jdbc, ProcessEngine engine) {
        this.jdbc = jdbc;
        this.prefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseTablePrefix();
    }

    @Override
    public boolean anyHasOrHadTask(String caseNumber, Collection<String> groups) {
        if (groups.isEmpty()) {
            return false;
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("caseNumber", caseNumber)
                .addValue("groups", List.copyOf(groups));
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT CASE WHEN " + groupHadTask(prefix, ":caseNumber",
                "groups") + " THEN TRUE ELSE FALSE END", parameters, Boolean.class));
    }

    /** A condition: a task of the case {@code caseNumber} (an SQL expression) was offered to one of the groups. */
    static String groupHadTask(String prefix, String caseNumber, String groupsParameter) {
        return "EXISTS (SELECT 1 FROM " + prefix + "ACT_HI_VARINST v"
                + " JOIN " + prefix + "ACT_HI_TASKINST t ON t.PROC_INST_ID_ = v.PROC_INST_ID_"
                + " JOIN " + prefix + "ACT_HI_IDENTITYLINK il ON il.TASK_ID_ = t.ID_"
                + " WHERE v.NAME_ = '" + CaseStarter.CASE_NUMBER + "' AND v.TEXT_ = " + caseNumber
                + " AND il.TYPE_ = 'candidate' AND il.GROUP_ID_ IN (:" + groupsParameter + "))";
    }
}
