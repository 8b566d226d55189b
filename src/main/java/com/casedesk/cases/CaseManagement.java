package com.casedesk.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.casedesk.system.NotFoundException;

/**
 * Opens cases, keeps their timeline and closes them. Runs in the caller's transaction when there is one (a
 * process delegate's), so a case and the process state it belongs to commit together.
 */
@Service
@Transactional(propagation = Propagation.REQUIRED)
public class CaseManagement {

    /** What {@link #openWithFirstEntries} wants written before anything else on the next case this thread opens. */
    private static final ThreadLocal<Consumer<String>> FIRST_ENTRIES = new ThreadLocal<>();

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final CaseNumbers numbers;
    private final Clock clock;
    private final ObjectMapper json;

    CaseManagement(CaseRepository cases, CaseEventRepository events, CaseNumbers numbers, Clock clock,
            ObjectMapper json) {
        this.cases = cases;
        this.events = events;
        this.numbers = numbers;
        this.clock = clock;
        this.json = json;
    }

    /**
     * A new case with a fresh case number and an OPENED entry on its timeline, after the entries a surrounding
     * {@link #openWithFirstEntries} asked for.
     */
    public CaseRecord open(CaseType type, String subject) {
        CaseRecord record = cases.save(new CaseRecord(numbers.next(), type, subject, clock.instant()));
        Consumer<String> firstEntries = FIRST_ENTRIES.get();
        if (firstEntries != null) {
            FIRST_ENTRIES.remove();
            firstEntries.accept(record.getCaseNumber());
        }
        record(record.getCaseNumber(), CaseEvent.Kind.OPENED, type + " opened: " + (subject == null ? "" : subject), null);
        return record;
    }

    /**
     * Runs {@code opening}, which opens a case somewhere down its call chain (and starts its process, whose first
     * steps write to the timeline at once), and has {@code firstEntries} write the timeline's first entries for
     * that case, e.g. the mail that opened it, before anything else. Only the first case opened is affected.
     */
    public <T> T openWithFirstEntries(Consumer<String> firstEntries, Supplier<T> opening) {
        FIRST_ENTRIES.set(firstEntries);
        try {
            return opening.get();
        } finally {
            FIRST_ENTRIES.remove();
        }
    }

    public CaseRecord get(String caseNumber) {
        return find(caseNumber).orElseThrow(() -> new NotFoundException("case " + caseNumber + " does not exist"));
    }

    @Transactional(readOnly = true)
    public Optional<CaseRecord> find(String caseNumber) {
        return cases.findByCaseNumber(caseNumber);
    }

    @Transactional(readOnly = true)
    public Optional<CaseRecord> findByProcessInstance(String processInstanceId) {
        return cases.findByProcessInstanceId(processInstanceId);
    }

    public CaseRecord save(CaseRecord record) {
        return cases.save(record);
    }

    public CaseEvent record(String caseNumber, CaseEvent.Kind kind, String summary, String detail) {
        return events.save(new CaseEvent(caseNumber, clock.instant(), kind, summary, detail));
    }

    /** A rule decision on the timeline, its details as one JSON object (see {@link DecisionRecord}). */
    public CaseEvent recordDecision(String caseNumber, String summary, DecisionRecord decision) {
        try {
            return record(caseNumber, CaseEvent.Kind.DECISION, summary, json.writeValueAsString(decision));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision " + decision.decision() + " cannot be written as JSON", e);
        }
    }

    public void close(String caseNumber, String summary) {
        CaseRecord record = get(caseNumber);
        if (record.getStatus() == CaseStatus.CLOSED) {
            return;
        }
        record.close(clock.instant());
        record(caseNumber, CaseEvent.Kind.CLOSED, summary, null);
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> timeline(String caseNumber) {
        return events.findByCaseNumberOrderByOccurredAtAscIdAsc(caseNumber);
    }
}
