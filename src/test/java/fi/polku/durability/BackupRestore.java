package fi.polku.durability;

import fi.polku.certificates.Certificates;
import fi.polku.learning.Learning;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;
import fi.polku.support.SignIn;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/backup.sh and scripts/restore.sh, for real: a database with a learner's work and an
 * uploaded attachment is backed up, restored into a new database and directory, and the app,
 * started on the restore, shows the work and serves the attachment's bytes.
 */
abstract class BackupRestore {

    static final byte[] ATTACHMENT = "%PDF-1.4\n% Hankkeen tulokset: äänestys, työpajat\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);
    static final String FILE_NAME = "tulokset-äö.pdf";

    @Autowired
    Learning learning;
    @Autowired
    PeerReviews peerReviews;
    @Autowired
    Certificates certificates;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    /** The previous release's rows, migrated to the latest, plus one attachment in the database and on disk. */
    static void fill(DataSource db, Path attachments, String... schemas) throws Exception {
        PreviousReleaseRows.build(db, schemas);
        Flyway.configure().dataSource(db).schemas(schemas).locations("classpath:db/migration").load().migrate();
        String id = UUID.randomUUID().toString();
        String key = id.substring(0, 2) + "/" + id.substring(2, 4) + "/" + id;
        Path file = attachments.resolve(key);
        Files.createDirectories(file.getParent());
        Files.write(file, ATTACHMENT);
        try (Connection c = db.getConnection(); var s = c.prepareStatement("insert into attachments (id, submission_id,"
                + " file_name, media_type, size_bytes, storage_key, sha256, uploaded_at)"
                + " select ?, id, ?, 'application/pdf', ?, ?, ?, ? from submissions")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, FILE_NAME);
            s.setLong(3, ATTACHMENT.length);
            s.setString(4, key);
            s.setString(5, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ATTACHMENT)));
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** Runs one of the scripts from the project directory, as an operator would; fails with its output. */
    static String script(String name, Path backup, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/" + name, backup.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("POLKU_H2_JAR", Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(name + " said:\n" + output).isZero();
        System.out.println(output);
        return output;
    }

    @Test
    void theRestoreHasTheLearnersWorkAndTheUploadedFile() throws Exception {
        SignIn.as(users, security, PreviousReleaseRows.LEARNER);
        assertThat(learning.progress(PreviousReleaseRows.COURSE).orElseThrow().done())
                .containsExactlyInAnyOrder("welcome", "opening-webinar");
        assertThat(certificates.verify(PreviousReleaseRows.CODE)).isPresent();

        Views.Submission mine = peerReviews.mine(PreviousReleaseRows.COURSE, "project-report").submission().orElseThrow();
        assertThat(mine.title()).isEqualTo(PreviousReleaseRows.TITLE);
        assertThat(mine.attachments()).singleElement().satisfies(a -> {
            Views.Download download = peerReviews.download(a.id());
            assertThat(download.fileName()).isEqualTo(FILE_NAME);
            try (InputStream in = download.content()) {
                assertThat(in.readAllBytes()).isEqualTo(ATTACHMENT);
            }
        });
    }
}
