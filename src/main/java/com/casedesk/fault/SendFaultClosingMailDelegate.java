package com.casedesk.fault;

import static com.casedesk.fault.FaultReportProcess.*;
import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.mail.CustomerAnswers.recipient;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import java.util.Map;

import com.casedesk.mail.CustomerAnswers;
import com.casedesk.cases.CaseContext;

@Component("sendFaultClosingMailDelegate")
class SendFaultClosingMailDelegate implements JavaDelegate {

    private final CustomerAnswers answers;

    SendFaultClosingMailDelegate(CustomerAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String answer = string(execution, ANSWER);
        String report = string(execution, VISIT_REPORT_SUMMARY);
        answers.answerAndClose(recipient(execution), "servicedesk-fault-closed",
                Map.of("answer", answer == null ? "" : answer, "visitReportSummary", report == null ? "" : report),
                "Fault resolved" + (report == null ? "" : " after a technician visit"));
    }
}
