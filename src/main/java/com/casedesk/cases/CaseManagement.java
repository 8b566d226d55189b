package com.casedesk.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Metrics;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
        return open(type, CaseStarter.CaseSubject.of(subject));
    }

    /** As {@link #open(CaseType, String)}, the case written at once with everything {@code about} knows. */
    CaseRecord open(CaseType type, CaseStarter.CaseSubject about) {
        CaseRecord record = cases.insert(new CaseRecord(numbers.next(), type, about, clock.instant()));
        String subject = about.subject();
        Consumer<String> firstEntries = FIRST_ENTRIES.get();
        if (firstEntries != null) {
            FIRST_ENTRIES.remove();
            firstEntries.accept(record.getCaseNumber());
        }
        record(record.getCaseNumber(), CaseEvent.Kind.OPENED, type + " opened: " + (subject == null ? "" : subject), null);
        // counted when the transaction commits: a case whose opening rolled back was never opened
        afterCommit(() -> Metrics.counter("casedesk.cases.opened", "type", type.name()).increment());
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
        return find(caseNumber).orElseThrow(() -> notFound(caseNumber));
    }

    @Transactional(readOnly = true)
    public Optional<CaseRecord> find(String caseNumber) {
        return cases.findByCaseNumber(caseNumber);
    }

    @Transactional(readOnly = true)
    public Optional<CaseRecord> findByProcessInstance(String processInstanceId) {
        return cases.findByProcessInstanceId(processInstanceId);
    }

    /** Remembers the process that runs the case (see {@link CaseStarter}); changes nothing else on it. */
    void assignProcessInstance(String caseNumber, String processInstanceId) {
        requireCase(caseNumber, cases.assignProcessInstance(caseNumber, processInstanceId));
    }

    /** Links the case to the earlier case it continues (e.g. a reply to a closed case). */
    public void linkTo(String caseNumber, String linkedCaseNumber) {
        requireCase(caseNumber, cases.linkTo(caseNumber, linkedCaseNumber));
    }

    /** Notes the case a mail named although its sender is not on it (see {@link CaseRecord#getMentionedCaseNumber}). */
    public void markMentioned(String caseNumber, String mentionedCaseNumber) {
        requireCase(caseNumber, cases.markMentioned(caseNumber, mentionedCaseNumber));
    }

    public CaseEvent record(String caseNumber, CaseEvent.Kind kind, String summary, String detail) {
        // a summary is one line on the timeline: long free text belongs in the detail (or in CaseTexts)
        return events.save(new CaseEvent(caseNumber, clock.instant(), kind, CaseTexts.cut(summary, 1000), detail));
    }

    /** A rule decision on the timeline, its details as one JSON object (see {@link DecisionRecord}). */
    public CaseEvent recordDecision(String caseNumber, String summary, DecisionRecord decision) {
        try {
            return record(caseNumber, CaseEvent.Kind.DECISION, summary, json.writeValueAsString(decision));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision " + decision.decision() + " cannot be written as JSON", e);
        }
    }

    /** Closes the case and puts {@code summary} on its timeline; a case closed already stays as it was. */
    public void close(String caseNumber, String summary) {
        if (cases.close(caseNumber, clock.instant()) == 1) {
            record(caseNumber, CaseEvent.Kind.CLOSED, summary, null);
        } else if (cases.findByCaseNumber(caseNumber).isEmpty()) {
            throw notFound(caseNumber);
        }
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> timeline(String caseNumber) {
        return events.findByCaseNumberOrderByOccurredAtAscIdAsc(caseNumber);
    }

    private static void requireCase(String caseNumber, int changedRows) {
        if (changedRows == 0) {
            throw notFound(caseNumber);
        }
    }

    private static NotFoundException notFound(String caseNumber) {
        return new NotFoundException("case " + caseNumber + " does not exist");
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
