package com.casedesk.system;

import java.util.Optional;

/** The case an attachment of an incoming mail belongs to. */
public interface AttachmentCases {

    Optional<String> caseOfAttachment(long attachmentId);
}
