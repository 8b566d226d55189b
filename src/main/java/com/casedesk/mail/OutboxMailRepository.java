package com.casedesk.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    Optional<OutboxMail> findByMessageId(String messageId);

    List<OutboxMail> findByCaseNumberOrderByIdAsc(String caseNumber);

    long countByStatusIn(java.util.Collection<OutboxMail.Status> statuses);

    @Query("select m.id from OutboxMail m where m.status = 'PENDING' and m.nextAttemptAt <= :now order by m.id")
    List<Long> findDue(@Param("now") Instant now, Limit limit);

    @Query("select m from OutboxMail m where m.status = 'SENDING' and m.claimedAt < :before")
    List<OutboxMail> findStaleClaims(@Param("before") Instant before);

    /** Claims one mail for this node under a fresh token; 1 when the claim won, 0 when another node was first. */
    @Modifying
    @Query("""
            update OutboxMail m set m.status = 'SENDING', m.claimedBy = :node, m.claimedAt = :now,
              m.claimToken = :token, m.attempts = m.attempts + 1
            where m.id = :id and m.status = 'PENDING'""")
    int claim(@Param("id") Long id, @Param("node") String node, @Param("token") String token,
            @Param("now") Instant now);

    // A claim written before claim tokens existed has none: its token is the empty string here.

    /** 1 when the claim {@code token} still held the mail; 0 when it was released (and maybe claimed again). */
    @Modifying
    @Query("""
            update OutboxMail m set m.status = 'SENT', m.sentAt = :now, m.lastError = null, m.claimToken = null
            where m.id = :id and m.status = 'SENDING' and coalesce(m.claimToken, '') = :token""")
    int markSent(@Param("id") Long id, @Param("token") String token, @Param("now") Instant now);

    /**
     * Ends the claim {@code token} with a failed attempt ({@code status} PENDING to retry, FAILED to give up);
     * 0 when that claim no longer holds the mail.
     */
    @Modifying
    @Query("""
            update OutboxMail m set m.status = :status, m.nextAttemptAt = :next, m.lastError = :error,
              m.claimedBy = null, m.claimToken = null
            where m.id = :id and m.status = 'SENDING' and coalesce(m.claimToken, '') = :token""")
    int markFailedAttempt(@Param("id") Long id, @Param("token") String token,
            @Param("status") OutboxMail.Status status, @Param("next") Instant next, @Param("error") String error);

    /** Gives back a claim whose mail was not tried (the batch ran out of time): no attempt is counted. */
    @Modifying
    @Query("""
            update OutboxMail m set m.status = 'PENDING', m.claimedBy = null, m.claimToken = null,
              m.attempts = m.attempts - 1
            where m.id = :id and m.status = 'SENDING' and coalesce(m.claimToken, '') = :token""")
    int giveBack(@Param("id") Long id, @Param("token") String token);
}
