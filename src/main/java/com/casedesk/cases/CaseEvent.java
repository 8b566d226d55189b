package com.casedesk.cases;

import java.time.Instant;

/** One entry of a case's timeline: a mail in or out, a task, a decision, a note. */
public class CaseEvent {

    public enum Kind {
        OPENED, MAIL_IN, MAIL_OUT, TASK, DECISION, NOTE, ESCALATION, CLOSED
    }

    private Long id;
    private String caseNumber;
    private Instant occurredAt;
    private Kind kind;
    private String summary;
    /** Free-form detail, usually JSON (a decision's reasons, a mail's headers). */
    private String detail;

    /** An entry as {@link CaseEventRepository} reads it. */
    CaseEvent(long id, String caseNumber, Instant occurredAt, Kind kind, String summary, String detail) {
        this(caseNumber, occurredAt, kind, summary, detail);
        this.id = id;
    }

    CaseEvent(String caseNumber, Instant occurredAt, Kind kind, String summary, String detail) {
        this.caseNumber = caseNumber;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.summary = summary.length() > 1000 ? summary.substring(0, 997) + "..." : summary;
        this.detail = detail;
    }

    Long getId() {
        return id;
    }

    void assignId(long id) {
        this.id = id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }

    public String getDetail() {
        return detail;
    }
}
