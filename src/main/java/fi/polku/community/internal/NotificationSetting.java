package fi.polku.community.internal;

import fi.polku.community.Notifications.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.UUID;

/** A person's choice for one kind; no row means both on. */
@Entity
@Table(name = "notification_settings")
class NotificationSetting {

    @Embeddable
    record Key(@Column(name = "user_id") UUID userId,
               @Enumerated(EnumType.STRING) @Column(name = "kind") Kind kind) {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "in_app", nullable = false)
    private boolean inApp;
    @Column(name = "by_email", nullable = false)
    private boolean byEmail;

    protected NotificationSetting() {
    }

    NotificationSetting(UUID userId, Kind kind, boolean inApp, boolean byEmail) {
        this.key = new Key(userId, kind);
        this.inApp = inApp;
        this.byEmail = byEmail;
    }

    Key key() { return key; }
    boolean inApp() { return inApp; }
    boolean byEmail() { return byEmail; }
}
