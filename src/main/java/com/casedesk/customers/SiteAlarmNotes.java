package com.casedesk.customers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.system.RefusedInputException;

/**
 * What the alarm centre must know about a site beyond its action instruction: an announced test mode (the centre
 * does not act on alarms in that window once the customer has called and identified with the personal code) and
 * the agreed arm/disarm check times. Kept beside the site rather than on it so the customer register stays as
 * imported.
 */
@Service
@Transactional
public class SiteAlarmNotes {

    public enum Kind {
        TEST_MODE, ARM_DISARM_CHECK
    }

    public record Note(String siteId, Kind kind, String details, Instant validFrom, Instant validUntil,
            String caseNumber, Instant recordedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SiteAlarmNotes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String siteId, Kind kind, String details, Instant validFrom, Instant validUntil,
            String caseNumber) {
        if (siteId == null || siteId.isBlank()) {
            throw new IllegalArgumentException("a site alarm note needs the site id (case " + caseNumber + ")");
        }
        jdbc.update("INSERT INTO cd_site_alarm_note (site_id, kind, details, valid_from, valid_until, case_number,"
                + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", siteId, kind.name(), details, timestamp(validFrom),
                timestamp(validUntil), caseNumber, timestamp(clock.instant()));
    }

    /** An announced test of the alarm on {@code date} between two times (HH:mm) in the site's time zone. */
    public void recordTestMode(String siteId, ZoneId zone, String date, String from, String until, String caseNumber) {
        LocalDate day = parse("testDate", date, LocalDate::parse);
        LocalTime start = parse("testFrom", from, LocalTime::parse);
        LocalTime end = parse("testUntil", until, LocalTime::parse);
        if (!end.isAfter(start)) {
            throw new RefusedInputException("case " + caseNumber + ": testUntil " + until + " is not after testFrom " + from);
        }
        record(siteId, Kind.TEST_MODE, "Test announced " + day + " " + start + "-" + end + " (" + zone.getId()
                + "); the customer calls the alarm centre first and identifies with the personal code",
                day.atTime(start).atZone(zone).toInstant(), day.atTime(end).atZone(zone).toInstant(), caseNumber);
    }

    /** The agreed arm/disarm check: armed by and disarmed by (HH:mm) on the given days. */
    public void recordArmDisarmCheck(String siteId, String armBy, String disarmBy, String days, String caseNumber) {
        LocalTime armed = parse("armBy", armBy, LocalTime::parse);
        LocalTime disarmed = parse("disarmBy", disarmBy, LocalTime::parse);
        if (days == null || days.isBlank()) {
            throw new RefusedInputException("case " + caseNumber + ": checkDays is required");
        }
        record(siteId, Kind.ARM_DISARM_CHECK, "Check armed by " + armed + " and disarmed by " + disarmed + " on "
                + days.strip(), clock.instant(), null, caseNumber);
    }

    private static <T> T parse(String field, String value, java.util.function.Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            throw new RefusedInputException(field + " is required");
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException e) {
            throw new RefusedInputException(field + " '" + value + "' is not valid (" + e.getMessage() + ")");
        }
    }

    @Transactional(readOnly = true)
    public List<Note> notes(String siteId) {
        return jdbc.query("SELECT * FROM cd_site_alarm_note WHERE site_id = ? ORDER BY recorded_at, id",
                (rs, i) -> new Note(rs.getString("site_id"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("details"), instant(rs.getTimestamp("valid_from")),
                        instant(rs.getTimestamp("valid_until")), rs.getString("case_number"),
                        instant(rs.getTimestamp("recorded_at"))),
                siteId);
    }

    /** Whether a test mode is announced for the site at {@code at} (for the alarm centre and guard call-out billing). */
    @Transactional(readOnly = true)
    public boolean testModeAnnounced(String siteId, Instant at) {
        return notes(siteId).stream().anyMatch(note -> note.kind() == Kind.TEST_MODE && note.validFrom() != null
                && !at.isBefore(note.validFrom()) && (note.validUntil() == null || at.isBefore(note.validUntil())));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
