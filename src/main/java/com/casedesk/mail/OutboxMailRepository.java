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

    @Query("select m.id from OutboxMail m where m.status = 'SENDING' and m.claimedAt < :before")
    List<Long> findStaleClaims(@Param("before") Instant before);

    /** Claims one mail for this node; 1 when the claim won, 0 when another node was first. */
    @Modifying
    @Query("""
            update OutboxMail m set m.status = 'SENDING', m.claimedBy = :node, m.claimedAt = :now,
              m.attempts = m.attempts + 1
            where m.id = :id and m.status = 'PENDING'""")
    int claim(@Param("id") Long id, @Param("node") String node, @Param("now") Instant now);

    @Modifying
    @Query("update OutboxMail m set m.status = 'SENT', m.sentAt = :now, m.lastError = null where m.id = :id")
    int markSent(@Param("id") Long id, @Param("now") Instant now);

    @Modifying
    @Query("""
            update OutboxMail m set m.status = :status, m.nextAttemptAt = :next, m.lastError = :error,
              m.claimedBy = null
            where m.id = :id""")
    int markFailedAttempt(@Param("id") Long id, @Param("status") OutboxMail.Status status,
            @Param("next") Instant next, @Param("error") String error);
}
