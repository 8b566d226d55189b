package com.casedesk.service;

import static com.casedesk.mail.CustomerAnswers.recipient;
import static com.casedesk.cases.CaseVariables.string;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.mail.CustomerAnswers;

@Component("sendServiceClosingMailDelegate")
class SendServiceClosingMailDelegate implements JavaDelegate {

    private final CustomerAnswers answers;

    SendServiceClosingMailDelegate(CustomerAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String answer = string(execution, ServiceRequestProcess.ANSWER);
        String report = string(execution, ServiceRequestProcess.VISIT_REPORT_SUMMARY);
        answers.answerAndClose(recipient(execution), "servicedesk-service-closed",
                Map.of("answer", answer == null ? "" : answer, "visitReportSummary", report == null ? "" : report),
                report == null ? "Service request answered without a visit" : "Service request done after a technician visit");
    }
}
