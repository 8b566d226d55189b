package com.casedesk.cases;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.casedesk.system.NotFoundException;

/** The whole texts behind the previews a case's processes carry ({@link CaseTexts}). */
@RestController
@RequestMapping("/api/cases/{caseNumber}/texts")
class CaseTextController {

    private final CaseManagement cases;
    private final CaseTexts texts;

    CaseTextController(CaseManagement cases, CaseTexts texts) {
        this.cases = cases;
        this.texts = texts;
    }

    @GetMapping
    List<CaseTexts.StoredText> list(@PathVariable String caseNumber) {
        cases.get(caseNumber);
        return texts.of(caseNumber);
    }

    @GetMapping("/{id}")
    CaseTexts.StoredText get(@PathVariable String caseNumber, @PathVariable long id) {
        return texts.text(id).filter(text -> text.caseNumber().equals(caseNumber))
                .orElseThrow(() -> new NotFoundException("case " + caseNumber + " has no text " + id));
    }
}
