package com.casedesk.cases;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

/** A case with its timeline, as the API shows it. */
public record CaseView(String caseNumber, CaseType caseType, CaseStatus status, String subject,
        String customerNumber, String contactEmail, String siteId, String contractNumber, String invoiceNumber,
        String processInstanceId, String linkedCaseNumber, Instant createdAt, Instant closedAt,
        List<Entry> timeline) {

    /** One timeline entry; {@code detail} is the entry's JSON object (a decision's inputs, outcome and reasons). */
    public record Entry(Instant at, CaseEvent.Kind kind, String summary, JsonNode detail) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static CaseView of(CaseRecord c, List<CaseEvent> events) {
        return new CaseView(c.getCaseNumber(), c.getCaseType(), c.getStatus(), c.getSubject(), c.getCustomerNumber(),
                c.getContactEmail(), c.getSiteId(), c.getContractNumber(), c.getInvoiceNumber(),
                c.getProcessInstanceId(), c.getLinkedCaseNumber(), c.getCreatedAt(), c.getClosedAt(),
                events.stream().map(e -> new Entry(e.getOccurredAt(), e.getKind(), e.getSummary(), detail(e.getDetail()))).toList());
    }

    private static JsonNode detail(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(stored);
        }
    }
}
