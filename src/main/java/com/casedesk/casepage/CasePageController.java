package com.casedesk.casepage;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import com.casedesk.cases.CallerGroups;
import com.casedesk.cases.CaseQuery;
import com.casedesk.cases.CaseSearch;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.system.BadRequestException;
import com.casedesk.system.NotFoundException;

/** {@code /cases}: the search; {@code /cases/{caseNumber}}: one case's page, and its files to download. */
@Controller
class CasePageController {

    private final CaseSearch search;
    private final CasePages pages;
    private final CaseFiles files;

    CasePageController(CaseSearch search, CasePages pages, CaseFiles files) {
        this.search = search;
        this.pages = pages;
        this.files = files;
    }

    private static final PageTimes TIMES = new PageTimes();

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("times", TIMES);
        model.addAttribute("types", CaseType.values());
        model.addAttribute("statuses", CaseStatus.values());
    }

    @GetMapping("/cases")
    String search(HttpServletRequest request, Authentication caller, Model model, HttpServletResponse response) {
        model.addAttribute("user", caller.getName());
        try {
            model.addAttribute("result", search.search(CaseQuery.from(request.getParameterMap()), CallerGroups.of(caller)));
        } catch (BadRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", e.errors());
        }
        return "casepage/search";
    }

    @GetMapping("/cases/{caseNumber}")
    String show(@PathVariable String caseNumber, Authentication caller, Model model) {
        model.addAttribute("user", caller.getName());
        model.addAttribute("page", pages.page(normal(caseNumber), caller.getName(), CallerGroups.of(caller)));
        return "casepage/case";
    }

    @GetMapping("/cases/{caseNumber}/attachments/{id}")
    ResponseEntity<Resource> attachment(@PathVariable String caseNumber, @PathVariable long id, Authentication caller) {
        String number = readable(caseNumber, caller);
        CaseFiles.Attachment attachment = files.attachment(number, id)
                .orElseThrow(() -> new NotFoundException("Case " + number + " has no attachment " + id + "."));
        return download(attachment.fileName(), attachment.contentType(), new FileSystemResource(files.file(attachment)));
    }

    @GetMapping("/cases/{caseNumber}/sent/{mailId}/attachment")
    ResponseEntity<Resource> sentAttachment(@PathVariable String caseNumber, @PathVariable long mailId,
            Authentication caller) {
        String number = readable(caseNumber, caller);
        CaseFiles.OutgoingAttachment attachment = files.outgoingAttachment(number, mailId)
                .orElseThrow(() -> new NotFoundException("Case " + number + " sent no mail " + mailId + " with a file."));
        return download(attachment.name(), attachment.contentType(), new ByteArrayResource(attachment.content()));
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("user", request.getRemoteUser());
        model.addAttribute("message", e.getMessage());
        return "casepage/not-found";
    }

    @ExceptionHandler(CasePages.Forbidden.class)
    String forbidden(CasePages.Forbidden e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("user", request.getRemoteUser());
        model.addAttribute("message", e.getMessage());
        return "casepage/forbidden";
    }

    private String readable(String caseNumber, Authentication caller) {
        return pages.readable(normal(caseNumber), caller.getName(), CallerGroups.of(caller)).getCaseNumber();
    }

    private static String normal(String caseNumber) {
        return caseNumber.strip().toUpperCase(Locale.ROOT);
    }

    private static ResponseEntity<Resource> download(String name, String contentType, Resource body) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(body);
    }
}
