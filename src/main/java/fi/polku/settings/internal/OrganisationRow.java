package fi.polku.settings.internal;

import fi.polku.settings.Organisation;
import fi.polku.settings.Settings;
import fi.polku.settings.SettingsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The one row of organisation settings (the migration creates it, a check keeps it single). The
 * logo lives beside the name: one small image, so a file store would only add backups to look after.
 */
@Entity
@Table(name = "organisation_settings")
class OrganisationRow {

    static final int ID = 1;

    @Id
    private int id;
    @Column(nullable = false)
    private String name;
    @Column(name = "logo_media_type")
    private @Nullable String logoMediaType;
    @Column(name = "logo")
    private byte @Nullable [] logo;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected OrganisationRow() {
    }

    void rename(String newName, Instant now) {
        String trimmed = newName.strip();
        if (trimmed.length() > Settings.MAX_NAME_LENGTH) {
            throw new SettingsException("name", "settings.error.name-too-long", Settings.MAX_NAME_LENGTH);
        }
        this.name = trimmed;
        this.updatedAt = now;
    }

    void replaceLogo(LogoPolicy.Accepted image, Instant now) {
        this.logoMediaType = image.mediaType();
        this.logo = image.content();
        this.updatedAt = now;
    }

    void removeLogo(Instant now) {
        this.logoMediaType = null;
        this.logo = null;
        this.updatedAt = now;
    }

    Organisation view() {
        Organisation.Logo shown = logo == null || logoMediaType == null ? null : new Organisation.Logo(logoMediaType, logo);
        return new Organisation(name, shown, updatedAt);
    }
}
