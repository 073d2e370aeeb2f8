package fi.polku.settings;

import fi.polku.content.ContentStatus;

import java.io.InputStream;

/** The settings module's API. Changing anything, and looking at the installation's status, is for admins. */
public interface Settings {

    int MAX_NAME_LENGTH = 200;
    /** Enough for a crisp logo; certificates are downloaded by everyone who checks one. */
    int MAX_LOGO_BYTES = 512 * 1024;

    /** Open to everyone: certificates are issued by event listeners and drawn for the public verify link. */
    Organisation organisation();

    Organisation rename(String name);

    /** Reads at most {@link #MAX_LOGO_BYTES} bytes; refuses anything but a PNG or JPEG image. */
    Organisation storeLogo(InputStream image);

    Organisation removeLogo();

    MailStatus mail();

    ContentStatus content();

    /** Reads the content directory again and tells how it went. */
    ContentStatus reloadContent();
}
