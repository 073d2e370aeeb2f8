package fi.polku.community.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.UserId;
import fi.polku.community.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Service
@Transactional
class NotificationService implements Notifications {

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final CurrentUser currentUser;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final Accounts accounts;

    NotificationService(NotificationRepository notifications, NotificationSettingRepository settings,
                        CurrentUser currentUser, ObjectProvider<JavaMailSender> mail, Clock clock, Accounts accounts) {
        this.notifications = notifications;
        this.settings = settings;
        this.currentUser = currentUser;
        this.mail = mail;
        this.clock = clock;
        this.accounts = accounts;
    }

    @Override
    public void send(UserId recipient, Kind kind, String link, List<String> args) {
        // events are handled after their transaction: the recipient may have deleted their account since
        if (accounts.find(recipient).isEmpty()) {
            return;
        }
        if (setting(recipient.value(), kind).inApp()) {
            notifications.save(new Notification(recipient.value(), kind, link, args, clock.instant()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount() {
        return currentUser.get().map(u -> notifications.countByRecipientIdAndReadAtIsNull(u.id().value())).orElse(0L);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Item> latest(int max) {
        return notifications.findByRecipientIdOrderByCreatedAtDesc(me(), Limit.of(max)).stream()
                .map(n -> new Item(n.id(), n.kind(), n.link(), n.args(), n.createdAt(), n.isRead())).toList();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void markRead(UUID id) {
        notifications.findById(id).filter(n -> n.recipientId().equals(me())).ifPresent(n -> n.read(clock.instant()));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        notifications.markAllRead(me(), clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Setting> settings() {
        Map<Kind, NotificationSetting> saved = settings.findByKeyUserId(me()).stream()
                .collect(Collectors.toMap(s -> s.key().kind(), Function.identity()));
        return Arrays.stream(Kind.values()).map(k -> Optional.ofNullable(saved.get(k))
                .map(s -> new Setting(k, s.inApp(), s.byEmail())).orElse(new Setting(k, true, true))).toList();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void saveSettings(List<Setting> chosen) {
        UUID me = me();
        settings.saveAll(chosen.stream().map(s -> new NotificationSetting(me, s.kind(), s.inApp(), s.byEmail()))
                .toList());
    }

    @Override
    public boolean mailConfigured() {
        return mail.getIfAvailable() != null;
    }

    /** What one person chose for a kind (both on when they never said). */
    Setting setting(UUID user, Kind kind) {
        return settings.findById(new NotificationSetting.Key(user, kind))
                .map(s -> new Setting(kind, s.inApp(), s.byEmail())).orElse(new Setting(kind, true, true));
    }

    private UUID me() {
        return currentUser.require().id().value();
    }
}
