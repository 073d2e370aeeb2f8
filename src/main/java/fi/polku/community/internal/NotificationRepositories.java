package fi.polku.community.internal;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    long countByRecipientIdAndReadAtIsNull(UUID recipientId);

    List<Notification> findByRecipientIdOrderByCreatedAtDesc(UUID recipientId, Limit limit);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientId = :user and n.readAt is null")
    int markAllRead(@Param("user") UUID user, @Param("now") Instant now);

    /** Unread and not yet mailed: what tomorrow morning's digest is made of. */
    @Query("""
            select n from Notification n where n.readAt is null and n.emailedAt is null and n.createdAt <= :until
            order by n.recipientId, n.createdAt""")
    List<Notification> findForDigest(@Param("until") Instant until);
}

interface NotificationSettingRepository extends JpaRepository<NotificationSetting, NotificationSetting.Key> {

    List<NotificationSetting> findByKeyUserId(UUID userId);
}
