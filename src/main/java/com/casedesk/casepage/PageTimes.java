package com.casedesk.casepage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Times as the pages show them: local time of the customer centre (Stockholm and Copenhagen keep the same time). */
public final class PageTimes {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    public String format(Date date) {
        return date == null ? "" : FORMAT.format(date.toInstant());
    }
}
