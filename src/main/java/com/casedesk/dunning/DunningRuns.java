package com.casedesk.dunning;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which invoice has a running dunning. The engine knows the running instances (business key = invoice number);
 * the {@code cd_dunning_run} row makes two nodes that start the same dunning at the same moment take turns:
 * the second blocks on the row, then finds it taken.
 */
@Component
class DunningRuns {

    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DunningRuns(RuntimeService runtime, JdbcTemplate jdbc, Clock clock) {
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean running(String invoiceNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DunningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(invoiceNumber).count() > 0;
    }

    /** True when this caller may start the invoice's dunning; must run in the transaction that starts it. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean claim(String invoiceNumber) {
        List<String> previous = jdbc.queryForList(
                "SELECT process_instance_id FROM cd_dunning_run WHERE invoice_number = ?", String.class, invoiceNumber);
        Timestamp now = Timestamp.from(clock.instant());
        try {
            if (previous.isEmpty()) {
                jdbc.update("INSERT INTO cd_dunning_run (invoice_number, started_at) VALUES (?, ?)", invoiceNumber, now);
                return true;
            }
            String processInstanceId = previous.get(0);
            if (processInstanceId != null
                    && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
                return false;
            }
            // the earlier run has ended (paid, credited, handed over or cancelled): take the row over
            String update = "UPDATE cd_dunning_run SET started_at = ?, case_number = NULL, process_instance_id = NULL"
                    + " WHERE invoice_number = ? AND ";
            return (processInstanceId == null
                    ? jdbc.update(update + "process_instance_id IS NULL", now, invoiceNumber)
                    : jdbc.update(update + "process_instance_id = ?", now, invoiceNumber, processInstanceId)) == 1;
        } catch (DataAccessException takenByAnotherNode) {
            return false;
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void started(String invoiceNumber, String caseNumber, String processInstanceId) {
        jdbc.update("UPDATE cd_dunning_run SET case_number = ?, process_instance_id = ? WHERE invoice_number = ?",
                caseNumber, processInstanceId, invoiceNumber);
    }
}
