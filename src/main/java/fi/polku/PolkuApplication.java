package fi.polku;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import fi.polku.content.ValidateCommand;

import java.nio.file.Path;
import fi.polku.shared.DisplayZone;
import org.springframework.beans.factory.annotation.Value;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Meta(name = "description", content = "Polku: in-service training for teachers")
public class PolkuApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--validate")) {
            System.exit(ValidateCommand.run(Path.of(args.length > 1 ? args[1] : "content"), System.out));
        }
        SpringApplication.run(PolkuApplication.class, args);
    }

    /** The application's clock, in the zone Polku shows times in; tests replace it to control time. */
    @Bean
    Clock clock(@Value("${polku.timezone:Europe/Helsinki}") String timezone) {
        ZoneId zone = ZoneId.of(timezone);
        DisplayZone.set(zone);
        return Clock.system(zone);
    }
}
