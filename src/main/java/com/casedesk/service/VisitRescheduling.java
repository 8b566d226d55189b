package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseTexts;
import com.casedesk.cases.CustomerReply;
import com.casedesk.system.BadRequestException;

/** Sends a case's waiting technician visit back to scheduling, as the customer's reschedule reply would. */
@Service
public class VisitRescheduling {

    /** The case exists but no visit of it waits to be carried out. */
    public static class NoVisitWaitingException extends RuntimeException {
        NoVisitWaitingException(String message) {
            super(message);
        }
    }

    private final RuntimeService runtime;
    private final CaseManagement cases;
    private final Clock clock;
    private final CaseTexts texts;

    VisitRescheduling(RuntimeService runtime, CaseManagement cases, Clock clock, CaseTexts texts) {
        this.texts = texts;
        this.runtime = runtime;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * @throws com.casedesk.system.NotFoundException for an unknown case
     * @throws NoVisitWaitingException when the case has no visit waiting (not yet scheduled, done, or none)
     */
    @Transactional
    public void reschedule(String caseNumber, String reason, LocalDate preferredDate, String requestedBy) {
        cases.get(caseNumber);
        if (reason.length() > CaseTexts.MAX_TEXT) {
            throw new BadRequestException("reason", "is " + reason.length() + " characters long; at most "
                    + CaseTexts.MAX_TEXT + " are accepted");
        }
        if (preferredDate != null && preferredDate.isBefore(LocalDate.now(clock))) {
            throw new BadRequestException("preferredDate", preferredDate + " is in the past");
        }
        List<EventSubscription> waiting = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(PROCESS_KEY).active().list().stream()
                .flatMap(instance -> runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
                        .eventType("message").eventName(CustomerReply.MESSAGE).activityId(BOUNDARY_CUSTOMER_REPLIED)
                        .list().stream())
                .toList();
        if (waiting.isEmpty()) {
            throw new NoVisitWaitingException("case " + caseNumber + " has no technician visit waiting to be carried out");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CustomerReply.VAR_INTENT, CustomerReply.INTENT_RESCHEDULE);
        variables.put(CustomerReply.VAR_TEXT, reason);
        variables.put(CustomerReply.VAR_FROM, requestedBy + " (API)");
        // a handler entered it: no mail to answer, whatever an earlier reply left in the variables
        variables.put(CustomerReply.VAR_CHANNEL, "API");
        variables.put(CustomerReply.VAR_MESSAGE_ID, null);
        variables.put(CustomerReply.VAR_MENTIONED_DATES, null);
        variables.put(VISIT_PREFERRED_DATE, preferredDate == null ? null : preferredDate.toString());
        for (EventSubscription subscription : waiting) {
            runtime.createMessageCorrelation(CustomerReply.MESSAGE).processInstanceId(subscription.getProcessInstanceId())
                    .setVariables(texts.fit(caseNumber, variables)).correlateWithResult();
        }
    }
}
