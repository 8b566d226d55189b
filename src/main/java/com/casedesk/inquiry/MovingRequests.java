package com.casedesk.inquiry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.cases.CaseIntake;

/**
 * A customer who moves chooses, once ownership of the system is clear, to have it moved (a service request) or to
 * end the contract (a termination); either opens its own case, linked from the moving inquiry's timeline.
 */
@Service
@Transactional
public class MovingRequests {

    private final CaseIntake intake;
    private final CaseManagement cases;

    MovingRequests(CaseIntake intake, CaseManagement cases) {
        this.intake = intake;
        this.cases = cases;
    }

    public record Moving(String caseNumber, String customerNumber, String requesterEmail, String siteId,
            String systemOwnership, String newAddress, String requestText) {
    }

    public String openServiceRequest(Moving moving) {
        return open(moving, CaseType.SERVICE_REQUEST, "Move the alarm system to " + moving.newAddress());
    }

    public String openTermination(Moving moving) {
        return open(moving, CaseType.TERMINATION, "Terminate the contract because of a move");
    }

    private String open(Moving moving, CaseType type, String title) {
        String text = title + " (system " + moving.systemOwnership() + "; moving case " + moving.caseNumber() + ")\n\n"
                + moving.requestText();
        NewCaseRequest request = NewCaseRequest.builder(type).customer(moving.customerNumber())
                .sender(moving.requesterEmail()).site(moving.siteId()).subject(title).text(text).build();
        String opened = intake.open(request).caseNumber();
        cases.record(moving.caseNumber(), CaseEvent.Kind.NOTE, type + " case " + opened + " opened for the move", null);
        cases.record(opened, CaseEvent.Kind.NOTE, "Opened from moving case " + moving.caseNumber(), null);
        return opened;
    }
}
