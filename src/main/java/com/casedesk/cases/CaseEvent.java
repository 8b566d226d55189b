package com.casedesk.cases;

import java.time.Instant;

import jakarta.persistence.*;

/** One entry of a case's timeline: a mail in or out, a task, a decision, a note. */
@Entity
@Table(name = "cd_case_event")
public class CaseEvent {

    public enum Kind {
        OPENED, MAIL_IN, MAIL_OUT, TASK, DECISION, NOTE, ESCALATION, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String summary;
    /** Free-form detail, usually JSON (a decision's reasons, a mail's headers). */
    private String detail;

    protected CaseEvent() {
    }

    CaseEvent(String caseNumber, Instant occurredAt, Kind kind, String summary, String detail) {
        this.caseNumber = caseNumber;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.summary = summary.length() > 1000 ? summary.substring(0, 997) + "..." : summary;
        this.detail = detail;
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
