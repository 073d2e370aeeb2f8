package fi.polku.settings.internal;

import fi.polku.certificates.CertificateView;
import fi.polku.certificates.Certificates;
import fi.polku.settings.Organisation;
import fi.polku.settings.Settings;
import fi.polku.settings.SettingsException;
import fi.polku.support.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisation settings over the real database, and the logo on a real certificate PDF. */
@SpringBootTest
class SettingsServiceTest {

    @Autowired Settings settings;
    @Autowired Certificates certificates;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    /** The Spring context, and so the database, is shared with other test classes: leave it as found. */
    @AfterEach
    void restore() {
        SignIn.as(users, security, "admin@polku.local");
        settings.rename("");
        settings.removeLogo();
        SignIn.out(security);
    }

    @Test
    void anAdminNamesTheOrganisationAndFinnishLettersSurvive() {
        SignIn.as(users, security, "admin@polku.local");
        settings.rename("  Äänekosken Åbo-opisto ");
        SignIn.out(security);

        Organisation read = settings.organisation();
        assertThat(read.name()).isEqualTo("Äänekosken Åbo-opisto");
        assertThat(read.nameIfSet()).contains("Äänekosken Åbo-opisto");
    }

    @Test
    void aTooLongNameIsRefusedForItsFieldAndTheOldNameStays() {
        SignIn.as(users, security, "admin@polku.local");
        settings.rename("Polku-koulutus");

        assertThatThrownBy(() -> settings.rename("x".repeat(Settings.MAX_NAME_LENGTH + 1)))
                .isInstanceOfSatisfying(SettingsException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("settings.error.name-too-long");
                });
        assertThat(settings.organisation().name()).isEqualTo("Polku-koulutus");
    }

    @Test
    void learnersAndFacilitatorsCannotChangeOrInspectSettings() {
        for (String who : List.of("aino@polku.local", "kaisa@polku.local")) {
            SignIn.as(users, security, who);
            assertThatThrownBy(() -> settings.rename("Ours now")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> settings.storeLogo(new ByteArrayInputStream(LogoImages.png(20, 20))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> settings.mail()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> settings.reloadContent()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(settings.organisation().name()).isEmpty();
    }

    @Test
    void aLogoWhoseHeaderClaimsAPixelFloodIsRefusedWithoutDecodingIt() {
        SignIn.as(users, security, "admin@polku.local");
        // Decoded, this PNG of under a kilobyte would need some 7 GB: ImageIO.read would run out of memory.
        byte[] flood = fi.polku.support.HostileFiles.pngClaiming(50_000, 50_000);
        assertThatThrownBy(() -> settings.storeLogo(new ByteArrayInputStream(flood)))
                .isInstanceOfSatisfying(SettingsException.class, e -> {
                    assertThat(e.field()).isEqualTo("logo");
                    assertThat(e.messageKey()).isEqualTo("upload.image-too-many-pixels");
                });
        assertThatThrownBy(() -> settings.storeLogo(new ByteArrayInputStream(
                fi.polku.support.HostileFiles.jpegClaiming(65_000, 65_000)))).hasMessage("upload.image-too-many-pixels");
        assertThat(settings.organisation().logo()).isNull();
    }

    @Test
    void onlyAReadablePngOrJpegUnderTheLimitIsTakenAsLogo() {
        SignIn.as(users, security, "admin@polku.local");
        byte[] text = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);
        byte[] brokenPng = java.util.Arrays.copyOf(LogoImages.png(40, 40), 30);
        byte[] tooLarge = new byte[Settings.MAX_LOGO_BYTES + 1];
        System.arraycopy(LogoImages.png(10, 10), 0, tooLarge, 0, 60);

        assertThatThrownBy(() -> settings.storeLogo(new ByteArrayInputStream(text)))
                .hasMessage("settings.error.logo-type");
        assertThatThrownBy(() -> settings.storeLogo(new ByteArrayInputStream(brokenPng)))
                .hasMessage("settings.error.logo-type");
        assertThatThrownBy(() -> settings.storeLogo(new ByteArrayInputStream(tooLarge)))
                .hasMessage("settings.error.logo-too-large");
        assertThat(settings.organisation().logo()).isNull();

        Organisation stored = settings.storeLogo(new ByteArrayInputStream(LogoImages.jpeg(120, 40)));
        assertThat(stored.logo()).isNotNull();
        assertThat(stored.logo().mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void theLogoIsPrintedOnCertificatesUntilItIsRemoved() throws IOException {
        SignIn.as(users, security, "aino@polku.local");
        CertificateView ainos = certificates.mine().getFirst();
        SignIn.out(security);
        assertThat(imagesIn(certificates.pdf(ainos.code(), false).orElseThrow())).isEmpty();

        SignIn.as(users, security, "admin@polku.local");
        settings.storeLogo(new ByteArrayInputStream(LogoImages.png(600, 200)));
        SignIn.out(security);
        List<PDImageXObject> images = imagesIn(certificates.pdf(ainos.code(), true).orElseThrow());
        assertThat(images).singleElement().satisfies(i -> assertThat(i.getWidth()).isEqualTo(600));

        SignIn.as(users, security, "admin@polku.local");
        settings.removeLogo();
        assertThat(imagesIn(certificates.pdf(ainos.code(), false).orElseThrow())).isEmpty();
    }

    @Test
    void anAdminSeesTheContentDirectoryAndReloadsIt() {
        SignIn.as(users, security, "admin@polku.local");
        var before = settings.content();
        var after = settings.reloadContent();

        assertThat(before.directory().toString()).endsWith("content");
        assertThat(after.courses()).isEqualTo(before.courses()).isPositive();
        assertThat(after.loadedAt()).isAfterOrEqualTo(before.loadedAt());
        assertThat(settings.mail().configured()).isFalse();
        assertThat(settings.mail().host()).isEmpty();
    }

    private static List<PDImageXObject> imagesIn(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            return images;
        }
    }
}
