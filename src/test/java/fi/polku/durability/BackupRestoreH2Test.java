package fi.polku.durability;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** H2: SCRIPT to a zip while Polku is stopped, RUNSCRIPT into a new directory, attachments beside. */
@SpringBootTest(properties = "polku.demo.enabled=false")
class BackupRestoreH2Test extends BackupRestore {

    static Path dir;

    @DynamicPropertySource
    static void restored(DynamicPropertyRegistry registry) throws Exception {
        dir = Files.createTempDirectory("polku-backup-h2-");
        Path original = dir.resolve("original");
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:file:" + original.resolve("polku"));
        db.setUser("sa");
        fill(db, original.resolve("attachments"));
        // The last connection closed the database, as a stopped Polku leaves it.

        Path backup = dir.resolve("backup");
        script("backup.sh", backup, Map.of("POLKU_DATA", original.toString()));
        assertThat(backup.resolve("polku-h2.zip")).exists();
        assertThat(backup.resolve("attachments.tar.gz")).exists();

        Path restored = dir.resolve("restored");
        script("restore.sh", backup, Map.of("POLKU_DATA", restored.toString()));
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + restored.resolve("polku") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("polku.attachments.dir", () -> restored.resolve("attachments").toString());
    }

    @AfterAll
    static void refusesToRestoreOverExistingData() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "scripts/restore.sh", dir.resolve("backup").toString())
                .redirectErrorStream(true);
        pb.environment().put("POLKU_DATA", dir.resolve("restored").toString());
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).isNotZero();
        assertThat(said).contains("is not empty: restore into a new directory (nothing was changed)");
        PreviousReleaseUpgrade.deleteTree(dir);
    }
}
