package com.casedesk.intake;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.casedesk.system.AttachmentCases;

@Component
class AttachmentCaseLookup implements AttachmentCases {

    private final JdbcTemplate jdbc;

    AttachmentCaseLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> caseOfAttachment(long attachmentId) {
        return jdbc.queryForList("SELECT case_number FROM cd_intake_attachment WHERE id = ?", String.class, attachmentId)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }
}
