package com.casedesk.intake;

import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.casedesk.system.BadRequestException;

/** Quarantined mails (list, retry) and the attachments of incoming mail. */
@RestController
@RequestMapping("/api/intake")
class IntakeController {

    private final QuarantineStore quarantine;
    private final MailIntake intake;
    private final AttachmentStore attachments;

    IntakeController(QuarantineStore quarantine, MailIntake intake, AttachmentStore attachments) {
        this.quarantine = quarantine;
        this.intake = intake;
        this.attachments = attachments;
    }

    /** @param status QUARANTINED (default: what still needs a decision), RETRIED or ALL */
    @GetMapping("/quarantine")
    List<QuarantineStore.Entry> quarantine(@RequestParam(defaultValue = "QUARANTINED") String status) {
        if (status.equalsIgnoreCase("ALL")) {
            return quarantine.list(null);
        }
        try {
            return quarantine.list(QuarantineStore.Status.valueOf(status.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status", "'" + status + "' is not one of [QUARANTINED, RETRIED, ALL]");
        }
    }

    @PostMapping("/quarantine/{id}/retry")
    MailIntake.Result retry(@PathVariable String id) {
        return intake.retry(number("id", id));
    }

    @GetMapping("/attachments")
    List<AttachmentStore.Stored> attachments(@RequestParam String caseNumber) {
        return attachments.ofCase(caseNumber);
    }

    @GetMapping("/attachments/{id}/content")
    ResponseEntity<FileSystemResource> content(@PathVariable String id) {
        AttachmentStore.Stored stored = attachments.get(number("id", id));
        MediaType type;
        try {
            type = MediaType.parseMediaType(stored.contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(attachments.file(stored)));
    }

    private static long number(String field, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException(field, "'" + value + "' is not a number");
        }
    }
}
