package com.casedesk.cases;

import static com.casedesk.system.TimestampColumns.toColumn;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The case table {@code cd_case}, in plain SQL: a case is written once ({@link #insert}) with everything known
 * when it opens, and afterwards changes one column at a time. A process step may close the case while the code
 * that opened it still holds its copy, so no update writes a whole record back.
 */
@Repository
class CaseRepository {

    private static final String SELECT = "SELECT * FROM cd_case";
    private static final String CHANGED = ", version = version + 1 WHERE case_number = :caseNumber";

    private final NamedParameterJdbcTemplate jdbc;

    CaseRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    CaseRecord insert(CaseRecord record) {
        if (record.getId() != null) {
            throw new IllegalArgumentException("case " + record.getCaseNumber() + " is written already");
        }
        MapSqlParameterSource row = new MapSqlParameterSource().addValue("caseNumber", record.getCaseNumber())
                .addValue("caseType", record.getCaseType().name()).addValue("status", record.getStatus().name())
                .addValue("subject", record.getSubject()).addValue("customerNumber", record.getCustomerNumber())
                .addValue("contactEmail", record.getContactEmail()).addValue("siteId", record.getSiteId())
                .addValue("contractNumber", record.getContractNumber())
                .addValue("invoiceNumber", record.getInvoiceNumber())
                .addValue("processInstanceId", record.getProcessInstanceId())
                .addValue("linkedCaseNumber", record.getLinkedCaseNumber())
                .addValue("mentionedCaseNumber", record.getMentionedCaseNumber())
                .addValue("createdAt", toColumn(record.getCreatedAt())).addValue("closedAt", toColumn(record.getClosedAt()));
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO cd_case (case_number, case_type, status, subject, customer_number, contact_email, site_id,
                  contract_number, invoice_number, process_instance_id, linked_case_number, mentioned_case_number,
                  created_at, closed_at, version)
                VALUES (:caseNumber, :caseType, :status, :subject, :customerNumber, :contactEmail, :siteId,
                  :contractNumber, :invoiceNumber, :processInstanceId, :linkedCaseNumber, :mentionedCaseNumber,
                  :createdAt, :closedAt, 0)""", row, key, new String[] {"id"});
        record.assignId(key.getKey().longValue());
        return record;
    }

    Optional<CaseRecord> findByCaseNumber(String caseNumber) {
        return one(SELECT + " WHERE case_number = :caseNumber", new MapSqlParameterSource("caseNumber", caseNumber));
    }

    Optional<CaseRecord> findByProcessInstanceId(String processInstanceId) {
        return one(SELECT + " WHERE process_instance_id = :processInstanceId",
                new MapSqlParameterSource("processInstanceId", processInstanceId));
    }

    /** 1 when the case was there, 0 when not. */
    int assignProcessInstance(String caseNumber, String processInstanceId) {
        return jdbc.update("UPDATE cd_case SET process_instance_id = :processInstanceId" + CHANGED,
                new MapSqlParameterSource("caseNumber", caseNumber).addValue("processInstanceId", processInstanceId));
    }

    /** 1 when the case was there, 0 when not. */
    int linkTo(String caseNumber, String linkedCaseNumber) {
        return jdbc.update("UPDATE cd_case SET linked_case_number = :linkedCaseNumber" + CHANGED,
                new MapSqlParameterSource("caseNumber", caseNumber).addValue("linkedCaseNumber", linkedCaseNumber));
    }

    /** 1 when the case was there, 0 when not. */
    int markMentioned(String caseNumber, String mentionedCaseNumber) {
        return jdbc.update("UPDATE cd_case SET mentioned_case_number = :mentionedCaseNumber" + CHANGED,
                new MapSqlParameterSource("caseNumber", caseNumber).addValue("mentionedCaseNumber", mentionedCaseNumber));
    }

    /** 1 when this call closed the case, 0 when it was closed already (or is not there). */
    int close(String caseNumber, Instant at) {
        return jdbc.update("UPDATE cd_case SET status = 'CLOSED', closed_at = :closedAt" + CHANGED
                + " AND status <> 'CLOSED'", new MapSqlParameterSource("caseNumber", caseNumber)
                .addValue("closedAt", toColumn(at)));
    }

    private Optional<CaseRecord> one(String sql, MapSqlParameterSource parameters) {
        return jdbc.query(sql, parameters, (row, i) -> CaseRecord.fromRow(row)).stream().findFirst();
    }
}
