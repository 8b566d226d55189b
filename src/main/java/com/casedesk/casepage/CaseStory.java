package com.casedesk.casepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Turns a case's timeline into the story the page tells: each entry with what its detail holds (a mail's whole text
 * and attachments, a task's fields and Tasklist link, a decision's outcome and reasons).
 */
@Component
class CaseStory {

    private final ObjectMapper json;
    private final WebappLinks links;

    CaseStory(ObjectMapper json, WebappLinks links) {
        this.json = json;
        this.links = links;
    }

    List<StoryEntry> tell(String caseNumber, List<CaseEvent> timeline, List<CaseFiles.OutgoingMail> outgoing,
            Set<String> openTaskIds) {
        Map<String, CaseFiles.OutgoingMail> sent = outgoing.stream()
                .collect(Collectors.toMap(CaseFiles.OutgoingMail::messageId, Function.identity(), (a, b) -> a));
        List<StoryEntry> story = new ArrayList<>();
        for (CaseEvent event : timeline) {
            JsonNode detail = read(event.getDetail());
            StoryEntry.Mail mail = switch (event.getKind()) {
                case MAIL_IN -> incoming(caseNumber, detail);
                case MAIL_OUT -> outgoing(caseNumber, sent.get(detail.path("messageId").asText()));
                default -> null;
            };
            StoryEntry.Task task = event.getKind() == CaseEvent.Kind.TASK ? task(detail, openTaskIds) : null;
            StoryEntry.Decision decision = event.getKind() == CaseEvent.Kind.DECISION ? decision(detail) : null;
            story.add(new StoryEntry(event.getOccurredAt(), event.getKind(), event.getSummary(), mail, task, decision));
        }
        return story;
    }

    private StoryEntry.Mail incoming(String caseNumber, JsonNode detail) {
        List<StoryEntry.Attachment> attachments = new ArrayList<>();
        for (JsonNode attachment : detail.path("attachments")) {
            attachments.add(new StoryEntry.Attachment(attachment.path("fileName").asText(),
                    "/cases/" + caseNumber + "/attachments/" + attachment.path("id").asLong(),
                    attachment.path("size").asLong()));
        }
        return new StoryEntry.Mail(true, detail.path("from").asText(null), detail.path("subject").asText(null),
                detail.path("text").asText(null), attachments);
    }

    private static StoryEntry.Mail outgoing(String caseNumber, CaseFiles.OutgoingMail mail) {
        if (mail == null) {
            return null;
        }
        List<StoryEntry.Attachment> attachments = mail.attachmentName() == null ? List.of()
                : List.of(new StoryEntry.Attachment(mail.attachmentName(),
                        "/cases/" + caseNumber + "/sent/" + mail.id() + "/attachment", -1));
        return new StoryEntry.Mail(false, mail.recipient(), mail.subject(), mail.body(), attachments);
    }

    private StoryEntry.Task task(JsonNode detail, Set<String> openTaskIds) {
        String taskId = detail.path("taskId").asText(null);
        if (taskId == null) {
            return null;
        }
        List<StoryEntry.Field> fields = new ArrayList<>();
        for (JsonNode field : detail.path("fields")) {
            fields.add(new StoryEntry.Field(field.path("label").asText(), field.path("value").asText(),
                    field.path("note").asBoolean()));
        }
        String processInstance = detail.path("processInstanceId").asText(null);
        return new StoryEntry.Task(taskId, openTaskIds.contains(taskId) ? links.task(taskId) : null,
                processInstance == null ? null : links.processInstance(processInstance), fields);
    }

    private StoryEntry.Decision decision(JsonNode detail) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode reason : detail.path("reasons")) {
            reasons.add(reason.isObject() ? reason.path("text").asText(reason.toString()) : reason.asText());
        }
        List<String> fired = new ArrayList<>();
        detail.path("firedRules").forEach(rule -> fired.add(rule.asText()));
        return new StoryEntry.Decision(detail.path("decision").asText(null), shown(detail.path("outcome")), reasons,
                fired, detail.path("rulesVersion").asText(null), shown(detail.path("inputs")));
    }

    /** An object as "name: value, name: value"; anything else as its JSON. */
    private static String shown(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            return node.isTextual() ? node.asText() : node.toString();
        }
        List<String> parts = new ArrayList<>();
        node.fields().forEachRemaining(field -> parts.add(field.getKey() + ": "
                + (field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString())));
        return String.join(", ", parts);
    }

    private JsonNode read(String detail) {
        if (detail == null) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(detail);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
