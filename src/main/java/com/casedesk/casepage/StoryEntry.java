package com.casedesk.casepage;

import java.time.Instant;
import java.util.List;

import com.casedesk.cases.CaseEvent;

/**
 * One step of a case's story as the page shows it: the timeline entry, and what the page adds to it (the mail's
 * whole text, the task's fields and link, the decision's reasons).
 */
record StoryEntry(Instant at, CaseEvent.Kind kind, String summary, Mail mail, Task task, Decision decision) {

    record Mail(boolean incoming, String party, String subject, String text, List<Attachment> attachments) {
    }

    record Attachment(String name, String url, long size) {
    }

    /** @param tasklistUrl where to open the task in Tasklist while it is open, else null */
    record Task(String taskId, String tasklistUrl, String cockpitUrl, List<Field> fields) {
    }

    record Field(String label, String value, boolean note) {
    }

    record Decision(String decision, String outcome, List<String> reasons, List<String> firedRules,
            String rulesVersion, String inputs) {
    }
}
