package fi.polku.durability;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

/** The previous release's H2 database, upgraded by the app's own start. */
@SpringBootTest(properties = "polku.demo.enabled=false")
class PreviousReleaseUpgradeH2Test extends PreviousReleaseUpgrade {

    @DynamicPropertySource
    static void previousRelease(DynamicPropertyRegistry registry) throws Exception {
        String url = "jdbc:h2:mem:previous-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource db = new JdbcDataSource();
        db.setURL(url);
        db.setUser("sa");
        PreviousReleaseRows.build(db);
        registry.add("spring.datasource.url", () -> url);
    }
}
