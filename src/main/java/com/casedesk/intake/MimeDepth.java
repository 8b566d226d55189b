package com.casedesk.intake;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** How deep a MIME tree goes below a part, measured in a loop (not by recursion) along its first nested multipart. */
final class MimeDepth {

    private static final int MEASURED_AT_MOST = 100_000;

    private MimeDepth() {
    }

    static int below(Part part) {
        int depth = 0;
        Part current = part;
        try {
            while (current.isMimeType("multipart/*") && depth < MEASURED_AT_MOST) {
                Multipart multipart = (Multipart) current.getContent();
                Part next = null;
                for (int i = 0; i < multipart.getCount() && next == null; i++) {
                    if (multipart.getBodyPart(i).isMimeType("multipart/*")) {
                        next = multipart.getBodyPart(i);
                    }
                }
                if (next == null) {
                    return depth;
                }
                current = next;
                depth++;
            }
        } catch (Exception | StackOverflowError unreadable) {
            // as deep as it could be read
        }
        return depth;
    }
}
