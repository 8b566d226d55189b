package com.casedesk.cases;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a customer's reply into the case's process where it waits for {@value CustomerReply#MESSAGE}. A case
 * is found by its case number: the main process has it as business key and every called process (e.g. the
 * technician visit) must receive the same business key ({@code <camunda:in businessKey="#{execution.processBusinessKey}"/>}).
 */
@Service
public class CaseReplies {

    private final RuntimeService runtime;
    private final CaseManagement cases;
    private final CaseTexts texts;

    CaseReplies(RuntimeService runtime, CaseManagement cases, CaseTexts texts) {
        this.runtime = runtime;
        this.cases = cases;
        this.texts = texts;
    }

    /**
     * @return true when a process of the case was waiting for the reply and received it; false when none waits
     *         (the caller then gives the case's group a task, or opens a new case for a closed one)
     */
    @Transactional
    public boolean deliver(String caseNumber, CustomerReply reply) {
        boolean waiting = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).active().list()
                .stream()
                .anyMatch(instance -> runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
                        .eventType("message").eventName(CustomerReply.MESSAGE).count() > 0);
        if (!waiting) {
            return false;
        }
        runtime.createMessageCorrelation(CustomerReply.MESSAGE)
                .processInstanceBusinessKey(caseNumber)
                .setVariables(texts.fit(caseNumber, reply.variables()))
                .correlateAll();
        cases.record(caseNumber, CaseEvent.Kind.NOTE,
                "Reply from " + reply.fromEmail() + " (" + reply.channel() + ") delivered to the process", null);
        return true;
    }
}
