package fi.polku.settings.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Image;
import fi.polku.settings.Settings;
import fi.polku.settings.internal.LogoImages;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SettingsViewTest extends SpringBrowserlessTest {

    @Autowired Settings settings;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        SignIn.as(users, security, "admin@polku.local");
        settings.rename("");
        settings.removeLogo();
    }

    @Test
    @WithUserDetails("admin@polku.local")
    void anAdminSeesThatMailIsOffAndWhereTheCoursesComeFrom() {
        SettingsView view = navigate(SettingsView.class);

        assertThat(view.status.mailSummary.getText()).startsWith("No mail server is configured");
        assertThat(text(view.status.content)).contains("Courses loaded", "1", "errors", "Last loaded");
        assertThat(view.status.progress.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("admin@polku.local")
    void reloadingShowsProgressUntilTheDirectoryHasBeenReadAgain() {
        SettingsView view = navigate(SettingsView.class);

        test(view.status.reload).click();
        assertThat(view.status.progress.isVisible()).isTrue();
        assertThat(view.status.progressText.getText()).isEqualTo("Reading the content directory…");
        assertThat(view.status.reload.isEnabled()).isFalse();

        view.status.finishReload();
        assertThat(view.status.progress.isVisible()).isFalse();
        assertThat(view.status.reload.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("admin@polku.local")
    void theNameIsSavedAndATooLongOneIsShownNextToTheFieldWithTheTextKept() {
        SettingsView view = navigate(SettingsView.class);
        test(view.organisation.name).setValue("Åbo Akademi – Vasa övningsskola");
        test(view.organisation.save).click();
        assertThat(settings.organisation().name()).isEqualTo("Åbo Akademi – Vasa övningsskola");

        String tooLong = "ä".repeat(Settings.MAX_NAME_LENGTH + 1);
        view.organisation.name.setValue(tooLong);
        test(view.organisation.save).click();
        assertThat(view.organisation.name.isInvalid()).isTrue();
        assertThat(view.organisation.name.getErrorMessage()).isEqualTo("At most 200 characters, please.");
        assertThat(view.organisation.name.getValue()).isEqualTo(tooLong);
        assertThat(settings.organisation().name()).isEqualTo("Åbo Akademi – Vasa övningsskola");
    }

    @Test
    @WithUserDetails("admin@polku.local")
    void theLogoIsShownWithAltTextAndRemovedOnlyAfterConfirming() {
        settings.rename("Polku-opisto");
        settings.storeLogo(new ByteArrayInputStream(LogoImages.png(90, 30)));
        SettingsView view = navigate(SettingsView.class);
        Image logo = (Image) view.organisation.logo.getChildren().findFirst().orElseThrow();
        assertThat(logo.getAlt()).contains("Logo of Polku-opisto");

        test(view.organisation.removeLogo).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        test(confirm).cancel();
        assertThat(settings.organisation().logo()).isNotNull();

        test(view.organisation.removeLogo).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(settings.organisation().logo()).isNull();
        assertThat(view.organisation.removeLogo.isVisible()).isFalse();
        assertThat(view.organisation.logo.getElement().getTextRecursively()).startsWith("No logo yet");
    }

    @Test
    @WithUserDetails("kaisa@polku.local")
    void facilitatorsCannotOpenTheSettings() {
        try {
            UI.getCurrent().navigate("admin/settings");
        } catch (RuntimeException refused) {
            // refused either way: by an exception or by showing another view
        }
        assertThat(getCurrentView()).isNotInstanceOf(SettingsView.class);
    }

    private static String text(DescriptionList list) {
        return list.getElement().getTextRecursively();
    }
}
