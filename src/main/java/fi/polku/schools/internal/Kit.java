package fi.polku.schools.internal;

import fi.polku.schools.KitException;
import fi.polku.schools.KitViews;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A technology kit the training unit lends to schools; {@code quantity} identical sets of it. */
@Entity
@Table(name = "kits")
class Kit {

    static final int MAX_NAME = 200;
    static final int MAX_CONTENTS = 5_000;
    static final int MAX_GUIDE = 50_000;
    static final int MAX_QUANTITY = 1_000;

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String contents;
    @Column(nullable = false)
    private int quantity;
    @Column(nullable = false)
    private String guide;
    @Column(nullable = false)
    private boolean retired;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Kit() {
    }

    Kit(KitViews.KitForm form, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        revise(form, now);
    }

    /** Checks every field before changing any, so a refused form leaves the kit as it was. */
    final void revise(KitViews.KitForm form, Instant now) {
        String newName = form.name().strip();
        if (newName.isEmpty()) {
            throw new KitException("name", "kits.error.required");
        }
        if (newName.length() > MAX_NAME) {
            throw new KitException("name", "kits.error.too-long", MAX_NAME);
        }
        if (form.contents().length() > MAX_CONTENTS) {
            throw new KitException("contents", "kits.error.too-long", MAX_CONTENTS);
        }
        if (form.guide().length() > MAX_GUIDE) {
            throw new KitException("guide", "kits.error.too-long", MAX_GUIDE);
        }
        if (form.quantity() < 1 || form.quantity() > MAX_QUANTITY) {
            throw new KitException("quantity", "kits.error.quantity", MAX_QUANTITY);
        }
        this.name = newName;
        this.contents = form.contents().strip();
        this.quantity = form.quantity();
        this.guide = form.guide();
        this.updatedAt = now;
    }

    void retire(Instant now) {
        if (retired) {
            throw new KitException(null, "kits.error.retired");
        }
        retired = true;
        updatedAt = now;
    }

    UUID id() { return id; }
    String name() { return name; }
    String contents() { return contents; }
    int quantity() { return quantity; }
    String guide() { return guide; }
    boolean retired() { return retired; }
}
