package com.casedesk.intake;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseTexts;
import com.casedesk.cases.CaseContext;
import com.casedesk.cases.CaseIntake;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.system.EmailAddresses;
import com.casedesk.cases.RequestChannel;

/**
 * Opens a mail's case through the service desk's {@link CaseIntake}, which starts the case type's own process
 * (fault report, service request, customer inquiry, contract termination). A mail without a usable sender
 * address, which the service desk cannot answer, goes to {@link FallbackCaseOpener}.
 */
@Primary
@Component
class ServiceDeskCaseOpener implements CaseOpener {

    private final CaseIntake serviceDesk;
    private final FallbackCaseOpener fallback;
    private final CaseManagement cases;
    private final Clock clock;

    ServiceDeskCaseOpener(CaseIntake serviceDesk, FallbackCaseOpener fallback, CaseManagement cases, Clock clock) {
        this.serviceDesk = serviceDesk;
        this.fallback = fallback;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public CaseStarter.StartedCase open(NewCase request) {
        MailFacts mail = request.mail();
        if (mail.from() == null || !EmailAddresses.isValid(mail.from())) {
            return fallback.open(request);
        }
        // a mail longer than the service desk takes from anyone is cut there; the whole text stays on its mail record
        String text = mail.text() != null && !mail.text().isBlank() ? CaseTexts.cut(mail.text(), CaseTexts.MAX_TEXT)
                : request.about().subject() != null ? request.about().subject() : "(empty mail)";
        CaseIntake.OpenedCase opened = serviceDesk.open(NewCaseRequest.builder(request.type())
                .customer(request.about().customerNumber()).sender(mail.from()).subject(request.about().subject())
                .text(text).urgent(mail.urgent()).invoice(mail.invoiceNumber()).intent(mail.inquiryIntent()).language(mail.language())
                .receivedAt(clock.instant()).messageId(mail.messageId()).channel(RequestChannel.EMAIL).build(),
                mailVariables(mail));
        if (request.about().linkedCaseNumber() != null) {
            cases.linkTo(opened.caseNumber(), request.about().linkedCaseNumber());
        }
        return new CaseStarter.StartedCase(opened.caseNumber(), opened.processInstanceId());
    }

    private static Map<String, Object> mailVariables(MailFacts mail) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(IntakeProcess.CLASSIFICATION_REASONS, mail.classificationReasons() == null ? ""
                : mail.classificationReasons());
        variables.put(IntakeProcess.MENTIONED_DATES, mail.mentionedDates());
        variables.put(CaseContext.SENDER_VERIFIED, mail.requesterAuthorized());
        return variables;
    }
}
