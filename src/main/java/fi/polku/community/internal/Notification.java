package fi.polku.community.internal;

import fi.polku.community.Notifications.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A message for one person, stored as kind + arguments so it is worded in the reader's language. */
@Entity
@Table(name = "notifications")
class Notification {

    /** Unit separator: cannot be typed into a form, so it safely joins the arguments. */
    private static final String SEPARATOR = "\u001f";
    private static final int MAX_ARG = 300;

    @Id
    private UUID id;
    @Column(name = "recipient_id", nullable = false)
    private UUID recipientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private String link;
    @Column(nullable = false)
    private String args;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private @Nullable Instant readAt;
    @Column(name = "emailed_at")
    private @Nullable Instant emailedAt;

    protected Notification() {
    }

    Notification(UUID recipientId, Kind kind, String link, List<String> args, Instant now) {
        this.id = UUID.randomUUID();
        this.recipientId = recipientId;
        this.kind = kind;
        this.link = link;
        this.args = String.join(SEPARATOR, args.stream()
                .map(a -> a.replace(SEPARATOR, " "))
                .map(a -> a.length() > MAX_ARG ? a.substring(0, MAX_ARG) : a).toList());
        this.createdAt = now;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    void emailed(Instant now) {
        emailedAt = now;
    }

    UUID id() { return id; }
    UUID recipientId() { return recipientId; }
    Kind kind() { return kind; }
    String link() { return link; }
    List<String> args() { return args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)); }
    Instant createdAt() { return createdAt; }
    boolean isRead() { return readAt != null; }
}
