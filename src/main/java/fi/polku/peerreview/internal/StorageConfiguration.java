package fi.polku.peerreview.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** Attachments live outside the web root, under {@code polku.attachments.dir} (see docs/STORAGE.md). */
@Configuration
class StorageConfiguration {

    @Bean
    FileStorage fileStorage(@Value("${polku.attachments.dir:./data/attachments}") Path dir) {
        return new FileSystemStorage(dir);
    }
}
