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
import java.time.Clock;

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

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
