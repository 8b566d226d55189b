package com.casedesk.termination;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.DecisionRecord;
import com.casedesk.customers.Contract;
import com.casedesk.customers.ContractRepository;
import com.casedesk.mail.CustomerMailService;
import com.casedesk.mail.CustomerMailService.Mail;
import com.casedesk.rules.Reason;
import com.casedesk.service.VisitChecklist;
import com.casedesk.cases.RequestChannel;

/** What the steps of a contract termination do with the contract, the case and the customer's mail. */
@Service
@Transactional
public class Terminations {

    static final String NOT_IN_WRITING = "NOT_IN_WRITING";
    static final String NOT_AUTHORIZED = "NOT_AUTHORIZED";

    private final ContractRepository contracts;
    private final TerminationEligibilityDecision decision;
    private final CaseManagement cases;
    private final CustomerMailService mail;
    private final TerminationProperties properties;

    Terminations(ContractRepository contracts, TerminationEligibilityDecision decision, CaseManagement cases,
            CustomerMailService mail, TerminationProperties properties) {
        this.contracts = contracts;
        this.decision = decision;
        this.cases = cases;
        this.mail = mail;
        this.properties = properties;
    }

    /** The eligibility decision for a notice, with what the process needs from it. */
    public record Decided(TerminationEligibility eligibility, Date endsAt, LocalDate visitLatestDate,
            String checklistJson, String visitPurpose) {

        public String reasonCodes() {
            return String.join(",", eligibility.reasons().stream().map(Reason::code).toList());
        }

        public String reasonTexts() {
            return String.join("\n", eligibility.reasons().stream().map(Reason::text).toList());
        }
    }

    /** Decides with the contract's terms and the notice, and records the decision on the case as DECISION. */
    public Decided decide(String caseNumber, String contractNumber, RequestChannel channel, LocalDate receivedDate,
            boolean requesterAuthorized) {
        Contract contract = contract(contractNumber);
        TerminationRequest request = new TerminationRequest(contract.getType(), contract.getStartDate(),
                contract.getNoticeMonths(), contract.getBindingMonths(), receivedDate, channel, requesterAuthorized,
                contract.getSite().isHasKeyBox(), contract.getSite().isSignsInstalled());
        TerminationEligibility eligibility = decision.decide(request);
        Decided decided = eligibility.accepted()
                ? new Decided(eligibility,
                        Date.from(eligibility.endDate().atStartOfDay(contract.getCustomer().getCountry().zone()).toInstant()),
                        eligibility.endDate().minusDays(1),
                        VisitChecklist.toJson(eligibility.visitChecklist().stream()
                                .map(item -> new VisitChecklist.Item(item.code(), item.text())).toList()),
                        "Termination of contract " + contract.getNumber() + ": visit before it ends on " + eligibility.endDate())
                : new Decided(eligibility, null, null, null, null);
        cases.recordDecision(caseNumber, eligibility.accepted()
                ? "Termination accepted: contract " + contractNumber + " ends " + eligibility.endDate() + " ("
                        + decided.reasonCodes() + ")"
                : "Termination not accepted: " + decided.reasonCodes(), detail(request, eligibility));
        return decided;
    }

    private static DecisionRecord detail(TerminationRequest request, TerminationEligibility eligibility) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("accepted", eligibility.accepted());
        outcome.put("endDate", eligibility.endDate() == null ? null : eligibility.endDate().toString());
        outcome.put("visitChecklist", eligibility.visitChecklist());
        return new DecisionRecord("termination-eligibility", request, outcome, eligibility.reasons(),
                eligibility.firedRules(), eligibility.rulesVersion());
    }

    /** Tells the requester what is missing: a notice in writing, from an authorized contact, or both. */
    public void requestMissingDetails(String caseNumber, String contractNumber, String to, List<String> reasonCodes) {
        boolean notInWriting = reasonCodes.contains(NOT_IN_WRITING);
        boolean notAuthorized = reasonCodes.contains(NOT_AUTHORIZED);
        String template = notInWriting && notAuthorized ? "termination-not-in-writing-not-authorized"
                : notInWriting ? "termination-not-in-writing"
                : notAuthorized ? "termination-not-authorized"
                : null;
        if (template == null) {
            throw new IllegalStateException("termination of " + contractNumber + " not accepted for reasons "
                    + reasonCodes + ": no mail template says what is missing");
        }
        Contract contract = contract(contractNumber);
        mail.send(new Mail(caseNumber, to, language(contract), template, Map.of(
                "customerName", contract.getCustomer().getName(), "contractNumber", contract.getNumber())));
    }

    /** Marks the contract TERMINATION_CONFIRMED with its end date in the customer data. */
    public void confirm(String caseNumber, String contractNumber, LocalDate endDate) {
        Contract contract = contract(contractNumber);
        contract.confirmTermination(endDate);
        contracts.updateStatus(contract);
        cases.record(caseNumber, CaseEvent.Kind.NOTE, "Contract " + contractNumber + " marked TERMINATION_CONFIRMED,"
                + " ends " + endDate, null);
    }

    /** The confirmation mail: the end date and who the customer's contact for the termination is. */
    public void sendConfirmation(String caseNumber, String contractNumber, String to) {
        Contract contract = contract(contractNumber);
        TerminationProperties.ResponsibleContact responsible = properties.responsibleContact();
        mail.send(new Mail(caseNumber, to, language(contract), "termination-confirmation", Map.of(
                "customerName", contract.getCustomer().getName(), "contractNumber", contract.getNumber(),
                "siteAddress", contract.getSite().getAddress(), "endDate", contract.getEndDate().toString(),
                "responsibleName", responsible.name(), "responsibleEmail", responsible.email())));
    }

    /** The end date has come: the contract is TERMINATED in the customer data. */
    public void terminate(String caseNumber, String contractNumber) {
        Contract contract = contract(contractNumber);
        contract.terminate();
        contracts.updateStatus(contract);
        cases.record(caseNumber, CaseEvent.Kind.NOTE, "Contract " + contractNumber + " TERMINATED", null);
    }

    /** The closing mail, then the case is closed. */
    public void close(String caseNumber, String contractNumber, String to) {
        Contract contract = contract(contractNumber);
        mail.send(new Mail(caseNumber, to, language(contract), "termination-closed", Map.of(
                "customerName", contract.getCustomer().getName(), "contractNumber", contract.getNumber(),
                "endDate", String.valueOf(contract.getEndDate()))));
        cases.close(caseNumber, "Contract " + contractNumber + " terminated on " + contract.getEndDate());
    }

    /** No written notice from an authorized person came in time: the customer is told, the contract continues. */
    public void closeWithoutTermination(String caseNumber, String contractNumber, String to) {
        Contract contract = contract(contractNumber);
        mail.send(new Mail(caseNumber, to, language(contract), "termination-no-notice", Map.of(
                "customerName", contract.getCustomer().getName(), "contractNumber", contract.getNumber())));
        cases.close(caseNumber, "No termination: no written notice from an authorized person came in time; contract "
                + contractNumber + " continues");
    }

    private Contract contract(String contractNumber) {
        return contracts.findByNumber(contractNumber)
                .orElseThrow(() -> new IllegalStateException("contract " + contractNumber + " does not exist"));
    }

    private static String language(Contract contract) {
        return contract.getCustomer().getCountry().language();
    }
}
