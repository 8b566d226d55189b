package com.casedesk.inquiry;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseIntake.OpenedCase;
import com.casedesk.cases.CaseOpening;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CaseTypeHandler;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.system.BadRequestException;

/**
 * Opens invoice questions, action-instruction changes and general inquiries with {@value CustomerInquiryProcess#KEY},
 * and every case another type declined (a termination whose contract is unknown), for a handler to identify and
 * route.
 */
@Component
class CustomerInquiryCases implements CaseTypeHandler {

    private final InquiryProperties properties;

    CustomerInquiryCases(InquiryProperties properties) {
        this.properties = properties;
    }

    @Override
    public Set<CaseType> caseTypes() {
        return Set.of(CaseType.INVOICE_QUESTION, CaseType.ACTION_INSTRUCTION_CHANGE, CaseType.GENERAL_INQUIRY);
    }

    @Override
    public Optional<OpenedCase> open(CaseOpening opening) {
        opening.variables().put(CustomerInquiryProcess.INTENT, initialIntent(opening.request()));
        opening.variables().put(CustomerInquiryProcess.REPLY_WAIT, properties.replyWait().toString());
        return Optional.of(opening.start(CustomerInquiryProcess.KEY));
    }

    private static String initialIntent(NewCaseRequest request) {
        if (request.intent() != null && !request.intent().isBlank()) {
            return intent(request.intent()).name();
        }
        return request.caseType() == CaseType.ACTION_INSTRUCTION_CHANGE ? InquiryIntent.ACTION_INSTRUCTION_CHANGE.name()
                : null;
    }

    private static InquiryIntent intent(String name) {
        try {
            return InquiryIntent.valueOf(name.trim());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("intent", "'" + name + "' is not one of " + Arrays.toString(InquiryIntent.values()));
        }
    }
}
