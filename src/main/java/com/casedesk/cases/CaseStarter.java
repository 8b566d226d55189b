package com.casedesk.cases;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case and starts its process in one transaction: the case number is the process's business key and
 * its variable {@value #CASE_NUMBER}, and the case remembers its process instance.
 */
@Service
public class CaseStarter {

    public static final String CASE_NUMBER = "caseNumber";
    /** The case page, {@code /cases/<case number>}: forms link to it for the whole text behind a preview. */
    public static final String CASE_LINK = "caseLink";

    private final CaseManagement cases;
    private final RuntimeService runtime;
    private final CaseTexts texts;

    CaseStarter(CaseManagement cases, RuntimeService runtime, CaseTexts texts) {
        this.cases = cases;
        this.runtime = runtime;
        this.texts = texts;
    }

    /** What the case is about; any field may be null. */
    public record CaseSubject(String subject, String customerNumber, String contactEmail, String siteId,
            String contractNumber, String invoiceNumber, String linkedCaseNumber) {

        public static CaseSubject of(String subject) {
            return new CaseSubject(subject, null, null, null, null, null, null);
        }

        public CaseSubject withCustomer(String customerNumber) {
            return new CaseSubject(subject, customerNumber, contactEmail, siteId, contractNumber, invoiceNumber, linkedCaseNumber);
        }

        public CaseSubject withContactEmail(String contactEmail) {
            return new CaseSubject(subject, customerNumber, contactEmail, siteId, contractNumber, invoiceNumber, linkedCaseNumber);
        }

        public CaseSubject withSite(String siteId) {
            return new CaseSubject(subject, customerNumber, contactEmail, siteId, contractNumber, invoiceNumber, linkedCaseNumber);
        }

        public CaseSubject withContract(String contractNumber) {
            return new CaseSubject(subject, customerNumber, contactEmail, siteId, contractNumber, invoiceNumber, linkedCaseNumber);
        }

        public CaseSubject withInvoice(String invoiceNumber) {
            return new CaseSubject(subject, customerNumber, contactEmail, siteId, contractNumber, invoiceNumber, linkedCaseNumber);
        }

        public CaseSubject linkedTo(String caseNumber) {
            return new CaseSubject(subject, customerNumber, contactEmail, siteId, contractNumber, invoiceNumber, caseNumber);
        }
    }

    public record StartedCase(String caseNumber, String processInstanceId) {
    }

    /** Opens the case and starts {@code processKey} with business key = case number. */
    @Transactional
    public StartedCase start(CaseType type, String processKey, CaseSubject about, Map<String, Object> variables) {
        return start(type, processKey, about, variables, null);
    }

    /** As {@link #start(CaseType, String, CaseSubject, Map)} with another business key (e.g. an invoice number). */
    @Transactional
    public StartedCase start(CaseType type, String processKey, CaseSubject about, Map<String, Object> variables,
            String businessKey) {
        // the process's first steps run in this transaction and read the case (or close it): it is complete now
        String caseNumber = cases.open(type, about).getCaseNumber();
        Map<String, Object> all = texts.fit(caseNumber, variables);
        all.put(CASE_NUMBER, caseNumber);
        all.put(CASE_LINK, "/cases/" + caseNumber);
        ProcessInstance instance = runtime.startProcessInstanceByKey(processKey,
                businessKey == null ? caseNumber : businessKey, all);
        cases.assignProcessInstance(caseNumber, instance.getProcessInstanceId());
        return new StartedCase(caseNumber, instance.getProcessInstanceId());
    }
}
