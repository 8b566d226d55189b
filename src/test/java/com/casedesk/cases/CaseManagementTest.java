package com.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.casedesk.support.CaseDeskTest;
import com.casedesk.system.NotFoundException;

@CaseDeskTest
class CaseManagementTest {

    @Autowired
    CaseManagement cases;

    @Test
    void shouldWriteEverythingTheSubjectKnowsWhenTheCaseOpens() {
        CaseStarter.CaseSubject about = CaseStarter.CaseSubject.of("Panel beeps").withCustomer("SE-1001")
                .withContactEmail("anna.lind@solros.example").withSite("SE-S-1001").withContract("SE-C-1001")
                .withInvoice("INV-1").linkedTo("CD-2026-000001");

        CaseRecord record = cases.get(cases.open(CaseType.FAULT_REPORT, about).getCaseNumber());

        assertThat(record.getStatus()).isEqualTo(CaseStatus.OPEN);
        assertThat(record).extracting(CaseRecord::getCaseType, CaseRecord::getSubject, CaseRecord::getCustomerNumber,
                CaseRecord::getContactEmail, CaseRecord::getSiteId, CaseRecord::getContractNumber,
                CaseRecord::getInvoiceNumber, CaseRecord::getLinkedCaseNumber).containsExactly(CaseType.FAULT_REPORT,
                "Panel beeps", "SE-1001", "anna.lind@solros.example", "SE-S-1001", "SE-C-1001", "INV-1",
                "CD-2026-000001");
        assertThat(record.getCreatedAt()).isNotNull();
        assertThat(record.getClosedAt()).isNull();
    }

    @Test
    void shouldCloseACaseOnceAndKeepItClosedWhenItIsLinkedOrMarkedAfterwards() {
        String caseNumber = cases.open(CaseType.GENERAL_INQUIRY, "Question").getCaseNumber();

        cases.close(caseNumber, "Answered");
        var closedAt = cases.get(caseNumber).getClosedAt();
        cases.close(caseNumber, "Answered again");
        cases.linkTo(caseNumber, "CD-2026-000002");
        cases.markMentioned(caseNumber, "CD-2026-000003");

        CaseRecord record = cases.get(caseNumber);
        assertThat(record.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(record.getClosedAt()).isEqualTo(closedAt);
        assertThat(record.getLinkedCaseNumber()).isEqualTo("CD-2026-000002");
        assertThat(record.getMentionedCaseNumber()).isEqualTo("CD-2026-000003");
        assertThat(cases.timeline(caseNumber)).filteredOn(event -> event.getKind() == CaseEvent.Kind.CLOSED)
                .extracting(CaseEvent::getSummary).containsExactly("Answered");
    }

    @Test
    void shouldRefuseToChangeACaseThatDoesNotExist() {
        assertThatThrownBy(() -> cases.close("CD-1999-999999", "Closed")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("CD-1999-999999");
        assertThatThrownBy(() -> cases.linkTo("CD-1999-999999", "CD-2026-000001")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.markMentioned("CD-1999-999999", "CD-2026-000001"))
                .isInstanceOf(NotFoundException.class);
    }
}
