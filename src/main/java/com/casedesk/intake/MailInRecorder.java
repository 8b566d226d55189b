package com.casedesk.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Puts an incoming mail on its case's timeline, with its attachments stored and linked. */
@Component
class MailInRecorder {

    private static final int MAX_TEXT = 100_000;

    private final CaseManagement cases;
    private final AttachmentStore attachments;
    private final ObjectMapper json;

    MailInRecorder(CaseManagement cases, AttachmentStore attachments, ObjectMapper json) {
        this.cases = cases;
        this.attachments = attachments;
        this.json = json;
    }

    void record(String caseNumber, ParsedMail mail, String summary) {
        List<AttachmentStore.Stored> stored = attachments.store(caseNumber, mail.messageKey(), mail.attachments());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("messageId", mail.messageId());
        detail.put("from", mail.from());
        detail.put("subject", mail.subject());
        detail.put("text", mail.text().length() > MAX_TEXT ? mail.text().substring(0, MAX_TEXT) : mail.text());
        detail.put("attachments", stored.stream().map(AttachmentStore::describe).toList());
        if (mail.autoMail() != null) {
            detail.put("automatic", mail.autoMail());
        }
        cases.record(caseNumber, CaseEvent.Kind.MAIL_IN, summary, write(detail));
    }

    String write(Object detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
