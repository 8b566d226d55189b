package com.casedesk.termination;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseContext;
import com.casedesk.cases.CaseIntake.OpenedCase;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseOpening;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CaseTypeHandler;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.cases.RequestChannel;
import com.casedesk.customers.CustomerView;
import com.casedesk.customers.CustomerView.SiteView;

/**
 * A termination whose customer, contract (the site's, or the customer's only one) and requester are known goes
 * to {@link TerminationIntake}; otherwise this declines and the case goes to {@code customerInquiry}, where a
 * handler identifies them.
 */
@Component
class TerminationCases implements CaseTypeHandler {

    private final TerminationIntake terminations;
    private final CaseManagement cases;

    TerminationCases(TerminationIntake terminations, CaseManagement cases) {
        this.terminations = terminations;
        this.cases = cases;
    }

    @Override
    public Set<CaseType> caseTypes() {
        return Set.of(CaseType.TERMINATION);
    }

    @Override
    public Optional<OpenedCase> open(CaseOpening opening) {
        NewCaseRequest request = opening.request();
        CustomerView customer = opening.customer();
        SiteView site = opening.site();
        String requester = CaseContext.blankToNull(request.senderEmail());
        if (customer == null || requester == null) {
            return Optional.empty();
        }
        List<String> contracts = customer.contracts().stream()
                .filter(c -> site == null || c.siteId().equals(site.siteId())).map(c -> c.number()).toList();
        if (contracts.size() != 1) {
            return Optional.empty();
        }
        String caseNumber = terminations.receive(new TerminationNotice(customer.number(), contracts.get(0), requester,
                request.channel() == null ? RequestChannel.EMAIL : request.channel(),
                opening.receivedAt().atZone(customer.country().zone()).toLocalDate(), request.text()),
                Boolean.TRUE.equals(opening.variables().get(CaseContext.SENDER_VERIFIED)));
        return Optional.of(new OpenedCase(caseNumber, TerminationProcess.PROCESS_KEY,
                cases.get(caseNumber).getProcessInstanceId()));
    }
}
