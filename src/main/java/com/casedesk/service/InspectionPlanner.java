package com.casedesk.service;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseType;
import com.casedesk.customers.Contract;
import com.casedesk.customers.ContractRepository;
import com.casedesk.customers.ContractStatus;
import com.casedesk.cases.CaseIntake;
import com.casedesk.cases.NewCaseRequest;

/**
 * Yearly inspections from each contract's anniversary. Every active contract of a site we monitor gets a plan row
 * with its next anniversary; on that day a service request case starts (scheduled with the customer like any
 * visit), and when it ends the next anniversary is planned. The plan row is claimed with a conditional update, so
 * a second scan (another node, a retried job) starts nothing twice.
 */
@Service
@Transactional
public class InspectionPlanner {

    private static final String CLAIMED = "STARTING";

    private final JdbcTemplate jdbc;
    private final ContractRepository contracts;
    private final CaseIntake intake;
    private final CaseManagement cases;
    private final Clock clock;

    InspectionPlanner(JdbcTemplate jdbc, ContractRepository contracts, CaseIntake intake, CaseManagement cases,
            Clock clock) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.intake = intake;
        this.cases = cases;
        this.clock = clock;
    }

    /** The first anniversary on or after {@code today} (at least one year after the start). */
    static LocalDate nextAnniversary(LocalDate start, LocalDate today) {
        int years = 1;
        while (start.plusYears(years).isBefore(today)) {
            years++;
        }
        return start.plusYears(years);
    }

    /** Plans the first inspection of every inspected contract that has no plan yet; returns how many. */
    public int planNewContracts() {
        Set<String> planned = new HashSet<>(jdbc.queryForList("SELECT contract_number FROM cd_inspection_plan",
                String.class));
        AtomicInteger count = new AtomicInteger();
        contracts.forEach(contract -> {
            if (needsInspection(contract) && !planned.contains(contract.getNumber())) {
                LocalDate due = nextAnniversary(contract.getStartDate(), today(contract));
                count.addAndGet(jdbc.update("INSERT INTO cd_inspection_plan (contract_number, next_due) SELECT ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM cd_inspection_plan WHERE contract_number = ?)",
                        contract.getNumber(), Date.valueOf(due), contract.getNumber()));
            }
        });
        return count.get();
    }

    /** Starts an inspection case for every plan that is due and has none running; returns the case numbers. */
    public List<String> startDueInspections() {
        planNewContracts();
        List<String> started = new ArrayList<>();
        List<Map<String, Object>> due = jdbc.queryForList("SELECT contract_number, next_due FROM cd_inspection_plan"
                + " WHERE open_case_number IS NULL AND next_due <= ?", Date.valueOf(LocalDate.now(clock).plusDays(1)));
        for (Map<String, Object> row : due) {
            String contractNumber = (String) row.get("contract_number");
            LocalDate dueDate = ((Date) row.get("next_due")).toLocalDate();
            Contract contract = contracts.findByNumber(contractNumber).orElse(null);
            if (contract == null || dueDate.isAfter(today(contract))) {
                continue;
            }
            if (!needsInspection(contract)) {
                jdbc.update("DELETE FROM cd_inspection_plan WHERE contract_number = ?", contractNumber);
                continue;
            }
            if (jdbc.update("UPDATE cd_inspection_plan SET open_case_number = ? WHERE contract_number = ?"
                    + " AND open_case_number IS NULL", CLAIMED, contractNumber) == 1) {
                String caseNumber = start(contract, dueDate);
                jdbc.update("UPDATE cd_inspection_plan SET open_case_number = ? WHERE contract_number = ?",
                        caseNumber, contractNumber);
                started.add(caseNumber);
            }
        }
        return started;
    }

    /** The inspection of {@code caseNumber} ended: plan the next anniversary after today. */
    public LocalDate inspectionDone(String contractNumber, String caseNumber) {
        // runs asynchronously: a contract without a plan becomes an incident in Cockpit, not a handler's error
        LocalDate due = nextDue(contractNumber);
        if (due == null) {
            throw new IllegalStateException("No inspection plan for contract " + contractNumber + " (case " + caseNumber
                    + "): cannot plan the next inspection");
        }
        LocalDate today = contracts.findByNumber(contractNumber).map(this::today).orElse(LocalDate.now(clock));
        LocalDate next = due.plusYears(1);
        while (!next.isAfter(today)) {
            next = next.plusYears(1);
        }
        jdbc.update("UPDATE cd_inspection_plan SET next_due = ?, open_case_number = NULL WHERE contract_number = ?"
                + " AND open_case_number = ?", Date.valueOf(next), contractNumber, caseNumber);
        cases.record(caseNumber, CaseEvent.Kind.NOTE, "Next inspection of contract " + contractNumber + " planned for "
                + next, null);
        return next;
    }

    /** The planned next inspection of a contract, or null. */
    @Transactional(readOnly = true)
    public LocalDate nextDue(String contractNumber) {
        List<Date> due = jdbc.queryForList("SELECT next_due FROM cd_inspection_plan WHERE contract_number = ?",
                Date.class, contractNumber);
        return due.isEmpty() ? null : due.get(0).toLocalDate();
    }

    private String start(Contract contract, LocalDate dueDate) {
        String site = contract.getSite().getSiteId();
        String text = "Yearly inspection of the alarm system at " + contract.getSite().getAddress() + " (contract "
                + contract.getNumber() + "), due " + dueDate + ".";
        NewCaseRequest request = NewCaseRequest.builder(CaseType.SERVICE_REQUEST)
                .customer(contract.getCustomer().getNumber()).site(site)
                .subject("Periodic inspection " + site + " " + dueDate.getYear()).text(text).build();
        String caseNumber = intake.open(request, Map.of(ServiceRequestProcess.INSPECTION_CONTRACT_NUMBER,
                contract.getNumber(), ServiceRequestProcess.INSPECTION_DUE, dueDate.toString(),
                ServiceRequestProcess.VISIT_NEEDED, true, ServiceRequestProcess.WORK_DESCRIPTION,
                "Yearly inspection")).caseNumber();
        cases.record(caseNumber, CaseEvent.Kind.DECISION, "Yearly inspection of contract " + contract.getNumber()
                + " due on its anniversary " + dueDate, null);
        return caseNumber;
    }

    /** Sites we monitor need their system inspected yearly while the contract runs. */
    private static boolean needsInspection(Contract contract) {
        return contract.getStatus() == ContractStatus.ACTIVE && contract.getSite().isMonitoredByUs();
    }

    private LocalDate today(Contract contract) {
        return LocalDate.now(clock.withZone(contract.getCustomer().getCountry().zone()));
    }
}
